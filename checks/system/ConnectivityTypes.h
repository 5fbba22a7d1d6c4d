// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mars {

// How an exchange reaches its endpoint: straight from this machine, or through an HTTP proxy
// (a CONNECT tunnel for https, an absolute-URI request for http). No proxy credentials: a
// proxy that wants them is a finding (407), never something this tool types in.
struct NetworkRoute
{
    QString name = QStringLiteral("direct"); // short and stable: the report's "route"
    QString proxyHost; // empty: direct
    quint16 proxyPort = 0;

    bool isDirect() const { return proxyHost.isEmpty(); }
};

// The layers of one exchange, in the order they are crossed.
enum class NetworkLayer : quint8 { None = 0, Dns, Tcp, Proxy, Tls, Http };
// "dns", "tcp", "proxy", "tls", "http"; empty for None (the report's "failed_layer").
QString networkLayerId(NetworkLayer layer);
bool networkLayerFromId(const QString& id, NetworkLayer* layer);

struct ExchangeRequest
{
    QUrl url; // http or https, with a host
    NetworkRoute route;
    int timeout_ms = 5000; // the whole exchange, every layer included
    QList<QSslCertificate> extraRoots; // trusted for this exchange only (--trusted-roots)
    int maxBodyBytes = 4096; // what is kept of the body (an NCSI text, a block page's start)
};

// What one exchange found, layer by layer. A failure is a result, not an error: the layer it
// stopped at and a plain sentence ("the connection was refused"); everything learnt before it
// stays (the addresses a name resolved to, the certificates a server sent).
struct ExchangeResult
{
    NetworkLayer failedLayer = NetworkLayer::None;
    QString failure; // plain words, without the host (the caller's sentence names it)
    bool timedOut = false; // the failure is the exchange's deadline
    bool cancelled = false; // stopped from outside (the check's deadline or the user)

    QStringList addresses; // what the first host resolved to: the endpoint, or the proxy
    QString peer; // "address:port" the TCP connection reached
    int proxyStatus = 0; // the proxy's answer to CONNECT (200, 407, 403...); 0 without one
    QStringList proxyAuthSchemes; // Proxy-Authenticate schemes of a 407 ("NTLM", "Basic"...)
    QString proxyServer; // the proxy's Server header, if it sent one

    QString tlsProtocol; // "TLS 1.2", "TLS 1.3"
    QList<QSslCertificate> chain; // as the server sent it, its own certificate first
    QString rootName; // the common name (else the whole name) of the CA the chain ends in
    QByteArray rootSha1; // that CA's SHA-1 thumbprint, lower-case hex; empty when not found
    QStringList tlsErrors; // why the chain was not trusted, in Qt's words
    QList<int> tlsErrorCodes; // QSslError::SslError values, same order

    int httpStatus = 0; // 0: no HTTP answer
    QString httpReason; // "OK", "Service Unavailable"
    QByteArray server; // the Server header
    QByteArray via; // the Via header (a proxy on the way)
    QByteArray location; // a redirect's target
    QDateTime serverDateUtc; // the Date header, invalid when absent or unreadable
    QByteArray body; // at most ExchangeRequest::maxBodyBytes

    qint64 dns_ms = -1, connect_ms = -1, proxy_ms = -1, tls_ms = -1, http_ms = -1;
    qint64 elapsed_ms = 0;

    bool answered() const { return httpStatus > 0; }
};

} // namespace mars
