// SPDX-License-Identifier: MIT
#include "StartAgentServiceFix.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/install/ExistingAgentCheck.h"

namespace mars {

StartAgentServiceFix::StartAgentServiceFix()
    : StartServiceFix({.fixId = id(),
                       .checkId = ExistingAgentCheck::id(),
                       .service = agent::serviceName(),
                       .title = tr("Start the agent service")})
{
}

} // namespace mars
