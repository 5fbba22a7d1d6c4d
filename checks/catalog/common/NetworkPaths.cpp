// SPDX-License-Identifier: MIT
#include "NetworkPaths.h"

#include "system/SystemProbe.h"

#include <QThread>

#include <memory>
#include <vector>

namespace mars {

QList<PathOutcome> NetworkPaths::agentOutcomes() const
{
    QList<PathOutcome> result;
    for (const PathOutcome& o : outcomes) {
        if (o.route.agentRoute)
            result.append(o);
    }
    return result;
}

bool NetworkPaths::nothingResolved() const
{
    if (outcomes.isEmpty())
        return false;
    for (const PathOutcome& o : outcomes) {
        if (!o.exchange.ok() || o.exchange.value.failedLayer != NetworkLayer::Dns)
            return false;
    }
    return true;
}

QString NetworkPathsText::hostPort(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == u"https" ? 443 : 80));
}

QString NetworkPathsText::failureSentence(const PathOutcome& outcome)
{
    const QString target = hostPort(outcome.endpoint.url);
    if (!outcome.exchange.ok())
        return tr("%1 could not be tried %2: %3").arg(target, outcome.route.label, outcome.exchange.reason);
    const ExchangeResult& r = outcome.exchange.value;
    const QString layer = r.failedLayer == NetworkLayer::Dns     ? tr("Name lookup")
                          : r.failedLayer == NetworkLayer::Tcp   ? tr("TCP connection")
                          : r.failedLayer == NetworkLayer::Proxy ? tr("Proxy")
                          : r.failedLayer == NetworkLayer::Tls   ? tr("TLS")
                                                                 : tr("HTTP");
    return tr("%1 for %2 %3 failed after %4 s: %5.")
            .arg(layer, target, outcome.route.label, QString::number(double(r.elapsed_ms) / 1000.0, 'g', 3), r.failure);
}

NetworkPathsText::Judgement NetworkPathsText::judge(const PathOutcome& outcome)
{
    if (!outcome.exchange.ok())
        return {Verdict::Error, failureSentence(outcome)};
    const ExchangeResult& r = outcome.exchange.value;
    if (!r.answered())
        return {Verdict::Fail, failureSentence(outcome)};
    const QString target = hostPort(outcome.endpoint.url);
    const QString who = !r.server.isEmpty() ? QString::fromLatin1(r.server)
                        : !r.via.isEmpty()  ? QString::fromLatin1(r.via)
                                            : tr("an unnamed server");
    if (r.httpStatus >= 500)
        return {Verdict::Warning,
                tr("%1 answered %2 with %3 %4 (from %5): something on the way, or the service, is failing.")
                        .arg(target, outcome.route.label)
                        .arg(r.httpStatus)
                        .arg(r.httpReason, who)};
    // A proxy's block page: a 403/451 that a proxy put its name on.
    const bool throughProxy = !outcome.route.route.isDirect();
    if ((r.httpStatus == 403 || r.httpStatus == 451)
        && (!r.via.isEmpty() || (throughProxy && outcome.endpoint.url.scheme() == u"http")))
        return {Verdict::Warning, tr("%1 was blocked %2: %3 %4 from %5 (a proxy's block page).")
                                          .arg(target, outcome.route.label)
                                          .arg(r.httpStatus)
                                          .arg(r.httpReason, who)};
    return {Verdict::Pass, tr("%1 answered %2 (HTTP %3).").arg(target, outcome.route.label).arg(r.httpStatus)};
}

EndpointReport NetworkPathsText::report(const PathOutcome& outcome)
{
    const Judgement j = judge(outcome);
    EndpointReport e;
    e.id = outcome.endpoint.id;
    e.url = outcome.endpoint.url.toString();
    e.route = outcome.route.route.isDirect() ? QStringLiteral("direct") : outcome.route.route.name;
    e.verdict = j.verdict;
    e.failedLayer = outcome.exchange.ok() ? networkLayerId(outcome.exchange.value.failedLayer) : QString();
    e.elapsed_ms = outcome.exchange.ok() ? outcome.exchange.value.elapsed_ms : 0;
    e.detail = j.sentence;
    return e;
}

namespace networkPaths {

namespace {
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(mars::NetworkPaths)
};

PathEndpoint endpoint(const char* id, const char* url, PathEndpoint::Role role, const char* body = "")
{
    return {QString::fromLatin1(id), QUrl(QString::fromLatin1(url)), role, QString::fromLatin1(body)};
}

// "host:port" (ProxyServer's simplest form) into a route; false when it is not that.
bool parseHostPort(const QString& text, NetworkRoute* route)
{
    const QString value = text.trimmed();
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('=')))
        return false;
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return false;
    route->proxyHost = value.left(colon);
    route->proxyPort = quint16(port);
    return true;
}
} // namespace

