// SPDX-License-Identifier: MIT
#include "ProxyAuthCheck.h"

#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

namespace mars {

CheckInfo ProxyAuthCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C4"),
            .phases = Phase::Register,
            .title = tr("Proxy sign-in"),
            .whyItMatters = tr("A proxy that asks for a user name and password stops the agent with \"(407) Proxy "
                               "Authentication Required\" unless the agent is given credentials or the server is "
                               "exempted."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms,
            .needs = Requirement::Network};
}

Finding ProxyAuthCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok())
        return probeError(tr("The proxies could not be tried."), survey.reason);
    const NetworkPaths& paths = survey.value;
    bool anyProxy = false;
    const PathOutcome* agent407 = nullptr;
    const PathOutcome* other407 = nullptr;
    for (const PathOutcome& o : paths.outcomes) {
        if (o.route.route.isDirect())
            continue;
        anyProxy = true;
        if (!o.exchange.ok() || o.exchange.value.proxyStatus != 407)
            continue;
        if (o.route.agentRoute && !agent407)
            agent407 = &o;
        if (!o.route.agentRoute && !other407)
            other407 = &o;
    }
    if (!anyProxy)
        return makeFinding(Verdict::NotApplicable,
                           tr("No proxy is set for the agent's account or for WinHTTP, so none can ask for a "
                              "password."));
    const auto describe = [](const PathOutcome& o) {
        const ExchangeResult& r = o.exchange.value;
        const QString schemes = r.proxyAuthSchemes.isEmpty() ? tr("no scheme named") : r.proxyAuthSchemes.join(u", ");
        return tr("The proxy %1:%2 asks for credentials (407 Proxy Authentication Required; it offers %3) when "
                  "this server connects to %4.")
                .arg(o.route.route.proxyHost)
                .arg(o.route.route.proxyPort)
                .arg(schemes, NetworkPathsText::hostPort(o.endpoint.url));
    };
    if (agent407 || other407) {
        const PathOutcome& o = agent407 ? *agent407 : *other407;
        f = makeFinding(agent407 ? Verdict::Fail : Verdict::Warning, describe(o));
        f.endpoints = [&] {
            QList<EndpointReport> list;
            for (const PathOutcome& each : paths.outcomes) {
                if (!each.route.route.isDirect())
                    list.append(NetworkPathsText::report(each));
            }
            return list;
        }();
        f.remedy = tr("Either exempt this server from proxy authentication (ask the proxy's administrators), or "
                      "give the agent the proxy credentials: in the agent's console, Change Properties > Proxy "
                      "Configuration, or as administrator in PowerShell Set-OBMachineSetting -ProxyServer "
                      "http://%1 -ProxyPort %2 -ProxyUsername <user> -ProxyPassword <password>. Never type the "
                      "password into this troubleshooter.")
                           .arg(o.route.route.proxyHost)
                           .arg(o.route.route.proxyPort);
        if (!agent407)
            f.summary +=
                    u' ' + tr("The agent's own route (%1) is not affected.").arg(paths.plan.routes.constFirst().label);
        f.addEvidence(QStringLiteral("proxy"), tr("Proxy"),
                      QStringLiteral("%1:%2").arg(o.route.route.proxyHost).arg(o.route.route.proxyPort))
                .addEvidence(QStringLiteral("auth_schemes"), tr("Schemes offered"),
                             o.exchange.value.proxyAuthSchemes.join(u", "));
        return f;
    }
    f = makeFinding(Verdict::Pass, tr("The proxies on this server's routes let the requests through without asking "
                                      "for a password."));
    for (const PathRoute& r : paths.plan.routes) {
        if (!r.route.isDirect())
            f.addEvidence(QStringLiteral("proxy_") + r.route.name, tr("Proxy"), r.label);
    }
    return f;
}

} // namespace mars
