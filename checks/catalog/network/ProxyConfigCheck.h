// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

#include <QCoreApplication>

namespace mars {

// C1 proxy_config_system_context — which proxy route the agent's service uses, by name. The
// service runs as LocalSystem, so the SYSTEM account's WinINet settings matter, not the signed-in
// administrator's (Troubleshoot the MARS agent, "Verifying proxy settings for Windows": inspect
// the system account's settings with psexec -i -s, remove stale proxy details). No connection is
// opened here: the network prober (same section) probes every route this check names
// (ProxyRoutes, shared through the run's facts cache under ProxyRoutes::factKey()).
//  Probe:    RegistryProbe::readRegistry, 64-bit view: HKU\S-1-5-18, HKU\.DEFAULT and HKCU
//            \Software\Microsoft\Windows\CurrentVersion\Internet Settings ProxyEnable, ProxyServer,
//            ProxyOverride, AutoConfigURL and Connections\DefaultConnectionSettings (flags byte
//            decoded per Microsoft's IE support team, see ProxySettings.h); HKLM\SOFTWARE\Policies
//            \Microsoft\Windows\CurrentVersion\Internet Settings ProxySettingsPerUser (0: the HKLM
//            settings apply to every account, then read too); NetworkSettingsProbe::winHttpProxy.
//            The agent's own proxy (installer proxy page, console Change Properties > Proxy
//            Configuration, Set-OBMachineSetting) is NOT read: Microsoft documents no place where
//            it is stored, only that Get-OBMachineSetting returns it (Learn, MSOnlineBackup module,
//            Get-OBMachineSetting); the detail says so and how to look.
//  States:   NotApplicable off Windows; Error when a setting cannot be read (Denied/Failed);
//            Warning when the SYSTEM account and the signed-in user disagree (the classic "works in
//            my browser, fails for the service"), when SYSTEM's WinINet and WinHTTP disagree, when
//            SYSTEM uses a configuration script (its choice cannot be checked here), when a proxy
//            setting cannot be used or carries credentials; Pass when they all name one route.
//            Proxy credentials are redacted in summary, detail and evidence.
//  Deadline: 5 s (registry reads only).
//  Fix:      none (guidance: the agent's proxy page / Set-OBMachineSetting, netsh winhttp).
class ProxyConfigCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProxyConfigCheck)

public:
    static QString id() { return QStringLiteral("proxy_config_system_context"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
