// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QWidget;

namespace mars {

// Gives `widget` its parent's font, bold and `scale` times as large, and keeps it so whenever the
// parent's font changes: presenter mode makes the wizard's font larger, and a font with a point
// size of its own would not follow it (a headline would end up smaller than the text below it).
void keepScaledFont(QWidget* widget, qreal scale, bool bold = true);

} // namespace mars
