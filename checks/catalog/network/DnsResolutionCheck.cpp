// SPDX-License-Identifier: MIT
#include "DnsResolutionCheck.h"

#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

namespace mars {

CheckInfo DnsResolutionCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C2"),
            .phases = Phase::Register,
            .title = tr("Name lookup (DNS) of Azure's addresses"),
            .whyItMatters = tr("Before anything else, the server must turn Azure's names (login.microsoftonline.com "
                               "and the vault's Backup address) into addresses. A DNS server that does not know them "
                               "stops registration before a single packet leaves."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms,
            .needs = Requirement::Network};
}

Finding DnsResolutionCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok())
        return probeError(tr("The names of Azure's addresses could not be looked up."), survey.reason);
    const NetworkPaths& paths = survey.value;
    const QList<PathOutcome> direct = paths.directOutcomes();
    if (direct.isEmpty())
        return makeFinding(Verdict::NotApplicable, tr("The address list has no name to look up."));
    QStringList neededFailures, ncsiFailures, resolved;
    QString firstNeeded, firstNcsi;
    for (const PathOutcome& o : direct) {
        const QString host = o.endpoint.host();
        if (!o.exchange.ok()) {
            f.addEvidence(o.endpoint.id, host, o.exchange.reason);
            continue;
        }
        const ExchangeResult& r = o.exchange.value;
        if (r.failedLayer != NetworkLayer::Dns) {
            f.addEvidence(o.endpoint.id, host, r.addresses.join(u", "));
            resolved.append(host);
            continue;
        }
        f.addEvidence(o.endpoint.id, host, r.failure);
        const QString sentence = NetworkPathsText::failureSentence(o);
        if (o.endpoint.role == EndpointRole::Ncsi || o.endpoint.role == EndpointRole::Other) {
            ncsiFailures.append(host);
            if (firstNcsi.isEmpty())
                firstNcsi = sentence;
        } else {
            neededFailures.append(host);
            if (firstNeeded.isEmpty())
                firstNeeded = sentence;
        }
    }

    if (paths.nothingResolved()) {
        Finding none = makeFinding(Verdict::Fail, tr("No name could be looked up at all: this server has no working "
                                                     "network connection or no working DNS server."));
        none.remedy = tr("Check the network connection and the DNS servers this server uses (ipconfig /all), then "
                         "run the checks again.");
        none.evidence = f.evidence;
        return none;
    }

    Finding result;
    if (!neededFailures.isEmpty() && paths.agentUsesProxy()) {
        // The agent hands the name to its proxy, which resolves it: nothing to fix for it.
        result = makeFinding(Verdict::Pass, tr("This server's own DNS does not resolve %1, but the agent's service "
                                               "goes through a proxy, which looks the names up itself.")
                                                    .arg(neededFailures.join(u", ")));
        result.detail = firstNeeded;
    } else if (!neededFailures.isEmpty()) {
        result = makeFinding(Verdict::Fail, firstNeeded);
        result.remedy = tr("Ask the network team to make this server's DNS servers (ipconfig /all shows them) resolve "
                           "%1, for example through a forwarder to the internet, then run the checks again.")
                                .arg(neededFailures.join(u", "));
    } else if (!ncsiFailures.isEmpty()) {
        result = makeFinding(Verdict::Warning, firstNcsi);
        result.remedy = tr("The agent does not need %1, but Windows' connectivity test does: without it Windows may "
                           "show \"No internet access\". Ask the network team to let this server resolve it.")
                                .arg(ncsiFailures.join(u", "));
    } else {
        result = makeFinding(
                Verdict::Pass,
                tr("This server's DNS resolves every name the registration needs: %1.").arg(resolved.join(u", ")));
    }
    result.evidence = f.evidence;
    if (result.detail.isEmpty())
        result.detail = tr("Each name was looked up with this server's own DNS servers (the direct route); through "
                           "a proxy, the proxy looks names up itself. Endpoints: %1.")
                                .arg(paths.plan.source);
    return result;
}

} // namespace mars
