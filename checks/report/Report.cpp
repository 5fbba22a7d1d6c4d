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

} // namespace mars

#include "system/SystemProbe.h"

#include <QSysInfo>

namespace mars {

Report makeReport(const QString& sessionId, const CheckEnvironment& environment, const QList<Finding>& findings,
                  const QList<JournalEntry>& journalEntries, const QStringList& phases, const QDateTime& startedUtc)
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
    for (const JournalEntry& entry : journalEntries) {
        if (entry.sessionId == sessionId)
            report.fixes.append(entry);
    }
    if (const SystemProbe* system = environment.system.get()) {
        report.simulated = system->isSimulated();
        report.systemDescription = system->description();
        report.hostName = report.simulated ? QStringLiteral("(simulated)") : QSysInfo::machineHostName();
        if (const auto os = system->osInfo(); os.ok())
            report.osDescription = os.value.productName;
        if (const auto account = system->account(); account.ok())
            report.userName = account.value.userName;
    }
    return report;
}

} // namespace mars
