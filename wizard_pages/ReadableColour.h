// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QLabel;

namespace mars {

// Colours that stay readable on whatever background the palette has: Windows' high-contrast
// themes hand Qt a black (or white) window, where the verdicts' dark green and red text would
// be hard to read. Issue #17: verdicts are never told by colour alone, and the colour that helps
// must not hurt.

// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

// `colour` when it stands out from `background` (at least 4.5:1, WCAG AA for text); otherwise the
// same hue made lighter (on a dark background) or darker (on a light one) until it does.
QColor readableOn(const QColor& colour, const QColor& background);

// A warning in red under a control (a fix that cannot be applied, a lab input that cannot be
// used): red readable on the label's window colour, bold when `bold`.
void styleAsAlert(QLabel* label, bool bold = false);

} // namespace mars
