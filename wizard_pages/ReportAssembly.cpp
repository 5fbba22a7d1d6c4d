// SPDX-License-Identifier: MIT
#include "ReportAssembly.h"

#include "WizardState.h"
#include "engine/FixJournal.h"
#include "report/ReportedError.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace mars {

QList<Finding> latestFindings(const WizardState& state, QStringList* phases)
{
    QList<Finding> findings;
    for (Phase phase : state.phasesRun()) {
        if (phases)
            phases->append(phaseId(phase));
        for (const Finding& f : state.findings(phase)) {
            auto same = std::find_if(findings.begin(), findings.end(),
                                     [&](const Finding& other) { return other.checkId == f.checkId; });
            if (same != findings.end())
                *same = f;
            else
                findings.append(f);
        }
    }
    return findings;
}

RunComparison comparisonSinceFirstRun(const WizardState& state)
{
    QList<Finding> first;
    for (Phase phase : state.phasesRun()) {
        for (const Finding& f : state.firstFindings(phase)) {
            // A check of both phases: its first finding is the one of the earlier phase.
            if (std::none_of(first.cbegin(), first.cend(), [&](const Finding& o) { return o.checkId == f.checkId; }))
                first.append(f);
        }
    }
    RunComparison c = RunComparison::between(first, latestFindings(state));
    c.shown = state.machineChanged() || c.changed();
    return c;
}

Report preliminaryReport(const WizardSession& session, const WizardState& state)
{
    Report r;
    r.sessionId = session.sessionId;
    r.findings = latestFindings(state, &r.phases);
    r.sinceFirstRun = comparisonSinceFirstRun(state);
    const QString entered = state.inputs().reportedError;
    if (session.catalog && !entered.trimmed().isEmpty()) // string matching only
        r.reportedError = describeReportedError(*session.catalog, entered, r.findings);
    return r;
}

QFuture<Report> assembleReport(const WizardSession& session, const WizardState& state, QThreadPool* pool)
{
    // Everything the worker needs is copied in as values (the probe and journal are thread-safe).
    CheckEnvironment environment = session.environment;
    environment.inputs = state.inputs();
    QStringList phases;
    const QList<Finding> findings = latestFindings(state, &phases);
    const RunComparison comparison = comparisonSinceFirstRun(state);
    const std::shared_ptr<FixJournal> journal = session.journal;
    const QString sessionId = session.sessionId;
    const QDateTime started = session.startedUtc;
    const std::shared_ptr<const CheckCatalog> catalog =
            session.catalog ? session.catalog : std::make_shared<const CheckCatalog>();
    return QtConcurrent::run(pool, [catalog, environment, findings, phases, journal, sessionId, started, comparison] {
        const QList<JournalEntry> entries = journal ? journal->entries() : QList<JournalEntry>{};
        Report r = makeReport(sessionId, *catalog, environment, findings, entries, phases, started);
        r.sinceFirstRun = comparison;
        return r;
    });
}

} // namespace mars
