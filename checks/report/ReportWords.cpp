// SPDX-License-Identifier: MIT
#include "ReportWords.h"

#include <QRegularExpression>

#include <algorithm>

namespace mars {

namespace {
bool listed(const Finding& f)
{
    return verdictNeedsAttention(f.verdict) || f.verdict == Verdict::Cancelled || f.verdict == Verdict::NotRun;
}
} // namespace

QList<Finding> ReportWords::attentionFirst(const Report& report)
{
    QList<Finding> out;
    for (const Finding& f : report.findings) {
        if (listed(f))
            out.append(f);
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        return verdictSeverity(a.verdict) > verdictSeverity(b.verdict);
    });
    return out;
}

QString ReportWords::comparisonSummary(const Report& report)
{
    const RunComparison& c = report.sinceFirstRun;
    if (!c.shown)
        return {};
    if (!c.changed() && c.stillFailing.isEmpty())
        return tr("Since the first run: no change, and no problem.");
    QStringList parts;
    parts.append(tr("%n fixed", nullptr, int(c.fixed.size())));
    parts.append(tr("%n still failing", nullptr, int(c.stillFailing.size())));
    parts.append(tr("%n new", nullptr, int(c.appeared.size())));
    return tr("Since the first run: %1.").arg(parts.join(listSeparator()));
}

QString ReportWords::verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return tr("passed");
    case Verdict::Warning: return tr("warning");
    case Verdict::Fail: return tr("failed");
    case Verdict::NotApplicable: return tr("not applicable");
    case Verdict::Error: return tr("could not run");
    case Verdict::TimedOut: return tr("timed out");
    case Verdict::Cancelled: return tr("cancelled");
    case Verdict::Invalid:
    case Verdict::NotRun: break;
    }
    return tr("not run");
}

QString ReportWords::comparisonItem(const Report& report, const RunComparison::Item& item)
{
    const QString title = report.titleOf(item.checkId);
    if (item.before == Verdict::NotRun || item.before == item.now)
        return tr("%1 (%2)").arg(title, verdictWord(item.now));
    return tr("%1 (before: %2, now: %3)").arg(title, verdictWord(item.before), verdictWord(item.now));
}

QList<ReportWords::ComparisonGroup> ReportWords::comparisonGroups(const Report& report)
{
    const RunComparison& c = report.sinceFirstRun;
    QList<ComparisonGroup> groups;
    if (!c.shown)
        return groups;
    for (const ComparisonGroup& g :
         {ComparisonGroup{tr("Fixed"), c.fixed}, ComparisonGroup{tr("Still failing"), c.stillFailing},
          ComparisonGroup{tr("New since the first run"), c.appeared}}) {
        if (!g.items.isEmpty())
            groups.append(g);
    }
    return groups;
}

QString ReportWords::headline(const Report& report)
{
    const QList<Finding> attention = attentionFirst(report);
    if (report.findings.isEmpty())
        return tr("No check ran, so the tool cannot say whether this server is ready.");
    if (attention.isEmpty())
        return tr("This server passed every check: go ahead with the agent.");
    const Finding& first = attention.constFirst();
    const QString title = report.titleOf(first.checkId);
    const int problems = int(attention.size());
    if (first.verdict == Verdict::Warning)
        return tr("The server can probably go ahead, with %n warning(s); look first at \"%1\".", nullptr, problems)
                .arg(title);
    if (first.verdict == Verdict::Fail)
        return tr("The server is not ready: %n problem(s) to deal with; fix \"%1\" first.", nullptr, problems)
                .arg(title);
    return tr("The tool could not finish: %n check(s) without an answer; start with \"%1\".", nullptr, problems)
            .arg(title);
}

QString ReportWords::fixHeading(const Report& report, const JournalEntry& entry)
{
    const QString title = report.titles.value(entry.fixId, tr("A fix this version no longer has"));
    if (!entry.undoes.isEmpty())
        return tr("Undone: %1").arg(title);
    if (entry.result == fixResultId(FixResult::Interrupted) || entry.result == fixResultId(FixResult::Started))
        return tr("Interrupted: %1").arg(title);
    if (entry.result == fixResultId(FixResult::PartlyApplied))
        return tr("Partly done: %1").arg(title);
    if (entry.result == fixResultId(FixResult::Failed))
        return tr("Failed: %1").arg(title);
    if (entry.result == fixResultId(FixResult::Cancelled))
        return tr("Stopped before it finished: %1").arg(title);
    if (entry.result == fixResultId(FixResult::NothingToDo))
        return tr("Nothing to do: %1").arg(title);
    if (entry.result == fixResultId(FixResult::NotAllowed))
        return tr("Not applied: %1").arg(title);
    return title;
}

QString ReportWords::counts(const Report& report)
{
    struct Part
    {
        Verdict verdict;
        const char* text;
    };
    static const Part parts[] = {
            {Verdict::Fail, QT_TR_N_NOOP("%n failure(s)")},
            {Verdict::Warning, QT_TR_N_NOOP("%n warning(s)")},
            {Verdict::Error, QT_TR_N_NOOP("%n could not run")},
            {Verdict::TimedOut, QT_TR_N_NOOP("%n timed out")},
            {Verdict::Cancelled, QT_TR_N_NOOP("%n cancelled")},
            {Verdict::NotApplicable, QT_TR_N_NOOP("%n not applicable")},
            {Verdict::Pass, QT_TR_N_NOOP("%n passed")},
    };
    QStringList texts;
    for (const Part& part : parts) {
        if (const int n = report.count(part.verdict); n > 0)
            texts.append(tr(part.text, nullptr, n));
    }
    return texts.join(listSeparator());
}

QString ReportWords::listSeparator()
{
    return tr(", "); // "、" in Japanese and Chinese
}

QString RemedySteps::stepsHtml() const
{
    if (steps.isEmpty())
        return {};
    QString html = QStringLiteral("<ol>\n"); // a line each: the HTML report stays readable as text
    for (const QString& step : steps)
        html += QStringLiteral("<li>%1</li>\n").arg(step.toHtmlEscaped());
    return html + QStringLiteral("</ol>\n");
}

RemedySteps RemedySteps::split(const QString& remedy)
{
    // "1. " at the start or after white space; the number must be the next one expected.
    static const QRegularExpression marker(QStringLiteral("(?:^|(?<=\\s))(\\d{1,2})\\.\\s+"));
    RemedySteps out;
    QList<qsizetype> starts; // where each marker begins
    QList<qsizetype> ends; // where its text begins
    int expected = 1;
    for (auto it = marker.globalMatch(remedy); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).toInt() != expected)
            continue;
        starts.append(m.capturedStart());
        ends.append(m.capturedEnd());
        ++expected;
    }
    if (starts.size() < 2) {
        out.intro = remedy;
        return out;
    }
    out.intro = remedy.left(starts.constFirst()).trimmed();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : remedy.size();
        out.steps.append(remedy.mid(ends.at(i), end - ends.at(i)).trimmed());
    }
    return out;
}

} // namespace mars
