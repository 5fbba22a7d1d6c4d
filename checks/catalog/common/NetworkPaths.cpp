// SPDX-License-Identifier: MIT
#include "NetworkPaths.h"

#include "ProxyRoutes.h"
#include "VaultFile.h"
#include "system/LocalFile.h"
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

QList<PathOutcome> NetworkPaths::directOutcomes() const
{
    QList<PathOutcome> result;
    for (const PathOutcome& o : outcomes) {
        if (o.route.route.isDirect())
            result.append(o);
    }
    return result;
}

bool NetworkPaths::agentUsesProxy() const
{
    for (const PathRoute& r : plan.routes) {
        if (r.agentRoute)
            return !r.route.isDirect();
    }
    return false;
}

const PathOutcome* NetworkPaths::azureDateReference() const
{
    for (const PathOutcome& o : outcomes) {
        const bool azure = o.endpoint.role != EndpointRole::Ncsi && o.endpoint.role != EndpointRole::Other;
        if (azure && o.endpoint.url.scheme() == u"https" && o.exchange.ok() && o.exchange.value.answered()
            && o.exchange.value.serverDateUtc.isValid() && o.machineUtcAtEnd.isValid())
            return &o;
    }
    return nullptr;
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

QString NetworkPathsText::failureLine(const PathOutcome& outcome)
{
    const NetworkRoute& r = outcome.route.route;
    const QString route = r.isDirect() ? QStringLiteral("direct")
                                       : QStringLiteral("%1 (%2:%3)").arg(r.name, r.proxyHost).arg(r.proxyPort);
    const QString layer = outcome.exchange.ok() ? networkLayerId(outcome.exchange.value.failedLayer) : QString();
    return tr("%1 | route %2 | layer %3 | %4")
            .arg(hostPort(outcome.endpoint.url), route, layer.isEmpty() ? tr("answered") : layer,
                 judge(outcome).sentence);
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

// The agent's service runs as LocalSystem: the SYSTEM account's WinINet proxy (or the
// machine-wide one the policy imposes) is its route (mars-checks.md C1).
bool isAgentsOwn(const ProxyRoute& route)
{
    const QStringList parts = route.name.split(QLatin1Char('+'));
    return parts.contains(QStringLiteral("system-wininet")) || parts.contains(QStringLiteral("machine-wininet"));
}
} // namespace

QList<QSslCertificate> loadTrustedRoots(const QString& path, QString* why)
{
    const LocalFileRead::Result file = LocalFileRead::read(path, EndpointList::kMaxFileBytes);
    if (file.status == LocalFileRead::Status::TooLarge) {
        *why = PlanText::tr("%1 is larger than 1 MB: not a file of CA certificates").arg(path);
        return {};
    }
    if (!file.ok()) {
        *why = file.problem;
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.bytes, QSsl::Pem);
    if (certificates.isEmpty())
        *why = PlanText::tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)").arg(path);
    return certificates;
}

