// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/StartServiceFix.h"

namespace mars {

// start_management_agent_service (for I2 management_agent_service): starts the management
// agent's service and re-runs I2 to verify. Preview, rights and why there is no undo:
// StartServiceFix.
class StartManagementAgentFix final : public StartServiceFix
{
    Q_DECLARE_TR_FUNCTIONS(StartManagementAgentFix)

public:
    static QString id() { return QStringLiteral("start_management_agent_service"); }
    StartManagementAgentFix();
};

} // namespace mars