PathPlan plan(const CheckContext& context)
{
    using Role = PathEndpoint::Role;
    PathPlan p;
    // The public cloud's Entra ID sign-in hosts and Windows' connectivity-check files
    // (mars-checks.md §1.3, C2, C5).
    p.endpoints = {endpoint("entra_login", "https://login.microsoftonline.com/", Role::Entra),
                   endpoint("entra_windows_net", "https://login.windows.net/", Role::Entra),
                   endpoint("ncsi", "http://www.msftncsi.com/ncsi.txt", Role::Ncsi, "Microsoft NCSI"),
                   endpoint("ncsi_connecttest", "http://www.msftconnecttest.com/connecttest.txt", Role::Ncsi,
                            "Microsoft Connect Test")};
    p.source = PlanText::tr("built-in list for the public cloud");

    // The agent's service runs as LocalSystem: the SYSTEM account's WinINet proxy is its route
    // when set (mars-checks.md C1), otherwise it goes direct.
    const RegistryProbe& registry = context.system().registry();
    const QString settings =
            QStringLiteral("S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings");
    const Probed<RegistryValue> enable =
            registry.readRegistry(RegistryHive::Users, settings, QStringLiteral("ProxyEnable"), RegistryView::Native64);
    const Probed<RegistryValue> server =
            registry.readRegistry(RegistryHive::Users, settings, QStringLiteral("ProxyServer"), RegistryView::Native64);
    NetworkRoute systemProxy{QStringLiteral("system-wininet"), {}, 0};
    const bool systemUsesProxy = enable.ok() && enable.value.data.toUInt() != 0 && server.ok()
                                 && parseHostPort(server.value.data.toString(), &systemProxy);
    PathRoute direct{NetworkRoute{}, PlanText::tr("directly"), !systemUsesProxy};
    if (systemUsesProxy)
        p.routes.append({systemProxy,
                         PlanText::tr("through the SYSTEM account's proxy %1:%2")
                                 .arg(systemProxy.proxyHost)
                                 .arg(systemProxy.proxyPort),
                         true});
    p.routes.append(direct);
    const Probed<ProxyConfig> winHttp = context.system().network().winHttpProxy();
    NetworkRoute winHttpRoute{QStringLiteral("winhttp"), {}, 0};
    if (winHttp.ok() && !winHttp.value.direct && parseHostPort(winHttp.value.proxyServer, &winHttpRoute)
        && !(systemUsesProxy && winHttpRoute.proxyHost.compare(systemProxy.proxyHost, Qt::CaseInsensitive) == 0
             && winHttpRoute.proxyPort == systemProxy.proxyPort))
        p.routes.append({winHttpRoute,
                         PlanText::tr("through the WinHTTP proxy %1:%2")
                                 .arg(winHttpRoute.proxyHost)
                                 .arg(winHttpRoute.proxyPort),
                         false});
    return p;
}

FactsCache::Fact<NetworkPaths> survey(const CheckContext& context)
{
    return context.facts().obtain<NetworkPaths>(QStringLiteral("network.paths"), context.stopToken(), [&context] {
        NetworkPaths paths;
        paths.plan = plan(context);
        paths.exchangeTimeout_ms = kExchangeTimeout_ms;
        for (const PathEndpoint& e : std::as_const(paths.plan.endpoints)) {
            for (const PathRoute& r : std::as_const(paths.plan.routes))
                paths.outcomes.append({e, r, {}, {}});
        }
        // Every exchange on a thread of its own (a QThread: each runs a local event loop), all
        // at once, so the survey takes about one exchange's time-out whatever the number of
        // endpoints. Each honours the check's stop token, so the joins below are bounded.
        const SystemProbe& system = context.system();
        const std::stop_token stop = context.stopToken();
        std::vector<std::unique_ptr<QThread>> threads;
        threads.reserve(std::size_t(paths.outcomes.size()));
        for (PathOutcome& outcome : paths.outcomes) {
            threads.emplace_back(QThread::create([&system, &outcome, stop] {
                ExchangeRequest request;
                request.url = outcome.endpoint.url;
                request.route = outcome.route.route;
                request.timeout_ms = kExchangeTimeout_ms;
                outcome.exchange = system.connectivity().exchange(request, stop);
                const Probed<ClockInfo> clock = system.machine().clock();
                if (clock.ok())
                    outcome.machineUtcAtEnd = clock.value.utcNow;
            }));
            threads.back()->start();
        }
        for (const std::unique_ptr<QThread>& thread : threads)
            thread->wait();
        return paths;
    });
}

} // namespace networkPaths

} // namespace mars
