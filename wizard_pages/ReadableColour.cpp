// SPDX-License-Identifier: MIT
#include "ReadableColour.h"

#include <QLabel>

#include <cmath>

namespace mars {

namespace {
double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

constexpr double kReadable = 4.5;
} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& colour, const QColor& background)
{
    if (contrastRatio(colour, background) >= kReadable)
        return colour;
    const bool darkBackground = luminance(background) < 0.18; // mid-grey: white and black read equally
    float h = 0, s = 0, l = 0, a = 0;
    colour.getHslF(&h, &s, &l, &a);
    // Lightness in small steps, hue kept: the red stays red, only lighter or darker.
    for (int step = 0; step < 20; ++step) {
        l = darkBackground ? std::min(1.0f, l + 0.05f) : std::max(0.0f, l - 0.05f);
        const QColor candidate = QColor::fromHslF(h, s, l, a);
        if (contrastRatio(candidate, background) >= kReadable)
            return candidate;
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

void styleAsAlert(QLabel* label, bool bold)
{
    const QColor red = readableOn(QColor(0xb7, 0x1c, 0x1c), label->palette().color(QPalette::Window));
    label->setStyleSheet(QStringLiteral("QLabel { color: %1;%2 }")
                                 .arg(red.name(), bold ? QStringLiteral(" font-weight: bold;") : QString()));
}

} // namespace mars
