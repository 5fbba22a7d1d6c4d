// SPDX-License-Identifier: MIT
#include "HttpsReachabilityCheck.h"

#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

namespace mars {

CheckInfo HttpsReachabilityCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C3"),
            .phases = Phase::Register,
            .title = tr("Connection to Azure"),
            .whyItMatters = tr("Registration signs in to Microsoft Entra ID and talks to the Azure Backup service over "
                               "HTTPS (port 443). A firewall, a proxy or DNS that blocks either gives \"Invalid vault "
                               "credentials provided\" (ID: 34513) or \"Unable to connect to Microsoft Azure Backup\" "
                               "(ID: 100050)."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms,
            .needs = Requirement::Network};
}

Finding HttpsReachabilityCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok())
        return probeError(tr("The connections to Azure could not be tried."), survey.reason);
    const NetworkPaths& paths = survey.value;
    if (!paths.plan.inputError.isEmpty()) {
        f = probeError(tr("A lab input of this run could not be used, so the connections were not tried as asked."),
                       paths.plan.inputError);
        f.remedy = tr("Correct the file or address given on the command line and run again.");
        return f;
    }

    QList<EndpointReport> reports;
    QStringList lines;
    const PathOutcome* firstFailure = nullptr;
    const PathOutcome* firstWarning = nullptr;
    int agentChecked = 0;
    QStringList worksElsewhere;
    for (const PathOutcome& o : paths.outcomes) {
        reports.append(NetworkPathsText::report(o));
        const NetworkPathsText::Judgement j = NetworkPathsText::judge(o);
        lines.append(QStringLiteral("[%1] %2").arg(verdictId(j.verdict), j.sentence));
        const bool needed = o.endpoint.role != EndpointRole::Ncsi && o.endpoint.role != EndpointRole::Other;
        if (!needed || !o.route.agentRoute)
            continue;
        ++agentChecked;
        if (j.verdict == Verdict::Fail || j.verdict == Verdict::Error) {
            if (!firstFailure)
                firstFailure = &o;
            // Does another route reach it?
            for (const PathOutcome& other : paths.outcomes) {
                if (&other != &o && other.endpoint.id == o.endpoint.id
                    && NetworkPathsText::judge(other).verdict == Verdict::Pass)
                    worksElsewhere.append(tr("%1 is reachable %2")
                                                  .arg(NetworkPathsText::hostPort(o.endpoint.url), other.route.label));
            }
        } else if (j.verdict == Verdict::Warning && !firstWarning) {
            firstWarning = &o;
        }
    }

    const QString agentRoute = paths.plan.routes.isEmpty() ? QString() : paths.plan.routes.constFirst().label;
    if (paths.nothingResolved()) {
        f = makeFinding(Verdict::Fail, tr("This server has no working network connection: no name could be looked "
                                          "up, so it cannot reach Azure."));
        f.remedy = tr("Connect the server to the network (or fix its DNS settings: ipconfig /all shows the DNS "
                      "servers) and run the checks again.");
    } else if (firstFailure && !firstFailure->route.route.isDirect() && firstFailure->exchange.ok()
               && (firstFailure->exchange.value.failedLayer == NetworkLayer::Dns
                   || firstFailure->exchange.value.failedLayer == NetworkLayer::Tcp)) {
        // The proxy itself is out of reach: a stale setting more often than a firewall.
        const NetworkRoute& proxy = firstFailure->route.route;
        f = makeFinding(Verdict::Fail, NetworkPathsText::failureSentence(*firstFailure));
        f.remedy = tr("The proxy %1:%2 that the agent's account is set to use cannot be reached: if it no longer "
                      "exists, correct or remove that proxy setting (the SYSTEM account's Internet settings, see "
                      "proxy_config_system_context, and netsh winhttp show proxy), or ask the network team whether "
                      "it moved.")
                           .arg(proxy.proxyHost)
                           .arg(proxy.proxyPort);
        if (!worksElsewhere.isEmpty())
            f.remedy += u' ' + tr("Another route works: %1.").arg(worksElsewhere.join(u"; "));
    } else if (firstFailure) {
        f = makeFinding(Verdict::Fail, NetworkPathsText::failureSentence(*firstFailure));
        f.remedy = tr("Ask the network team to allow this server %1 to reach the addresses in \"For the network "
                      "team\" (copy it with the button there).")
                           .arg(agentRoute);
        if (!worksElsewhere.isEmpty())
            f.remedy += u' '
                        + tr("Another route works (%1): the agent's own route is the one to fix, or the agent can "
                             "be set to use the working proxy (Set-OBMachineSetting -ProxyServer).")
                                  .arg(worksElsewhere.join(u"; "));
    } else if (firstWarning) {
        f = makeFinding(Verdict::Warning, NetworkPathsText::judge(*firstWarning).sentence);
        f.remedy = tr(
                "Give \"For the network team\" to the network team: the address is reached, but something on the way "
                "answers in its place.");
    } else if (agentChecked == 0) {
        f = probeError(tr("No Azure address was in the list to try, so the connection could not be checked."),
                       paths.plan.source);
    } else {
        f = makeFinding(Verdict::Pass, tr("This server reaches Microsoft Entra ID over HTTPS %1.").arg(agentRoute));
    }
    f.endpoints = reports;
    // The block a firewall admin acts on without this tool: what failed, then what to allow.
    QStringList block;
    for (const PathOutcome& o : paths.outcomes) {
        if (NetworkPathsText::judge(o).verdict != Verdict::Pass)
            block.append(u"- " + NetworkPathsText::failureLine(o));
    }
    const AllowList& allow = paths.plan.allowList;
    block.append(tr("Allow (%1): %2").arg(allow.ports, allow.fqdns.join(u", ")));
    if (!allow.ipRanges.isEmpty())
        block.append(tr("IP ranges: %1").arg(allow.ipRanges.join(u", ")));
    if (!allow.serviceTags.isEmpty())
        block.append(tr("Azure service tags: %1").arg(allow.serviceTags.join(u", ")));
    for (const QString& note : paths.plan.notProbed)
        block.append(tr("Not tried: %1.").arg(note));
    f.networkTeam = block.join(u'\n');
    f.detail = tr("Each address was tried through each route, layer by layer (name lookup, TCP, proxy, TLS, HTTP), "
                  "%1 s at most each; the agent's service (LocalSystem) goes %2. Endpoints: %3.\n%4")
                       .arg(paths.exchangeTimeout_ms / 1000)
                       .arg(agentRoute, paths.plan.source, lines.join(u'\n'));
    f.addEvidence(QStringLiteral("agent_route"), tr("Route the agent uses"), agentRoute);
    for (const PathRoute& r : paths.plan.routes)
        f.addEvidence(QStringLiteral("route_") + (r.route.isDirect() ? QStringLiteral("direct") : r.route.name),
                      tr("Route"), r.label);
    return f;
}

} // namespace mars
