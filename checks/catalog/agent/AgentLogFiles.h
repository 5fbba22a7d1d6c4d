// SPDX-License-Identifier: MIT
#pragma once

#include "engine/AgentLogs.h"
#include "engine/CheckContext.h"
#include "system/SystemTypes.h"

#include <QString>

// Where the agent writes its own logs (mars-checks.md I4 and A12): the engine's
// <InstallPath>\Temp\CBEngineCurr.errlog, the management agent's newest
// <InstallPath>\Temp\GatewayProvider*.errlog, and setup's OBInstaller0Curr.errlog and the
// updater's OBPatch.log in the system temp folder. I4 mars_log_scan reads the first two, A12
// installer_failure_logs the last two, and the support bundle (issue #15) carries the tails of all.
namespace mars::agent {

QString engineLogName(); // CBEngineCurr.errlog

// The newest GatewayProvider*.errlog in `folder` by last write (empty when there is none); the
// listing stops after `maxListed` entries or on cancellation. `listing` gets the listing's result
// (NotFound when the folder does not exist).
QString newestGatewayLog(const CheckContext& context, const QString& folder, int maxListed,
                         Probed<qint64>* listing = nullptr);

// The logs above that exist or may exist on this machine, for the support bundle; a note for each
// place that could not be looked at (not Windows, agent not installed, folder unreadable).
AgentLogList agentLogFiles(const CheckContext& context);

} // namespace mars::agent
