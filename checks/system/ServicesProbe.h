// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QString>

namespace mars {

// Role: Windows services (the Service Control Manager). Implemented by WindowsServices,
// PosixServices (NotApplicable) and ScenarioServices (the scenario's "services" section).
// Thread-safe; every wait is bounded.
class ServicesProbe
{
public:
    virtual ~ServicesProbe() = default;

    virtual Probed<ServiceInfo> service(const QString& name) const = 0;

    // --- actions (used by fixes only) -----------------------------------------------------
    virtual Probed<ServiceState> startService(const QString& name) const = 0;
    // Stops a service and waits a bounded time for it to stop.
    virtual Probed<ServiceState> stopService(const QString& name) const = 0;
};

} // namespace mars
