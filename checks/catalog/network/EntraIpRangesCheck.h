// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// C6 entra_ip_ranges — do Entra ID's sign-in addresses, as this server resolves them, fall in the
// IP ranges Microsoft documents for the firewall (20.190.128.0/18, 40.126.0.0/18 for the public
// cloud: the cloud's allow-list in resources/endpoints), and is the one this server connected to
// blocked? A firewall written for the documented ranges misses an address outside them.
//  Probe:    the run's network survey, direct route, Entra endpoints: the addresses the name
//            resolved to and the TCP outcome of the connection (the survey connects to one address
//            per name; the others are listed, not tried one by one).
//  States:   Pass when the connection worked (addresses outside the ranges are named in the
//            detail); Warning when it failed at TCP, naming whether the address was inside a
//            documented range (the range is blocked) or outside (rules by range miss it);
//            NotApplicable off Windows, when the agent goes through a proxy (the proxy's firewall
//            rules apply, not this server's), when the list has no Entra endpoint or ranges, or
//            when the name did not resolve (dns_resolution says so); Error when the survey could
//            not run.
//  Deadline: 20 s (it reads the shared survey).
//  Fix:      none (guidance: allow the ranges, or better the AzureActiveDirectory service tag).
class EntraIpRangesCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(EntraIpRangesCheck)

public:
    static QString id() { return QStringLiteral("entra_ip_ranges"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
