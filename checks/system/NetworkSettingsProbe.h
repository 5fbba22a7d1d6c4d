// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

namespace mars {

// Role: how this machine is set up to reach the network (proxy settings; the registration
// phase adds the SYSTEM account's settings, DNS and TLS settings here). Reading settings
// only: nothing here opens a connection. Implemented by WindowsNetworkSettings,
// PosixNetworkSettings and ScenarioNetworkSettings. Thread-safe.
class NetworkSettingsProbe
{
public:
    virtual ~NetworkSettingsProbe() = default;

    // The machine-wide WinHTTP proxy (netsh winhttp show proxy).
    virtual Probed<ProxyConfig> winHttpProxy() const = 0;
};

} // namespace mars
