// SPDX-License-Identifier: MIT
#pragma once

#include "VaultFileCheck.h"

namespace mars {

// G7 vaultcred_tenant_restrictions — the tenant a tenant-restrictions proxy must allow.
//  Sources:  FAQ ("In tenant restrictions scenario ... refer to <AadTenantId>"); troubleshooting
//            guide 11/2025 (the tenant id per region); Entra's error codes AADSTS500021 /
//            AADSTS500022 ("Access to '{tenant}' tenant is denied": tenant restrictions v1) and
//            AADSTS5000211 (a tenant-restrictions policy added by a network administrator: v2).
//            Recognising such a page by its text is a heuristic: UNCONFIRMED (mars-checks.md G7).
//  Probe:    the run's vault file (AadTenantId, AadAuthority) and the shared network survey
//            (common/NetworkPaths): the kept start of every Entra ID answer (ExchangeResult::body,
//            at most 4 KB) on every route, searched for those codes or "AADSTS" with "tenant
//            restriction" or the Restrict-Access-To-Tenants header's name.
//  States:   Fail reason tenant_restricted when an Entra ID answer is such a page (naming the
//            tenant to allow and the route); Pass reason tenant_shown otherwise, with the tenant id
//            as evidence; Error when the survey could not run; NotApplicable without a parsed file.
//  Deadline: the survey's (networkPaths::kCheckDeadline_ms).
//  Fix:      none: the allow list belongs to the network team (the remedy names the id).
class VaultTenantRestrictionsCheck final : public VaultFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultTenantRestrictionsCheck)

public:
    static QString id() { return QStringLiteral("vaultcred_tenant_restrictions"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // True when an answer's body reads as Entra's tenant-restrictions refusal.
    static bool isTenantRestrictionPage(const QByteArray& body);
};

} // namespace mars
