// SPDX-License-Identifier: MIT
#include "VaultTenantRestrictionsCheck.h"

#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

namespace mars {

CheckInfo VaultTenantRestrictionsCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("G7"),
            .phases = Phase::Register,
            .title = tr("Vault credentials file: tenant restrictions"),
            .whyItMatters = tr("A proxy that enforces tenant restrictions lets Entra ID sign-in reach only the "
                               "tenants it allows; the vault's tenant must be one of them, or registration cannot "
                               "sign in."),
            .docUrl = docs::marsFaq(),
            .deadline_ms = networkPaths::kCheckDeadline_ms};
}

bool VaultTenantRestrictionsCheck::isTenantRestrictionPage(const QByteArray& body)
{
    const QString text = QString::fromUtf8(body);
    for (const char* code : {"AADSTS500021", "AADSTS500022"}) { // AADSTS5000211 starts with the first
        if (text.contains(QLatin1String(code), Qt::CaseInsensitive))
            return true;
    }
    if (text.contains(QLatin1String("Restrict-Access-To-Tenants"), Qt::CaseInsensitive))
        return true;
    return text.contains(QLatin1String("AADSTS"), Qt::CaseInsensitive)
           && text.contains(QLatin1String("tenant restriction"), Qt::CaseInsensitive);
}

Finding VaultTenantRestrictionsCheck::run(const CheckContext& context) const
{
    VaultFile vault;
    Finding f;
    if (!readVault(context, Needs::Parsed, &vault, &f))
        return f;
    const VaultCredentials& c = vault.parse.credentials;
    const QString tenant = c.aadTenantId.trimmed();
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok()) {
        f = probeError(tr("The network survey did not run, so tenant restrictions could not be looked for; the tenant "
                          "a tenant-restrictions proxy must allow is %1.")
                               .arg(tenant),
                       survey.reason);
    } else {
        const PathOutcome* hit = nullptr;
        for (const PathOutcome& o : survey.value.outcomes) {
            if (o.endpoint.role == EndpointRole::Entra && o.exchange.ok()
                && isTenantRestrictionPage(o.exchange.value.body)) {
                hit = &o;
                break;
            }
        }
        if (hit) {
            f = judged(Verdict::Fail,
                       tr("Entra ID answered %1 %2 with a tenant-restrictions refusal: the proxy must allow the "
                          "vault's tenant %3 or registration cannot sign in.")
                               .arg(hit->endpoint.host(), hit->route.label, tenant),
                       QStringLiteral("tenant_restricted"));
            f.remedy = tr("Ask the network team to add the tenant id %1 to the tenant-restrictions allow list "
                          "(the proxy's Restrict-Access-To-Tenants header, or the Entra tenant restrictions v2 "
                          "policy), then run the checks again.")
                               .arg(tenant);
            f.endpoints.append(NetworkPathsText::report(*hit));
            f.networkTeam = tr("Tenant restrictions block Entra ID sign-in for tenant %1 (%2). Allow this tenant id.")
                                    .arg(tenant, NetworkPathsText::failureLine(*hit));
        } else {
            f = judged(Verdict::Pass,
                       tr("No tenant-restrictions refusal was seen from Entra ID; if a proxy enforces tenant "
                          "restrictions, it must allow the vault's tenant %1.")
                               .arg(tenant),
                       QStringLiteral("tenant_shown"));
        }
    }
    f.addEvidence(QStringLiteral("tenant"), tr("Tenant to allow (AadTenantId)"), tenant);
    if (!c.aadAuthority.isEmpty())
        f.addEvidence(QStringLiteral("aad_authority"), tr("Entra ID authority"), c.aadAuthority);
    f.detail = tr("Recognising a tenant-restrictions page (AADSTS500021, AADSTS500022, AADSTS5000211) is a "
                  "heuristic on the first 4 KB of each Entra ID answer.");
    return f;
}

} // namespace mars
