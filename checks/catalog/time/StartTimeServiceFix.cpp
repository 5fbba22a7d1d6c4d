// SPDX-License-Identifier: MIT
#include "StartTimeServiceFix.h"

#include "W32TimeServiceCheck.h"

namespace mars {

StartTimeServiceFix::StartTimeServiceFix()
    : StartServiceFix({.fixId = id(),
                       .checkId = W32TimeServiceCheck::id(),
                       .service = W32TimeServiceCheck::serviceName(),
                       .title = tr("Start Windows Time")})
{
}

} // namespace mars
