// SPDX-License-Identifier: MIT
#include "JsonExporter.h"

#include "ReportWords.h"
#include "logging/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace mars {

namespace {
QJsonObject findingToJson(const Finding& f, const Redactor& r)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), f.checkId);
    o.insert(QLatin1String("verdict"), verdictId(f.verdict));
    o.insert(QLatin1String("summary"), r.redact(f.summary));
    o.insert(QLatin1String("detail"), r.redact(f.detail));
    o.insert(QLatin1String("remedy"), r.redact(f.remedy));
    o.insert(QLatin1String("docUrl"), f.docUrl);
    o.insert(QLatin1String("elapsedMs"), f.elapsed_ms);
    QJsonArray evidence;
    for (const Evidence& e : f.evidence) {
        QJsonObject item;
        item.insert(QLatin1String("id"), e.id);
        item.insert(QLatin1String("label"), e.label);
        item.insert(QLatin1String("value"), r.redact(e.value));
        evidence.append(item);
    }
    o.insert(QLatin1String("evidence"), evidence);
    o.insert(QLatin1String("fixIds"), QJsonArray::fromStringList(f.fixIds));
    if (!f.networkTeam.isEmpty())
        o.insert(QLatin1String("networkTeam"), r.redact(f.networkTeam));
    if (!f.reason.isEmpty())
        o.insert(QLatin1String("reason"), f.reason);
    if (!f.endpoints.isEmpty()) {
        QJsonArray endpoints;
        for (const EndpointReport& e : f.endpoints) {
            QJsonObject item;
            item.insert(QLatin1String("id"), e.id);
            item.insert(QLatin1String("url"), r.redact(e.url));
            item.insert(QLatin1String("route"), e.route);
            item.insert(QLatin1String("verdict"), verdictId(e.verdict));
            item.insert(QLatin1String("failed_layer"),
                        e.failedLayer.isEmpty() ? QJsonValue() : QJsonValue(e.failedLayer));
            item.insert(QLatin1String("elapsed_ms"), e.elapsed_ms);
            item.insert(QLatin1String("detail"), r.redact(e.detail));
            endpoints.append(item);
        }
        o.insert(QLatin1String("endpoints"), endpoints);
    }
    return o;
}

QJsonObject reportedErrorToJson(const ReportedError& e, const Redactor& r)
{
    QJsonObject o;
    o.insert(QLatin1String("text"), r.redact(e.text));
    o.insert(QLatin1String("known"), e.known());
    if (e.known()) {
        o.insert(QLatin1String("id"), e.id);
        o.insert(QLatin1String("matchedBy"), e.matchedBy);
        o.insert(QLatin1String("message"), e.shownText);
        o.insert(QLatin1String("meaning"), e.meaning);
        o.insert(QLatin1String("checks"), QJsonArray::fromStringList(e.checkIds));
        o.insert(QLatin1String("explainedBy"), QJsonArray::fromStringList(e.explainedBy));
        o.insert(QLatin1String("cleared"), QJsonArray::fromStringList(e.cleared));
        o.insert(QLatin1String("undecided"), QJsonArray::fromStringList(e.undecided));
    }
    return o;
}

QString isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QByteArray JsonExporter::toJson(const Report& report) const
{
    const Redactor& r = m_redactor;
    QJsonObject root;
    root.insert(QLatin1String("schemaVersion"), Report::kSchemaVersion);
    root.insert(QLatin1String("tool"), QStringLiteral("mars-troubleshooter"));
    root.insert(QLatin1String("toolVersion"), report.toolVersion);
    root.insert(QLatin1String("sessionId"), report.sessionId);
    root.insert(QLatin1String("simulated"), report.simulated);
    root.insert(QLatin1String("labInputs"), QJsonArray::fromStringList(report.labInputs));
    root.insert(QLatin1String("system"), r.redact(report.systemDescription));
    QJsonObject machine;
    machine.insert(QLatin1String("hostName"), r.redact(report.hostName));
    machine.insert(QLatin1String("os"), r.redact(report.osDescription));
    machine.insert(QLatin1String("user"), r.redact(report.userName));
    root.insert(QLatin1String("machine"), machine);
    root.insert(QLatin1String("goal"), report.goal);
    root.insert(QLatin1String("cloud"), report.cloud);
    root.insert(QLatin1String("phases"), QJsonArray::fromStringList(report.phases));
    root.insert(QLatin1String("startedUtc"), isoOrEmpty(report.startedUtc));
    root.insert(QLatin1String("finishedUtc"), isoOrEmpty(report.finishedUtc));
    root.insert(QLatin1String("overall"), verdictId(report.overall()));

    QJsonArray findings;
    for (const Finding& f : report.findings)
        findings.append(findingToJson(f, r));
    root.insert(QLatin1String("findings"), findings);

    QJsonArray fixes;
    for (const JournalEntry& e : report.fixes) {
        // The journal already redacted its text when it wrote it; redact again for entries
        // that never went through a file.
        fixes.append(r.redact(QJsonValue(FixJournal::toJson(e))));
    }
    root.insert(QLatin1String("fixes"), fixes);
    root.insert(QLatin1String("restartNeeded"), !report.awaitingRestart().isEmpty());
    if (report.sinceFirstRun.shown) {
        // Ids and verdict ids only: the JSON stays language-neutral.
        const auto items = [](const QList<RunComparison::Item>& list) {
            QJsonArray out;
            for (const RunComparison::Item& item : list)
                out.append(QJsonObject{{QLatin1String("check"), item.checkId},
                                       {QLatin1String("before"), verdictId(item.before)},
                                       {QLatin1String("now"), verdictId(item.now)}});
            return out;
        };
        root.insert(QLatin1String("sinceFirstRun"),
                    QJsonObject{{QLatin1String("fixed"), items(report.sinceFirstRun.fixed)},
                                {QLatin1String("stillFailing"), items(report.sinceFirstRun.stillFailing)},
                                {QLatin1String("new"), items(report.sinceFirstRun.appeared)}});
    }
    if (report.reportedError.entered())
        root.insert(QLatin1String("reportedError"), reportedErrorToJson(report.reportedError, r));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool JsonExporter::write(const Report& report, const QString& filePath, QString* error) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write the report %1: %2").arg(filePath, file.errorString());
        return false;
    }
    file.write(toJson(report));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write the report %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