namespace {
// Whether `host` is under one of the allow-list's names ("*.windowsazure.com" or an exact one).
bool inAllowList(const QString& host, const QStringList& fqdns)
{
    for (const QString& fqdn : fqdns) {
        if (fqdn.startsWith(u"*.") ? host.endsWith(fqdn.mid(1), Qt::CaseInsensitive)
                                   : host.compare(fqdn, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The vault credentials file's Entra authority and Backup service host join the cloud's list
// (issue #11's contract). They come from a file anyone can edit, so only names under the
// cloud's own allow-list are tried: a file cannot send this elevated tool to another host.
void addVaultEndpoints(const CheckContext& context, PathPlan* p)
{
    const FactsCache::Fact<VaultFile> vault = vaultFile::forRun(context);
    if (!vault.ok() || !vault.value.parsed())
        return;
    const VaultCredentials& c = vault.value.parse.credentials;
    const std::pair<const char*, std::pair<QString, EndpointRole>> named[] = {
            {"vault_aad_authority", {c.aadAuthority, EndpointRole::Entra}},
            {"vault_backup_service", {c.idMgmtRestEndpoint, EndpointRole::Backup}}};
    for (const auto& [id, entry] : named) {
        const QUrl given(entry.first.trimmed());
        if (given.host().isEmpty())
            continue;
        bool known = false;
        for (const PathEndpoint& e : std::as_const(p->endpoints))
            known = known || e.host().compare(given.host(), Qt::CaseInsensitive) == 0;
        if (known)
            continue;
        if (given.scheme() != u"https" || !inAllowList(given.host(), p->allowList.fqdns)) {
            p->notProbed.append(PlanText::tr("%1 from the vault credentials file, which is not an HTTPS address of "
                                             "this cloud's allow-list")
                                        .arg(given.toDisplayString()));
            continue;
        }
        PathEndpoint e;
        e.id = QString::fromLatin1(id);
        e.url = QUrl(QStringLiteral("https://%1:%2/").arg(given.host()).arg(given.port(443)));
        e.role = entry.second;
        e.note = PlanText::tr("named by the vault credentials file");
        p->endpoints.append(e);
    }
}
} // namespace

PathPlan plan(const CheckContext& context)
{
    PathPlan p;
    QString error;
    const CheckInputs& inputs = context.inputs();
    EndpointList list;
    if (inputs.endpointsFile.isEmpty())
        list = EndpointList::forCloud(inputs.cloud, &error);
    else if (!EndpointList::fromFile(inputs.endpointsFile, &list, &error))
        p.inputError = error;
    if (!inputs.trustedRootsFile.isEmpty()) {
        QString why;
        p.extraRoots = loadTrustedRoots(inputs.trustedRootsFile, &why);
        if (p.extraRoots.isEmpty())
            p.inputError = why;
    }
    p.endpoints = list.endpoints;
    p.allowList = list.allowList;
    if (inputs.endpointsFile.isEmpty()) // a lab's list stays exactly as written
        addVaultEndpoints(context, &p);
    p.source = !inputs.endpointsFile.isEmpty()
                       ? PlanText::tr("the lab's list %1 (--endpoints)").arg(inputs.endpointsFile)
               : error.isEmpty() ? PlanText::tr("the built-in list for the %1 cloud (%2, sources reviewed %3)")
                                           .arg(list.cloud, list.origin, list.reviewed)
                                 : error;

    const FactsCache::Fact<QList<ProxyRoute>> routes = ProxyRoutes::forRun(context);
    QList<ProxyRoute> candidates = routes.ok() ? routes.value : QList<ProxyRoute>{};
    if (!inputs.labProxy.isEmpty()) {
        QString why;
        if (!ProxyRoutes::withCliProxy(&candidates, inputs.labProxy, &why))
            p.inputError = why;
    }
    bool haveDirect = false;
    for (const ProxyRoute& r : std::as_const(candidates))
        haveDirect = haveDirect || r.direct;
    if (!haveDirect) {
        ProxyRoute direct;
        direct.name = QStringLiteral("direct");
        direct.direct = true;
        candidates.append(direct);
    }
    bool agentHasProxy = false;
    for (const ProxyRoute& r : std::as_const(candidates))
        agentHasProxy = agentHasProxy || (isAgentsOwn(r) && !r.direct && r.pacUrl.isEmpty() && !r.host.isEmpty());
    for (const ProxyRoute& r : std::as_const(candidates)) {
        if (!r.direct && r.host.isEmpty()) {
            // A configuration script only the OS can evaluate: said, not probed.
            p.notProbed.append(PlanText::tr("%1 (%2) is a configuration script, which this tool does not evaluate")
                                       .arg(r.label, r.pacUrl));
            continue;
        }
        PathRoute route;
        route.route = r.direct ? NetworkRoute{} : NetworkRoute{r.name, r.host, r.port};
        route.label = r.direct ? PlanText::tr("directly") : PlanText::tr("through %1 %2").arg(r.label, r.hostPort());
        route.agentRoute = r.direct ? !agentHasProxy : isAgentsOwn(r);
        if (route.agentRoute)
            p.routes.prepend(route);
        else
            p.routes.append(route);
    }
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
            threads.emplace_back(QThread::create([&system, &outcome, stop, roots = paths.plan.extraRoots] {
                ExchangeRequest request;
                request.url = outcome.endpoint.url;
                request.route = outcome.route.route;
                request.timeout_ms = kExchangeTimeout_ms;
                request.extraRoots = roots;
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
