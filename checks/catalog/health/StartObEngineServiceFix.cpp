// SPDX-License-Identifier: MIT
#include "StartObEngineServiceFix.h"

#include "ObEngineServiceCheck.h"
#include "catalog/agent/AgentFootprint.h"

namespace mars {

StartObEngineServiceFix::StartObEngineServiceFix()
    : StartServiceFix({.fixId = id(),
                       .checkId = ObEngineServiceCheck::id(),
                       .service = agent::serviceName(),
                       .title = tr("Start the agent service (obengine)")})
{
}

} // namespace mars
