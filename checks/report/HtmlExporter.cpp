// SPDX-License-Identifier: MIT
#include "HtmlExporter.h"

#include "ReportWords.h"
#include "logging/Redactor.h"

#include <QCoreApplication>

namespace mars {

namespace {

// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace, so
// they would never match this context at run time (none of them was translated).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::HtmlExporter)
};

// Print-friendly, readable on a projector; no web fonts, no images, no script.
constexpr const char* kStyle = R"(
body { font: 11pt/1.45 "Segoe UI", Arial, sans-serif; color: #1b1b1b; max-width: 60em; margin: 1.5em auto;
       padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; }
.headline { font-size: 1.15em; font-weight: bold; padding: .6em .8em; border-left: .4em solid #555;
            background: #f4f4f4; }
.fail { border-color: #b71c1c; } .warning { border-color: #e65100; } .error { border-color: #6a1b9a; }
.pass { border-color: #2e7d32; }
table.facts td { padding: .1em 1em .1em 0; vertical-align: top; } table.facts td:first-child { color: #555; }
.finding { border-left: .3em solid #999; padding: .2em .8em; margin: .8em 0; break-inside: avoid; }
.finding h3 { margin: .2em 0; font-size: 1.05em; }
.verdict { text-transform: uppercase; font-size: .85em; letter-spacing: .05em; }
.evidence td { padding: 0 1em 0 0; vertical-align: top; font-size: .95em; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: .5em; }
.simulated { background: #fff3cd; padding: .4em .8em; font-weight: bold; }
footer { color: #555; font-size: .9em; margin-top: 2em; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } a { color: inherit; } }
)";

QString verdictClass(Verdict v)
{
    switch (v) {
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::Warning: return QStringLiteral("warning");
    case Verdict::Pass:
    case Verdict::NotApplicable: return QStringLiteral("pass");
    default: return QStringLiteral("error");
    }
}

} // namespace

QString HtmlExporter::text(const QString& s) const
{
    return m_redactor.redact(s).toHtmlEscaped();
}

QString HtmlExporter::pathText(const QString& s) const
{
    QString out = text(s);
    out.replace(QLatin1Char('\\'), QStringLiteral("\\<wbr>"));
    out.replace(QLatin1Char('/'), QStringLiteral("/<wbr>"));
    return out;
}

QByteArray HtmlExporter::toHtml(const Report& report) const
{
    QString h;
    const auto fact = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(Texts::tr(label).toHtmlEscaped(), value);
    };
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<title>%1</title>\n<style>%2</style></head>\n<body>\n")
                 .arg(Texts::tr("MARS agent troubleshooter report, session %1").arg(report.sessionId).toHtmlEscaped(),
                      QLatin1String(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n").arg(Texts::tr("MARS agent troubleshooter report").toHtmlEscaped());
    if (report.simulated) {
        // The description already starts "SIMULATED: " (ScenarioSystem): said once.
        QString scenario = report.systemDescription;
        if (scenario.startsWith(QLatin1String("SIMULATED: ")))
            scenario = scenario.mid(11);
        h += QStringLiteral("<p class=\"simulated\">%1 %2</p>\n")
                     .arg(Texts::tr("SIMULATED: a scenario file, not a real server.").toHtmlEscaped(), text(scenario));
    }
    h += QStringLiteral("<p class=\"headline %1\">%2</p>\n")
                 .arg(verdictClass(report.overall()), ReportWords::headline(report).toHtmlEscaped());

    h += QStringLiteral("<table class=\"facts\">\n");
    fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Session"), report.sessionId.toHtmlEscaped());
    fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Result"), ReportWords::counts(report).toHtmlEscaped());
    fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Server"), text(report.hostName));
    fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Windows"), text(report.osDescription));
    fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Account"), text(report.userName));
    fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Goal"), report.goal.toHtmlEscaped());
    fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Started (UTC)"),
         report.startedUtc.toString(Qt::ISODate).toHtmlEscaped());
    fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Tool version"), report.toolVersion.toHtmlEscaped());
    if (!report.labInputs.isEmpty())
        fact(QT_TRANSLATE_NOOP("mars::HtmlExporter", "Lab inputs"), text(report.labInputs.join(QStringLiteral(", "))));
    h += QStringLiteral("</table>\n");

    if (const ReportedError& e = report.reportedError; e.entered()) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                     .arg(Texts::tr("The error the customer saw").toHtmlEscaped(), text(e.text));
        if (e.known())
            h += QStringLiteral("<p>%1</p>\n").arg(text(e.meaning));
    }

    const QList<Finding> attention = ReportWords::attentionFirst(report);
    if (!attention.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n").arg(Texts::tr("Needs attention").toHtmlEscaped());
    for (const Finding& f : attention) {
        h += QStringLiteral(
                     "<section class=\"finding %1\">\n<h3><span class=\"verdict\">%2</span> — %3</h3>\n<p>%4</p>\n")
                     .arg(verdictClass(f.verdict), verdictLabel(f.verdict).toHtmlEscaped(),
                          report.titleOf(f.checkId).toHtmlEscaped(), text(f.summary));
        if (!f.remedy.isEmpty()) {
            const RemedySteps remedy = RemedySteps::split(m_redactor.redact(f.remedy));
            h += QStringLiteral("<p><b>%1</b> %2</p>\n")
                         .arg(Texts::tr("What to do:").toHtmlEscaped(), remedy.intro.toHtmlEscaped());
            h += remedy.stepsHtml();
        }
        if (!f.evidence.isEmpty()) {
            h += QStringLiteral("<table class=\"evidence\">\n");
            for (const Evidence& e : f.evidence)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(text(e.label), pathText(e.value));
            h += QStringLiteral("</table>\n");
        }
        if (!f.networkTeam.isEmpty())
            h += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>\n")
                         .arg(Texts::tr("For the network team:").toHtmlEscaped(), text(f.networkTeam));
        if (!f.detail.isEmpty())
            h += QStringLiteral("<p><small>%1</small></p>\n").arg(text(f.detail));
        if (!f.docUrl.isEmpty())
            h += QStringLiteral("<p><small>%1 %2</small></p>\n")
                         .arg(Texts::tr("Documentation:").toHtmlEscaped(), text(f.docUrl));
        h += QStringLiteral("</section>\n");
    }

    if (const QString since = ReportWords::comparisonSummary(report); !since.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                     .arg(Texts::tr("Since the first run").toHtmlEscaped(), since.toHtmlEscaped());
        for (const ReportWords::ComparisonGroup& g : ReportWords::comparisonGroups(report)) {
            h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(g.heading.toHtmlEscaped());
            for (const RunComparison::Item& item : g.items)
                h += QStringLiteral("<li>%1</li>\n").arg(ReportWords::comparisonItem(report, item).toHtmlEscaped());
            h += QStringLiteral("</ul>\n");
        }
    }
    if (!report.fixes.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(Texts::tr("Fixes in this session").toHtmlEscaped());
        for (const JournalEntry& e : report.fixes)
            h += QStringLiteral("<li><b>%1</b> — %2</li>\n")
                         .arg(ReportWords::fixHeading(report, e).toHtmlEscaped(), text(e.summary));
        h += QStringLiteral("</ul>\n");
    }
    if (const qsizetype waiting = report.awaitingRestart().size(); waiting > 0)
        h += QStringLiteral("<p class=\"headline warning\">%1</p>\n")
                     .arg(QCoreApplication::translate("mars::HtmlExporter",
                                                      "Restart the server once: %n change(s) of this session take "
                                                      "effect only after a restart.",
                                                      nullptr, int(waiting))
                                  .toHtmlEscaped());

    QStringList passed;
    for (const Finding& f : report.findings) {
        if (f.verdict == Verdict::Pass)
            passed.append(report.titleOf(f.checkId).toHtmlEscaped());
    }
    if (!passed.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                     .arg(Texts::tr("Passed").toHtmlEscaped(), passed.join(QStringLiteral(" · ")));
    h += QStringLiteral("<footer>%1</footer>\n</body></html>\n")
                 .arg(Texts::tr(
                              "Session %1. Secrets are masked in this report. The JSON report of the same session has "
                              "every value for second-line support.")
                              .arg(report.sessionId)
                              .toHtmlEscaped());
    return h.toUtf8();
}

} // namespace mars
