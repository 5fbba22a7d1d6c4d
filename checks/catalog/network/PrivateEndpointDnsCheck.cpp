// SPDX-License-Identifier: MIT
#include "PrivateEndpointDnsCheck.h"

#include "catalog/common/AddressRanges.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

#include <algorithm>

namespace mars {

namespace {
struct Resolved
{
    QString host;
    QStringList privateAddresses;
    QStringList publicAddresses;
};
} // namespace

CheckInfo PrivateEndpointDnsCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C9"),
            .phases = Phase::Register,
            .title = tr("Private endpoints and DNS"),
            .whyItMatters = tr("A vault with private endpoints is reached through private addresses that only the "
                               "right DNS zones give out, while Entra ID sign-in always stays on the public internet. "
                               "DNS that mixes the two up breaks registration."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms,
            .needs = Requirement::Network};
}

Finding PrivateEndpointDnsCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok())
        return probeError(tr("The addresses of the vault's names could not be looked up."), survey.reason);
    const NetworkPaths& paths = survey.value;

    QList<Resolved> entra, vault; // vault: the Backup service and storage names
    for (const PathOutcome& o : paths.directOutcomes()) {
        const EndpointRole role = o.endpoint.role;
        if ((role != EndpointRole::Entra && role != EndpointRole::Backup && role != EndpointRole::Storage)
            || !o.exchange.ok() || o.exchange.value.failedLayer == NetworkLayer::Dns)
            continue;
        Resolved r{o.endpoint.host(), {}, {}};
        for (const QString& text : o.exchange.value.addresses)
            (addressRanges::isPrivate(QHostAddress(text)) ? r.privateAddresses : r.publicAddresses).append(text);
        f.addEvidence(o.endpoint.id, r.host,
                      tr("private: %1; public: %2")
                              .arg(r.privateAddresses.isEmpty() ? tr("none") : r.privateAddresses.join(u", "),
                                   r.publicAddresses.isEmpty() ? tr("none") : r.publicAddresses.join(u", ")));
        (role == EndpointRole::Entra ? entra : vault).append(r);
    }
    if (entra.isEmpty() && vault.isEmpty())
        return makeFinding(Verdict::NotApplicable, tr("None of Azure's names resolved here (see the name lookup "
                                                      "check), so there is nothing to compare."));

    Finding result;
    const auto privateEntra =
            std::find_if(entra.cbegin(), entra.cend(), [](const Resolved& r) { return !r.privateAddresses.isEmpty(); });
    QStringList vaultPrivate, vaultPublic;
    for (const Resolved& r : std::as_const(vault))
        (r.privateAddresses.isEmpty() ? vaultPublic : vaultPrivate).append(r.host);
    if (privateEntra != entra.cend()) {
        result = makeFinding(paths.agentUsesProxy() ? Verdict::Warning : Verdict::Fail,
                             tr("%1 resolves to the private address %2 here, but Entra ID has no private endpoint: "
                                "sign-in during registration can only reach it on its public addresses.")
                                     .arg(privateEntra->host, privateEntra->privateAddresses.constFirst()));
        result.remedy = tr("Ask the DNS administrator to remove the private zone or record that answers for %1 "
                           "(Entra ID names must resolve publicly, also for vaults with private endpoints).")
                                .arg(privateEntra->host);
    } else if (!vaultPrivate.isEmpty() && !vaultPublic.isEmpty()) {
        result = makeFinding(Verdict::Warning,
                             tr("The vault uses private endpoints (%1 resolves privately), but %2 resolves to public "
                                "addresses: its privatelink DNS record is missing.")
                                     .arg(vaultPrivate.constFirst(), vaultPublic.join(u", ")));
        result.remedy = tr("Ask the DNS administrator to add the private endpoint's records for %1 (the zones "
                           "privatelink.<region>.backup.windowsazure.com, privatelink.blob.core.windows.net and "
                           "privatelink.queue.core.windows.net, or conditional forwarders to Azure DNS "
                           "168.63.129.16 from inside the virtual network).")
                                .arg(vaultPublic.join(u", "));
    } else if (!vaultPrivate.isEmpty()) {
        result = makeFinding(Verdict::Pass, tr("The vault's names resolve to private addresses (private endpoints) "
                                               "and Entra ID stays public, as it must."));
    } else if (!vault.isEmpty()) {
        result = makeFinding(Verdict::Pass, tr("The vault's names resolve to public addresses: this server reaches "
                                               "the vault over the internet, not through a private endpoint."));
        result.detail = tr("If the vault has private endpoints, this server's DNS does not know their privatelink "
                           "zones yet, and backup traffic would not use them.");
    } else {
        result = makeFinding(Verdict::Pass, tr("Entra ID resolves to public addresses, as it must also for a vault "
                                               "with private endpoints."));
        result.detail = tr("The vault's Backup address is known once the vault credentials file is given; then this "
                           "check also tells whether private endpoints are in use.");
    }
    result.evidence = f.evidence;
    return result;
}

} // namespace mars
