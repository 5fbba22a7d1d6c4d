// SPDX-License-Identifier: MIT
#include "MarkdownExporter.h"

#include "ReportWords.h"
#include "logging/Redactor.h"

#include <QCoreApplication>

namespace mars {

QString MarkdownExporter::text(const QString& s) const
{
    // CommonMark: a backslash before ASCII punctuation is that character; escaping the
    // backslash itself keeps C:\Windows a path, not an escape.
    QString out;
    for (const QChar c : m_redactor.redact(s)) {
        if (QStringLiteral("\\`*_[]<>#|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString MarkdownExporter::toMarkdown(const Report& report) const
{
    const auto mt = [](const char* t) { return QCoreApplication::translate("mars::MarkdownExporter", t); };
    QString m;
    m += QStringLiteral("**%1** — %2\n\n").arg(mt("MARS agent troubleshooter"), text(ReportWords::headline(report)));
    if (report.simulated)
        m += QStringLiteral("**%1**\n\n").arg(mt("SIMULATED: a scenario file, not a real server."));
    m += QStringLiteral("- %1: `%2`\n").arg(mt("Session"), report.sessionId);
    m += QStringLiteral("- %1: %2\n").arg(mt("Result"), text(ReportWords::counts(report)));
    m += QStringLiteral("- %1: %2 (%3), %4\n")
                 .arg(mt("Server"), text(report.hostName), text(report.osDescription), text(report.userName));
    if (report.reportedError.entered())
        m += QStringLiteral("- %1: %2\n").arg(mt("Error the customer saw"), text(report.reportedError.text));
    const QList<Finding> attention = ReportWords::attentionFirst(report);
    if (!attention.isEmpty())
        m += QStringLiteral("\n### %1\n\n").arg(mt("Needs attention"));
    for (const Finding& f : attention) {
        m += QStringLiteral("- **%1 — %2**: %3\n")
                     .arg(verdictLabel(f.verdict), text(report.titleOf(f.checkId)), text(f.summary));
        if (f.remedy.isEmpty())
            continue;
        const RemedySteps remedy = RemedySteps::split(f.remedy);
        m += QStringLiteral("  %1 %2\n").arg(mt("What to do:"), text(remedy.intro));
        for (qsizetype i = 0; i < remedy.steps.size(); ++i)
            m += QStringLiteral("  %1. %2\n").arg(i + 1).arg(text(remedy.steps.at(i)));
    }
    if (const QString since = ReportWords::comparisonSummary(report); !since.isEmpty()) {
        m += QStringLiteral("\n### %1\n\n%2\n\n").arg(mt("Since the first run"), text(since));
        for (const ReportWords::ComparisonGroup& g : ReportWords::comparisonGroups(report)) {
            for (const RunComparison::Item& item : g.items)
                m += QStringLiteral("- %1: %2\n").arg(text(g.heading), text(ReportWords::comparisonItem(report, item)));
        }
    }
    if (!report.fixes.isEmpty()) {
        m += QStringLiteral("\n### %1\n\n").arg(mt("Fixes in this session"));
        for (const JournalEntry& e : report.fixes)
            m += QStringLiteral("- **%1**: %2\n").arg(text(ReportWords::fixHeading(report, e)), text(e.summary));
    }
    return m;
}

} // namespace mars
