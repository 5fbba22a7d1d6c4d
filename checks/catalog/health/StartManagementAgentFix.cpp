// SPDX-License-Identifier: MIT
#include "StartManagementAgentFix.h"

#include "ManagementAgentServiceCheck.h"

namespace mars {

StartManagementAgentFix::StartManagementAgentFix()
    : StartServiceFix({.fixId = id(),
                       .checkId = ManagementAgentServiceCheck::id(),
                       .service = ManagementAgentServiceCheck::serviceName(),
                       .title = tr("Start the management agent")})
{
}

} // namespace mars
