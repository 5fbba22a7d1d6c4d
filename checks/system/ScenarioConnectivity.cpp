// SPDX-License-Identifier: MIT
// ScenarioConnectivity: exchanges answered from the scenario's "network" section, without any
// traffic. What a rule leaves out is what a healthy path would show.
#include "ScenarioRoles.h"
#include "ScenarioSystemState.h"

#include <QMutexLocker>

namespace mars {

namespace {
// What an unlisted https endpoint's chain ends in: DigiCert Global Root G2, one of the roots
// Azure's TLS endpoints chain to (mars-checks.md §1.6).
constexpr char kDefaultRootName[] = "DigiCert Global Root G2";
constexpr char kDefaultRootSha1[] = "df3c24f9bfd666761b268073fe06d1cc8d4f82a4";
// RFC 5737 documentation address: clearly not a real answer.
constexpr char kSimulatedAddress[] = "192.0.2.10";
constexpr qint64 kSimulatedElapsed_ms = 40;

// The bodies Microsoft's connectivity-check files hold (mars-checks.md C5), so an unlisted
// NCSI endpoint answers like the real one.
QByteArray defaultBody(const QUrl& url)
{
    const QString path = url.path().toLower();
    if (path.endsWith(u"/ncsi.txt"))
        return "Microsoft NCSI";
    if (path.endsWith(u"/connecttest.txt"))
        return "Microsoft Connect Test";
    return {};
}

// `name`: what the first hop looks up and connects to (the proxy, on a proxy route).
QString defaultFailure(NetworkLayer layer, bool timedOut, const QString& name)
{
    switch (layer) {
    case NetworkLayer::Dns:
        return timedOut ? ScenarioConnectivity::tr("the name %1 could not be looked up (the DNS server did not answer)")
                                  .arg(name)
                        : ScenarioConnectivity::tr("the name %1 does not exist (the DNS server knows no such name)")
                                  .arg(name);
    case NetworkLayer::Tcp:
        return timedOut ? ScenarioConnectivity::tr("the TCP connection did not complete (nothing answered: often a "
                                                   "firewall that drops the traffic)")
                        : ScenarioConnectivity::tr("the TCP connection was refused");
    case NetworkLayer::Proxy: return ScenarioConnectivity::tr("the proxy refused the request");
    case NetworkLayer::Tls:
        return timedOut ? ScenarioConnectivity::tr("the TLS handshake did not finish")
                        : ScenarioConnectivity::tr("the TLS handshake failed");
    case NetworkLayer::Http:
        return timedOut ? ScenarioConnectivity::tr("no answer to the request (the connection stayed open, silent)")
                        : ScenarioConnectivity::tr("the connection was closed or reset before any answer came");
    case NetworkLayer::None: break;
    }
    return {};
}
} // namespace

Probed<ExchangeResult> ScenarioConnectivity::exchange(const ExchangeRequest& request, const std::stop_token&) const
{
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return Probed<ExchangeResult>::bad(
                ProbeStatus::Failed,
                tr("%1 is not an http or https address with a host name.").arg(request.url.toDisplayString()));
    const bool https = scheme == u"https";
    const QString host = request.url.host();
    const QString proxyKey =
            request.route.isDirect()
                    ? QString()
                    : QStringLiteral("%1:%2").arg(request.route.proxyHost).arg(request.route.proxyPort).toCaseFolded();

    QMutexLocker lock(&m_mutex);
    const ScenarioModel& model = m_state->model;
    ExchangeResult r;
    if (model.network.offline) {
        r.failedLayer = NetworkLayer::Dns;
        r.failure = tr("the name %1 could not be looked up: the simulated machine has no network connection")
                            .arg(request.route.isDirect() ? host : request.route.proxyHost);
        r.elapsed_ms = kSimulatedElapsed_ms;
        return Probed<ExchangeResult>::good(r);
    }
    const ScenarioExchange* rule = nullptr;
    for (const ScenarioExchange& candidate : model.network.exchanges) {
        if (!proxyKey.isEmpty() && candidate.proxyKey == proxyKey
            && (candidate.result.failedLayer != NetworkLayer::None || candidate.result.proxyStatus != 0)) {
            rule = &candidate;
            break;
        }
    }
    for (const QString& key : {host.toCaseFolded(), QStringLiteral("*")}) {
        for (const ScenarioExchange& candidate : model.network.exchanges) {
            if (!rule && candidate.hostKey == key)
                rule = &candidate;
        }
    }
    if (rule)
        r = rule->result;
    if (r.addresses.isEmpty() && r.failedLayer != NetworkLayer::Dns)
        r.addresses = QStringList{QString::fromLatin1(kSimulatedAddress)};
    if (r.failedLayer != NetworkLayer::None) {
        if (r.failure.isEmpty())
            r.failure = defaultFailure(r.failedLayer, r.timedOut,
                                       request.route.isDirect() ? host : request.route.proxyHost);
        r.httpStatus = 0;
    } else {
        r.peer = QStringLiteral("%1:%2").arg(r.addresses.constFirst()).arg(request.url.port(https ? 443 : 80));
        if (r.httpStatus == 0)
            r.httpStatus = 200;
        // Azure's clock is the true one: the simulated machine's runs skewSeconds ahead of it.
        r.serverDateUtc = model.fixedUtc.isValid() ? model.fixedUtc : QDateTime::currentDateTimeUtc();
        r.serverDateUtc = r.serverDateUtc.addMSecs(-(r.serverDateUtc.time().msec()));
        if (r.body.isEmpty())
            r.body = defaultBody(request.url);
        r.body = r.body.left(request.maxBodyBytes);
    }
    const bool pastTls = r.failedLayer == NetworkLayer::None || r.failedLayer == NetworkLayer::Http
                         || (r.failedLayer == NetworkLayer::Tls && !r.tlsErrors.isEmpty());
    if (https && pastTls) {
        if (r.tlsProtocol.isEmpty())
            r.tlsProtocol = QStringLiteral("TLS 1.2");
        if (r.rootName.isEmpty() && r.rootSha1.isEmpty()) {
            r.rootName = QString::fromLatin1(kDefaultRootName);
            r.rootSha1 = kDefaultRootSha1;
        }
    } else {
        r.tlsProtocol.clear();
        r.rootName.clear();
        r.rootSha1.clear();
    }
    if (r.elapsed_ms <= 0 || r.timedOut)
        r.elapsed_ms = r.timedOut ? request.timeout_ms : kSimulatedElapsed_ms;
    return Probed<ExchangeResult>::good(r);
}

} // namespace mars
