// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QByteArray>
#include <QList>

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
    // Which of the given certificates (SHA-1 thumbprints: 40 hex digits, either case) are in
    // the machine's trusted root store, LocalMachine\Root (certlm.msc, "Trusted Root
    // Certification Authorities"): those found, as lower-case hex, in the order asked. The
    // store is opened read-only and only if it exists. Failed or Denied when it cannot be
    // opened, Failed for a thumbprint that is not 40 hex digits; NotApplicable where the OS has
    // no such store.
    virtual Probed<QList<QByteArray>> localMachineRoots(const QList<QByteArray>& sha1Hex) const = 0;
    // Every certificate of a Personal store ("My": certlm.msc or certmgr.msc, "Personal"), in
    // the store's order. The store is opened read-only and only if it exists (a missing store
    // is an empty list); nothing is ever added or removed. Failed or Denied when it cannot be
    // opened; NotApplicable where the OS has no such store.
    virtual Probed<QList<StoreCertificate>> personalCertificates(CertStoreLocation location) const = 0;
};

} // namespace mars
