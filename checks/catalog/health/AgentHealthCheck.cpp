// SPDX-License-Identifier: MIT
#include "AgentHealthCheck.h"

#include "catalog/agent/AgentFootprint.h"

namespace mars {

bool AgentHealthCheck::readInstalledAgent(const CheckContext& context, QString* installDir, Finding* finding,
                                          OsInfo* os) const
{
    OsInfo windows;
    if (!readWindows(context, &windows, finding))
        return false;
    if (os)
        *os = windows;
    const agent::Location installed = agent::installedPath(context);
    if (!installed.reason.isEmpty()) {
        *finding = probeError(tr("Could not find out where the agent is installed."), installed.reason);
        return false;
    }
    if (tidyPath(installed.path).isEmpty()) {
        *finding = makeFinding(Verdict::NotApplicable,
                               tr("The agent is not installed, so there is nothing of it to check here yet."));
        finding->addEvidence(QStringLiteral("installed"), tr("Agent installed"), tr("no"));
        return false;
    }
    *installDir = tidyPath(installed.path);
    return true;
}

} // namespace mars
