// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// C9 private_endpoint_dns — do the names resolve the way a vault with private endpoints needs?
// With private endpoints the Backup and storage names resolve to private addresses (the
// privatelink zones), while Entra ID has no private endpoint and must stay public ("Create and
// use private endpoints for Azure Backup", mars-checks.md C9).
//  Probe:    the run's network survey, direct route: the addresses each Entra, Backup and Storage
//            name resolved to, classified private (RFC 1918, 100.64/10, fc00::/7) or public.
//            Whether the vault uses private endpoints is detected (a Backup or storage name that
//            resolves privately); the Backup host joins the list with the vault credentials file.
//  States:   Fail when an Entra ID name resolves to a private address and the agent goes direct
//            (Warning through a proxy, which looks names up itself); Warning when the Backup and
//            storage names disagree (some private, some public: a privatelink zone is missing);
//            Pass otherwise, saying whether private endpoints are in use or no Backup name is
//            known yet; NotApplicable off Windows or when no name resolved; Error when the survey
//            could not run.
//  Deadline: 20 s (it reads the shared survey).
//  Fix:      none (guidance: the privatelink DNS zones or conditional forwarders).
class PrivateEndpointDnsCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(PrivateEndpointDnsCheck)

public:
    static QString id() { return QStringLiteral("private_endpoint_dns"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
