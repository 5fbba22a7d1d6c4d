// SPDX-License-Identifier: MIT
#include "EntraIpRangesCheck.h"

#include "catalog/common/AddressRanges.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

namespace mars {

CheckInfo EntraIpRangesCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C6"),
            .phases = Phase::Register,
            .title = tr("Entra ID addresses and the firewall's IP ranges"),
            .whyItMatters = tr("Firewalls are often opened for the IP ranges Microsoft documents for Entra ID sign-in. "
                               "If the name resolves to an address outside them, or the ranges themselves are "
                               "blocked, sign-in during registration fails."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms,
            .needs = Requirement::Network};
}

Finding EntraIpRangesCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok())
        return probeError(tr("Entra ID's addresses could not be looked up."), survey.reason);
    const NetworkPaths& paths = survey.value;
    const QStringList ranges = paths.plan.allowList.ipRanges;
    if (paths.agentUsesProxy())
        return makeFinding(Verdict::NotApplicable,
                           tr("The agent's service goes through a proxy, so the firewall rules for Entra ID's "
                              "addresses apply to the proxy, not to this server."));
    if (ranges.isEmpty())
        return makeFinding(Verdict::NotApplicable,
                           tr("The address list names no IP ranges for Entra ID, so there is nothing to compare."));

    QString blockedInside, blockedOutside;
    QStringList outside;
    int looked = 0;
    for (const PathOutcome& o : paths.directOutcomes()) {
        if (o.endpoint.role != EndpointRole::Entra || !o.exchange.ok()
            || o.exchange.value.failedLayer == NetworkLayer::Dns)
            continue;
        ++looked;
        const ExchangeResult& r = o.exchange.value;
        QStringList described;
        for (const QString& text : r.addresses) {
            const QHostAddress address(text);
            if (address.protocol() != QAbstractSocket::IPv4Protocol) {
                described.append(tr("%1 (IPv6: see Microsoft's IPv6 ranges)").arg(text));
                continue;
            }
            const QString range = addressRanges::rangeHolding(address, ranges);
            described.append(range.isEmpty() ? tr("%1 (outside the documented ranges)").arg(text)
                                             : tr("%1 (in %2)").arg(text, range));
            if (range.isEmpty())
                outside.append(QStringLiteral("%1 = %2").arg(o.endpoint.host(), text));
        }
        f.addEvidence(o.endpoint.id, o.endpoint.host(), described.join(u", "));
        if (r.failedLayer != NetworkLayer::Tcp)
            continue;
        // The address the connection went to (peer, else the first resolved one).
        const QString tried = r.peer.isEmpty() ? r.addresses.value(0) : r.peer.section(u':', 0, -2);
        const QString range = addressRanges::rangeHolding(QHostAddress(tried), ranges);
        const QString hostPort = NetworkPathsText::hostPort(o.endpoint.url);
        if (!range.isEmpty() && blockedInside.isEmpty())
            blockedInside = tr("%1 resolves to %2, inside the documented range %3, and the connection to it failed: "
                               "that range is blocked.")
                                    .arg(hostPort, tried, range);
        else if (range.isEmpty() && blockedOutside.isEmpty())
            blockedOutside = tr("%1 resolves to %2, outside the documented ranges (%3), and the connection to it "
                                "failed: firewall rules written for those ranges miss this address.")
                                     .arg(hostPort, tried, ranges.join(u", "));
    }
    if (looked == 0)
        return makeFinding(Verdict::NotApplicable, tr("Entra ID's sign-in names did not resolve here (see the name "
                                                      "lookup check), so there are no addresses to compare."));

    Finding result;
    if (!blockedInside.isEmpty() || !blockedOutside.isEmpty()) {
        result = makeFinding(Verdict::Warning, blockedInside.isEmpty() ? blockedOutside : blockedInside);
        result.remedy = tr("Ask the network team to allow outbound HTTPS (TCP 443) to Entra ID by name "
                           "(*.microsoftonline.com) or by the AzureActiveDirectory service tag, which follows "
                           "Microsoft's changes; if rules must be by IP range, allow %1 and the current addresses "
                           "of the service tag.")
                                .arg(ranges.join(u", "));
    } else {
        result = makeFinding(Verdict::Pass, tr("This server reaches Entra ID's sign-in addresses; the firewall lets "
                                               "them through."));
    }
    result.evidence = f.evidence;
    result.detail = tr("Documented ranges for this cloud: %1. ").arg(ranges.join(u", "))
                    + (outside.isEmpty() ? tr("Every IPv4 address looked up is inside them.")
                                         : tr("Outside them: %1; a firewall opened only for the ranges would block "
                                              "these.")
                                                   .arg(outside.join(u"; ")));
    return result;
}

} // namespace mars