QString TextExporter::toText(const Report& report, const QString& fixesOffered) const
{
    QString out;
    QTextStream s(&out);
    if (report.simulated) {
        const QString system = m_redactor.redact(report.systemDescription); // a scenario file's own text
        s << (system.startsWith(QLatin1String("SIMULATED")) ? system : QString(QStringLiteral("SIMULATED: ") + system))
          << " - nothing here describes a real machine\n";
    }
    if (!report.labInputs.isEmpty())
        s << "LAB INPUTS: " << m_redactor.redact(report.labInputs.join(QLatin1String("; ")))
          << " - the network results are not those of a normal run\n";
    s << "MARS Agent Troubleshooter " << report.toolVersion << "  session " << report.sessionId << '\n';
    s << "Host: " << m_redactor.redact(report.hostName) << "  OS: " << m_redactor.redact(report.osDescription)
      << "  User: " << m_redactor.redact(report.userName) << '\n';
    s << "Goal: " << report.goal << "  Cloud: " << report.cloud
      << "  Phases: " << report.phases.join(QLatin1String(", ")) << "\n\n";
    if (const ReportedError& e = report.reportedError; e.entered()) {
        s << "Reported error: " << m_redactor.redact(e.text) << '\n';
        if (!e.known())
            s << "  not in the tool's table of known errors: every check ran in the usual order\n\n";
        else
            s << "  matched " << e.id << " (" << e.meaning << ")\n"
              << "  explained by: "
              << (e.explainedBy.isEmpty() ? QStringLiteral("none of its checks found a problem")
                                          : e.explainedBy.join(QLatin1String(", ")))
              << "\n  its checks: " << e.checkIds.join(QLatin1String(", ")) << "\n\n";
    }
    int idWidth = 2;
    int statusWidth = 8; // grows for longer (translated) labels
    for (const Finding& f : report.findings) {
        idWidth = qMax(idWidth, int(report.titleOf(f.checkId).size()));
        statusWidth = qMax(statusWidth, int(verdictLabel(f.verdict).size()));
    }
    s << QStringLiteral("%1  %2  %3\n")
                    .arg(QStringLiteral("STATUS"), -statusWidth)
                    .arg(QStringLiteral("CHECK"), -idWidth)
                    .arg(QStringLiteral("FINDING"));
    for (const Finding& f : report.findings) {
        s << QStringLiteral("%1  %2  %3\n")
                        .arg(verdictLabel(f.verdict), -statusWidth)
                        .arg(report.titleOf(f.checkId), -idWidth)
                        .arg(m_redactor.redact(f.summary));
        if (verdictNeedsAttention(f.verdict) && !f.remedy.isEmpty())
            s << QString(statusWidth + 2 + idWidth + 2, QLatin1Char(' ')) << "-> " << m_redactor.redact(f.remedy)
              << '\n';
    }
    // The block for the network team, where a connection check needs attention: a firewall
    // admin reads it without this tool.
    for (const Finding& f : report.findings) {
        if (f.networkTeam.isEmpty() || !verdictNeedsAttention(f.verdict))
            continue;
        s << "\nFOR THE NETWORK TEAM (" << report.titleOf(f.checkId) << ")\n";
        for (const QString& line : m_redactor.redact(f.networkTeam).split(QLatin1Char('\n')))
            s << "  " << line << '\n';
    }
    s << '\n'
      << "Overall: " << verdictLabel(report.overall()) << "  (" << ReportWords::counts(report) << ")\n"
      << ReportWords::headline(report) << '\n';
    if (const QString since = ReportWords::comparisonSummary(report); !since.isEmpty()) {
        s << since << '\n';
        for (const ReportWords::ComparisonGroup& g : ReportWords::comparisonGroups(report)) {
            for (const RunComparison::Item& item : g.items)
                s << "  " << g.heading << ": " << ReportWords::comparisonItem(report, item) << '\n';
        }
    }
    for (const JournalEntry& e : report.fixes) {
        s << "Fix: " << ReportWords::fixHeading(report, e) << " - " << m_redactor.redact(e.summary) << '\n';
        if (e.result == fixResultId(FixResult::Interrupted))
            s << "  What to check now: " << m_redactor.redact(interruptedAdvice(e)) << '\n';
    }
    if (!report.awaitingRestart().isEmpty())
        s << "RESTART NEEDED: " << report.awaitingRestart().size()
          << " change(s) of this session take effect only after the server restarts; restart it once.\n";
    if (!fixesOffered.isEmpty())
        s << '\n' << m_redactor.redact(fixesOffered);
    if (!report.labInputs.isEmpty())
        s << "LAB INPUTS\n";
    if (report.simulated)
        s << "SIMULATED\n";
    return out;
}

} // namespace mars
