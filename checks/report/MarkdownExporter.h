// SPDX-License-Identifier: MIT
#pragma once

#include "Report.h"

#include <QString>

namespace mars {

class Redactor;

// A short Markdown ticket summary (GitHub/Azure DevOps/ServiceNow flavours render it): the
// headline, the server, what needs attention with what to do, the fixes of the session.
class MarkdownExporter
{
public:
    explicit MarkdownExporter(const Redactor& redactor)
        : m_redactor(redactor)
    {
    }
    QString toMarkdown(const Report& report) const;

private:
    QString text(const QString& s) const; // redacted, Markdown punctuation escaped
    const Redactor& m_redactor;
};

} // namespace mars
