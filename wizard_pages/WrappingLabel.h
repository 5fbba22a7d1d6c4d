// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace mars {

// A plain-text label that wraps and can be selected with the mouse (for copying a path into a
// ticket): the dialogs' texts (FixDialog, SupportBundleDialog).
QLabel* wrappingLabel(QWidget* parent, const QString& objectName);

} // namespace mars
