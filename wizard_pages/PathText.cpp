// SPDX-License-Identifier: MIT
#include "PathText.h"

namespace mars {

QString breakablePath(const QString& text)
{
    static constexpr QChar kZeroWidthSpace(0x200B);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out += c;
        // Not between the two slashes of \\server or //: a break there would look like two paths.
        const bool separator = c == QLatin1Char('\\') || c == QLatin1Char('/');
        const bool nextIsSeparator =
                i + 1 < text.size() && (text.at(i + 1) == QLatin1Char('\\') || text.at(i + 1) == QLatin1Char('/'));
        if (separator && !nextIsSeparator && i + 1 < text.size())
            out += kZeroWidthSpace;
    }
    return out;
}

} // namespace mars
