// SPDX-License-Identifier: MIT
#pragma once
// The session's report as the wizard knows it, shared by the Summary page and the prompt on
// leaving (LeaveReportPrompt): the latest finding of every check of the phases that ran, the
// run-to-run comparison, and, built on a worker, the machine facts and this session's fixes.

#include "WizardSession.h"
#include "report/Report.h"

#include <QFuture>
#include <QStringList>

class QThreadPool;

namespace mars {

class WizardState;

// One finding per check, the latest (a check of both phases counts once); `phases` gets the
// ids of the phases that ran.
QList<Finding> latestFindings(const WizardState& state, QStringList* phases = nullptr);
// Since the first run of each phase; `shown` when a fix changed the machine or a verdict moved.
RunComparison comparisonSinceFirstRun(const WizardState& state);
// What the pages know now, without machine facts or fixes (no OS call: fine on the GUI thread).
Report preliminaryReport(const WizardSession& session, const WizardState& state);
// The full report (makeReport on `pool`: machine facts through the probe, the journal's entries).
QFuture<Report> assembleReport(const WizardSession& session, const WizardState& state, QThreadPool* pool);

} // namespace mars
