// SPDX-License-Identifier: MIT
#pragma once

#include "ProxyServerString.h"
#include "system/SystemTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mars {

class SystemProbe;

// What one WinINet settings key says (an account's Internet Settings, or the machine's when the
// "per-machine" policy is on). Read from the registry only; nothing here opens a connection.
struct WinInetSettings
{
    enum class Who : quint8 { System = 1, DefaultProfile, User, Machine };
    Who who = Who::System;
    RegistryHive hive = RegistryHive::Users;
    QString key; // below the hive
    QString where; // "HKU\S-1-5-18\Software\...\Internet Settings", for people

    bool readable = true; // false: a value could not be read (Denied/Failed); see reason
    QString reason;
    bool proxyEnableSet = false;
    bool proxyEnable = false; // ProxyEnable (REG_DWORD) = 1
    QString proxyServer; // raw: may carry "user:password@"; show only through ProxyServerString::redacted()
    QString proxyOverride;
    QString autoConfigUrl; // AutoConfigURL: a configuration (PAC) script; may carry credentials too
    bool blobPresent = false;
    QByteArray connectionBlob; // Connections\DefaultConnectionSettings (REG_BINARY)

    // What a request for HTTPS through these settings uses.
    enum class Kind : quint8 { Direct = 1, Proxy, Script, Unusable };
    Kind kind() const;
    ProxyServerEntry httpsProxy() const; // meaningful for Proxy (and as the script's fallback)
    QString problem() const; // for Unusable: why the ProxyServer text cannot be used
    // "direct", "proxy proxy:8080", "configuration script http://wpad/proxy.pac", with
    // credentials redacted; two settings describe the same route exactly when this is equal.
    QString describe() const;
    QString routeKey() const; // case-insensitive comparison key of describe()

    // The flags byte of DefaultConnectionSettings (the 9th byte). Microsoft's Internet Explorer
    // support team describes it ("What is DefaultConnectionSettings key?", blogs.msdn.microsoft.com
    // /askie, 2017-06-20): 0x01 no option checked (direct), 0x02 manual proxy, 0x04 automatic
    // configuration script, 0x08 automatically detect settings; the format itself is not formally
    // documented. -1 when the blob is absent or shorter than 9 bytes.
    int blobFlags() const;
    QString blobText() const; // the flags in words, or the raw size when they cannot be read
};

// Everything C1 reads, once per run (ProxyRoutes::obtain shares it with the network prober).
struct ProxySettings
{
    bool registryAvailable = true; // false off Windows (the registry answered NotApplicable)
    QString unavailableReason;

    WinInetSettings system; // HKU\S-1-5-18: what the agent's service (LocalSystem) uses
    WinInetSettings defaultProfile; // HKU\.DEFAULT: read by Microsoft CSS's collection script too
    WinInetSettings user; // HKCU: the signed-in user running this tool
    WinInetSettings machine; // HKLM: used for every account when the policy below is 0

    // HKLM\SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings ProxySettingsPerUser.
    // 0 = "Make proxy settings per-machine (rather than per-user)" enabled: the HKLM settings
    // apply to every account (Microsoft Learn, unattend component
    // Microsoft-Windows-IE-ClientNetworkProtocolImplementation, HKLMProxyServer: "effective only
    // if ... ProxySettingsPerUser ... REG_DWORD with the value set to 0").
    bool policyReadable = true;
    QString policyReason;
    bool policySet = false;
    quint32 policyValue = 1;
    bool perMachine() const { return policySet && policyValue == 0; }

    Probed<ProxyConfig> winHttp; // WinHttpGetDefaultProxyConfiguration (netsh winhttp show proxy)

    // The settings the SYSTEM account / the signed-in user really get (machine when per-machine).
    const WinInetSettings& effectiveSystem() const { return perMachine() ? machine : system; }
    const WinInetSettings& effectiveUser() const { return perMachine() ? machine : user; }
    // WinHTTP as a WinInetSettings-like description: "direct", "proxy host:port".
    QString winHttpDescription() const;
    QString winHttpRouteKey() const;
    ProxyServerEntry winHttpHttpsProxy() const; // host empty when direct or no https entry

    static ProxySettings read(const SystemProbe& system);
    static QString internetSettingsKey(); // Software\Microsoft\Windows\CurrentVersion\Internet Settings
    static QString policyKey(); // SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings
};

class ProxySettingsText
{
    Q_DECLARE_TR_FUNCTIONS(mars::ProxySettingsText)
public:
    static QString who(WinInetSettings::Who who); // "SYSTEM account (WinINet)"
};

} // namespace mars
