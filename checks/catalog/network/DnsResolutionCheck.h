// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// C2 dns_resolution — does this server's own DNS resolve the names registration needs?
//  Probe:    the run's network survey (catalog/common/NetworkPaths), direct route only: that is
//            the one exchange per endpoint whose name lookup goes to this server's DNS servers
//            (GetAddrInfoW through Qt on Windows); Entra ID's sign-in hosts, the vault's Backup
//            host once a vault credentials file is read, and the NCSI hosts (mars-checks.md C2).
//  States:   Fail when an Entra/Backup/Storage name does not resolve (NXDOMAIN or no answer) and
//            the agent's service goes direct; Pass with a note when the agent goes through a
//            proxy (the proxy looks names up for it); Warning when only an NCSI host fails (the
//            agent does not need it, Windows' connectivity test does); Fail "no DNS at all" when
//            no name resolved; NotApplicable off Windows or with nothing to look up; Error when
//            the survey could not run. The addresses each name resolved to are evidence.
//  Deadline: 20 s (it reads the shared survey).
//  Fix:      none (guidance: the DNS servers and their forwarders).
class DnsResolutionCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(DnsResolutionCheck)

public:
    static QString id() { return QStringLiteral("dns_resolution"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
