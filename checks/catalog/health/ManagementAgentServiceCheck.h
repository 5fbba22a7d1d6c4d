// SPDX-License-Identifier: MIT
#pragma once

#include "AgentHealthCheck.h"

namespace mars {

// I2 management_agent_service — does the management agent run, which carries the agent's jobs
// and alerts to the Azure portal? Sources: mars-checks.md §1.1 and I2; MWS (the "Microsoft Azure
// Recovery Services Management Agent", process OBRecoveryServicesManagementAgent, sends jobs and
// alerts to Azure); KB4020490 ("RecoveryServicesManagementAgent Service"). The service *name*
// OBRecoveryServicesManagementAgent is UNCONFIRMED (community code uses it), so a missing
// service is only a Warning.
//  Probe:    ServicesProbe::service("OBRecoveryServicesManagementAgent"); InstallPath.
//  States:   Pass running. Warning stopped (start_management_agent_service offered unless
//            disabled), disabled, paused or stuck, or not found while the agent is installed.
//            NotApplicable without an agent or off Windows; Error when it cannot be read.
//  Deadline: 5 s.
//  Fix:      start_management_agent_service (StartManagementAgentFix); not reversible as a
//            setting (net stop stops it again).
class ManagementAgentServiceCheck final : public AgentHealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(ManagementAgentServiceCheck)

public:
    static QString id() { return QStringLiteral("management_agent_service"); }
    static QString serviceName() { return QStringLiteral("OBRecoveryServicesManagementAgent"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
