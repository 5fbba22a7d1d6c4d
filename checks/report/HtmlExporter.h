// SPDX-License-Identifier: MIT
#pragma once

#include "Report.h"

#include <QByteArray>
#include <QString>

namespace mars {

class Redactor;

// One self-contained HTML file (inline style, no script, no external resource): opens in any
// browser, prints on A4 or Letter, and can be attached to a ticket. What needs attention comes
// first, each with what to do as a numbered list; every string passes the Redactor and is
// escaped.
class HtmlExporter
{
public:
    explicit HtmlExporter(const Redactor& redactor)
        : m_redactor(redactor)
    {
    }
    QByteArray toHtml(const Report& report) const;

private:
    QString text(const QString& s) const; // redacted and escaped
    QString pathText(const QString& s) const; // also breakable after a path separator
    const Redactor& m_redactor;
};

} // namespace mars
