// SPDX-License-Identifier: MIT
#include "Report.h"

namespace mars {

Verdict Report::overall() const
{
    if (findings.isEmpty())
        return Verdict::NotRun;
    Verdict worst = Verdict::Pass;
    for (const Finding& f : findings) {
        if (verdictSeverity(f.verdict) > verdictSeverity(worst))
            worst = f.verdict;
    }
    return worst;
}

int Report::count(Verdict verdict) const
{
    int n = 0;
    for (const Finding& f : findings)
        n += f.verdict == verdict ? 1 : 0;
    return n;
}

QList<JournalEntry> Report::awaitingRestart() const
{
    QList<JournalEntry> waiting;
    for (const JournalEntry& e : fixes) {
        if (e.restartNeeded
            && (e.result == fixResultId(FixResult::Applied) || e.result == fixResultId(FixResult::PartlyApplied)))
            waiting.append(e);
    }
    return waiting;
}

} // namespace mars

#include "engine/CheckCatalog.h"
#include "engine/Fix.h"
#include "engine/FixPlan.h"
#include "system/SystemProbe.h"

#include <QSysInfo>

namespace mars {

Report makeReport(const QString& sessionId, const CheckCatalog& catalog, const CheckEnvironment& environment,
                  const QList<Finding>& findings, const QList<JournalEntry>& journalEntries, const QStringList& phases,
                  const QDateTime& startedUtc)
{
    Report report;
    report.sessionId = sessionId;
    report.toolVersion = QStringLiteral(MARS_VERSION);
    report.goal = goalId(environment.inputs.goal);
    report.cloud = cloudId(environment.inputs.cloud);
    report.phases = phases;
    report.startedUtc = startedUtc;
    report.finishedUtc = QDateTime::currentDateTimeUtc();
    report.findings = findings;
    // This session's fixes. A "started" line is dropped once its result follows (the result
    // names it; older journals: the next line of the same fix); one left on its own is a fix
    // still running or cut short, and the report says so. "interrupted" lines are fixes an
    // earlier run left started, found when this one began.
    for (const JournalEntry& entry : journalEntries) {
        if (entry.sessionId != sessionId)
            continue;
        if (entry.result != fixResultId(FixResult::Started) && entry.result != fixResultId(FixResult::Interrupted)) {
            for (qsizetype i = report.fixes.size() - 1; i >= 0; --i) {
                const JournalEntry& earlier = report.fixes.at(i);
                if (earlier.result == fixResultId(FixResult::Started)
                    && (entry.startedEntry.isEmpty() ? earlier.fixId == entry.fixId
                                                     : earlier.entryId == entry.startedEntry)) {
                    report.fixes.removeAt(i);
                    break;
                }
            }
        }
        report.fixes.append(entry);
    }
    for (const Finding& f : findings) {
        if (const auto check = catalog.check(f.checkId))
            report.titles.insert(f.checkId, check->info().title);
        for (const QString& fixId : f.fixIds) {
            if (const auto fix = catalog.fix(fixId))
                report.titles.insert(fixId, fix->info().title);
        }
    }
    for (const JournalEntry& e : std::as_const(report.fixes)) {
        if (const auto fix = catalog.fix(e.fixId))
            report.titles.insert(e.fixId, fix->info().title);
    }
    report.labInputs = environment.inputs.labInputs();
    if (!environment.inputs.reportedError.trimmed().isEmpty())
        report.reportedError = describeReportedError(catalog, environment.inputs.reportedError, findings);
    if (const SystemProbe* system = environment.system.get()) {
        report.simulated = system->isSimulated();
        report.systemDescription = system->description();
        report.hostName = report.simulated ? QStringLiteral("(simulated)") : QSysInfo::machineHostName();
        if (const auto os = system->machine().osInfo(); os.ok())
            report.osDescription = os.value.productName;
        if (const auto account = system->machine().account(); account.ok())
            report.userName = account.value.userName;
    }
    return report;
}

} // namespace mars
