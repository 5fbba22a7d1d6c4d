// SPDX-License-Identifier: MIT
#include "SocketConnectivity.h"

#include "HttpHead.h"
#include "SocketWaits.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <functional>
#include <memory>

namespace mars {

namespace {
constexpr qsizetype kMaxHead = 32 * 1024;
constexpr int kBodyWait_ms = 1500; // a head has arrived: the body gets at most this long

using net::Budget;
using net::Outcome;
using net::pumpUntil;

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

QString tlsProtocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    default: return QStringLiteral("TLS");
    }
}

// One exchange, written top to bottom; each step records what it learnt in m_result.
class Exchange
{
    Q_DECLARE_TR_FUNCTIONS(mars::SocketConnectivity)

public:
    Exchange(const ExchangeRequest& request, const std::stop_token& stop,
             const SocketConnectivity::HostResolver& resolver)
        : m_resolver(resolver)
        , m_request(request)
        , m_budget(request.timeout_ms, stop)
        , m_https(request.url.scheme() == u"https")
        , m_host(request.url.host())
        , m_port(quint16(request.url.port(m_https ? 443 : 80)))
    {
        m_total.start();
    }

    ExchangeResult run()
    {
        if (m_https) {
            auto ssl = std::make_unique<QSslSocket>();
            m_ssl = ssl.get();
            m_socket = std::move(ssl);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
        }
        QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred,
                         [this](QAbstractSocket::SocketError error) { m_lastError = error; });
        const bool ok = connectTcp() && (m_request.route.isDirect() || throughProxy()) && (!m_https || handshake())
                        && httpGet();
        static_cast<void>(ok);
        m_socket->abort();
        m_result.elapsed_ms = m_total.elapsed();
        return m_result;
    }

private:
    bool fail(NetworkLayer layer, const QString& why, Outcome outcome = Outcome::Failed)
    {
        m_result.failedLayer = layer;
        m_result.timedOut = outcome == Outcome::TimedOut;
        m_result.cancelled = outcome == Outcome::Cancelled;
        m_result.failure = outcome == Outcome::Cancelled ? tr("stopped before it finished") : why;
        return false;
    }
    qint64 elapsedMs() const { return m_total.elapsed(); }

    // DNS, then TCP to each address in turn: to the endpoint, or to the proxy.
    bool connectTcp()
    {
        const QString host = m_request.route.isDirect() ? m_host : m_request.route.proxyHost;
        const quint16 port = m_request.route.isDirect() ? m_port : m_request.route.proxyPort;
        QElapsedTimer step;
        step.start();
        QList<QHostAddress> addresses;
        if (!resolve(host, &addresses))
            return false;
        m_result.dns_ms = step.restart();
        QString lastFailure;
        for (const QHostAddress& address : std::as_const(addresses)) {
            m_lastError = QAbstractSocket::UnknownSocketError;
            m_socket->connectToHost(address, port);
            const Outcome outcome = pumpUntil(
                    *m_socket, m_budget, [this] { return m_socket->state() == QAbstractSocket::ConnectedState; },
                    [this] { return m_socket->state() == QAbstractSocket::UnconnectedState; });
            if (outcome == Outcome::Done) {
                m_result.peer = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
                m_result.connect_ms = step.elapsed();
                return true;
            }
            if (outcome != Outcome::Failed) {
                m_socket->abort();
                return fail(NetworkLayer::Tcp,
                            tr("the TCP connection to %1 port %2 did not complete within %3 s (nothing answered: "
                               "often a firewall that drops the traffic)")
                                    .arg(address.toString())
                                    .arg(port)
                                    .arg(seconds(elapsedMs())),
                            outcome);
            }
            lastFailure = m_lastError == QAbstractSocket::ConnectionRefusedError
                                  ? tr("the TCP connection to %1 port %2 was refused (nothing listens there, or a "
                                       "firewall rejects it)")
                                            .arg(address.toString())
                                            .arg(port)
                                  : tr("the TCP connection to %1 port %2 failed: %3")
                                            .arg(address.toString())
                                            .arg(port)
                                            .arg(m_socket->errorString());
            m_socket->abort();
        }
        return fail(NetworkLayer::Tcp, lastFailure);
    }

    bool resolve(const QString& host, QList<QHostAddress>* addresses)
    {
        QHostAddress literal;
        if (literal.setAddress(host)) {
            *addresses = {literal};
            m_result.addresses = QStringList{literal.toString()};
            return true;
        }
        using Status = SocketConnectivity::HostLookup::Status;
        const SocketConnectivity::HostLookup lookup = m_resolver(host, int(m_budget.remaining()), m_budget.stop());
        switch (lookup.status) {
        case Status::Found: break;
        case Status::NoSuchName:
            return fail(NetworkLayer::Dns,
                        tr("the name %1 does not exist (the DNS server knows no such name)").arg(host));
        case Status::Failed:
            return fail(NetworkLayer::Dns, tr("the name %1 could not be looked up: %2").arg(host, lookup.error));
        case Status::NoAnswer:
        case Status::Cancelled:
            return fail(NetworkLayer::Dns,
                        tr("the name %1 could not be looked up within %2 s (the DNS server did not answer)")
                                .arg(host, seconds(elapsedMs())),
                        lookup.status == Status::Cancelled || m_budget.stopped() ? Outcome::Cancelled
                                                                                 : Outcome::TimedOut);
        }
        if (lookup.addresses.isEmpty())
            return fail(NetworkLayer::Dns,
                        tr("the name %1 does not exist (the DNS server knows no such name)").arg(host));
        *addresses = lookup.addresses;
        for (const QHostAddress& a : std::as_const(*addresses))
            m_result.addresses.append(a.toString());
        return true;
    }

    // Reads until a complete head has arrived (what follows it stays in m_pending).
    Outcome readHead(const Budget& budget, QByteArray* head)
    {
        QByteArray& buffer = m_pending;
        const auto complete = [&] {
            buffer += m_socket->readAll();
            return buffer.contains("\r\n\r\n") || buffer.size() > kMaxHead;
        };
        const Outcome outcome = pumpUntil(*m_socket, budget, complete, [this] {
            return m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0;
        });
        if (outcome != Outcome::Done)
            return outcome;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return Outcome::Failed;
        *head = buffer.left(end + 4);
        buffer.remove(0, end + 4);
        return Outcome::Done;
    }

    QByteArray authority() const
    {
        return (m_host.contains(QLatin1Char(':')) ? u'[' + m_host + u']' : m_host).toLatin1() + ':'
               + QByteArray::number(m_port);
    }

    // https: a CONNECT tunnel. http: nothing to do here, the GET itself goes to the proxy.
    bool throughProxy()
    {
        if (!m_https)
            return true;
        QElapsedTimer step;
        step.start();
        const QString proxy = QStringLiteral("%1:%2").arg(m_request.route.proxyHost).arg(m_request.route.proxyPort);
        m_socket->write("CONNECT " + authority() + " HTTP/1.1\r\nHost: " + authority()
                        + "\r\nUser-Agent: MARS-Agent-Troubleshooter\r\n\r\n");
        QByteArray raw;
        const Outcome outcome = readHead(m_budget, &raw);
        m_result.proxy_ms = step.elapsed();
        if (outcome == Outcome::Failed)
            return fail(NetworkLayer::Proxy, tr("the proxy %1 closed the connection without answering the tunnel "
                                                "request (CONNECT)")
                                                     .arg(proxy));
        if (outcome != Outcome::Done)
            return fail(NetworkLayer::Proxy,
                        tr("the proxy %1 did not answer the tunnel request (CONNECT) within %2 s")
                                .arg(proxy, seconds(elapsedMs())),
                        outcome);
        const HttpHead head = HttpHead::parse(raw);
        m_result.proxyStatus = head.status;
        m_result.proxyServer = QString::fromLatin1(head.header("server"));
        if (head.status == 407) {
            m_result.proxyAuthSchemes = head.authSchemes("proxy-authenticate");
            return fail(NetworkLayer::Proxy,
                        tr("the proxy %1 asks for credentials (407 Proxy Authentication Required%2)")
                                .arg(proxy, m_result.proxyAuthSchemes.isEmpty()
                                                    ? QString()
                                                    : tr("; it offers %1").arg(m_result.proxyAuthSchemes.join(u", "))));
        }
        if (head.status < 200 || head.status > 299)
            return fail(NetworkLayer::Proxy,
                        tr("the proxy %1 refused the tunnel: %2 %3").arg(proxy).arg(head.status).arg(head.reason));
        return true;
    }

    bool handshake()
    {
        QElapsedTimer step;
        step.start();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_request.extraRoots.isEmpty())
            config.addCaCertificates(m_request.extraRoots);
        m_ssl->setSslConfiguration(config);
        m_ssl->setPeerVerifyName(m_host);
        // Verification errors are kept and the handshake finished, so the chain can be shown.
        QObject::connect(m_ssl, &QSslSocket::sslErrors, [this](const QList<QSslError>& errors) {
            for (const QSslError& e : errors) {
                m_result.tlsErrors.append(e.errorString());
                m_result.tlsErrorCodes.append(int(e.error()));
            }
            m_ssl->ignoreSslErrors();
        });
        m_ssl->startClientEncryption();
        const Outcome outcome = pumpUntil(
                *m_ssl, m_budget, [this] { return m_ssl->isEncrypted(); },
                [this] { return m_ssl->state() != QAbstractSocket::ConnectedState; });
        m_result.tls_ms = step.elapsed();
        m_result.chain = m_ssl->peerCertificateChain();
        identifyRoot();
        if (outcome == Outcome::Done) {
            m_result.tlsProtocol = tlsProtocolName(m_ssl->sessionProtocol());
            if (!m_result.tlsErrors.isEmpty())
                return fail(NetworkLayer::Tls,
                            tr("the server's certificate is not trusted: %1").arg(m_result.tlsErrors.join(u"; ")));
            return true;
        }
        if (outcome != Outcome::Failed)
            return fail(NetworkLayer::Tls,
                        tr("the TLS handshake did not finish within %1 s (the other side stopped answering)")
                                .arg(seconds(elapsedMs())),
                        outcome);
        if (m_lastError == QAbstractSocket::RemoteHostClosedError)
            return fail(NetworkLayer::Tls, tr("the connection was closed during the TLS handshake (TLS 1.2 turned off "
                                              "on one side, or a device in between that blocks it)"));
        return fail(NetworkLayer::Tls, tr("the TLS handshake failed: %1").arg(m_ssl->errorString()));
    }

    // The CA the chain ends in: the last certificate when it signed itself, else the trusted
    // certificate (system store or extra roots) whose subject is the last one's issuer.
    void identifyRoot()
    {
        if (m_result.chain.isEmpty())
            return;
        const QSslCertificate last = m_result.chain.constLast();
        QSslCertificate root;
        if (last.isSelfSigned()) {
            root = last;
        } else {
            const QByteArray issuer = last.issuerDisplayName().toUtf8();
            // The store is read once per process: this tool never changes it.
            static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
            for (const QSslCertificate& ca : m_request.extraRoots + system) {
                if (ca.subjectDisplayName().toUtf8() == issuer && ca.isSelfSigned()) {
                    root = ca;
                    break;
                }
            }
        }
        if (root.isNull()) {
            m_result.rootName = last.issuerDisplayName();
            return;
        }
        m_result.rootName = root.subjectDisplayName();
        m_result.rootSha1 = root.digest(QCryptographicHash::Sha1).toHex();
    }

    bool httpGet()
    {
        QElapsedTimer step;
        step.start();
        const bool viaProxy = !m_request.route.isDirect() && !m_https;
        QByteArray path = m_request.url.path(QUrl::FullyEncoded).toLatin1();
        if (path.isEmpty())
            path = "/";
        if (m_request.url.hasQuery())
            path += '?' + m_request.url.query(QUrl::FullyEncoded).toLatin1();
        const QByteArray target = viaProxy ? "http://" + authority() + path : path;
        m_socket->write("GET " + target + " HTTP/1.1\r\nHost: " + authority()
                        + "\r\nUser-Agent: MARS-Agent-Troubleshooter\r\nAccept: */*\r\nConnection: close\r\n\r\n");
        QByteArray raw;
        const Outcome outcome = readHead(m_budget, &raw);
        if (outcome == Outcome::Failed) {
            m_result.http_ms = step.elapsed();
            return fail(NetworkLayer::Http, m_lastError == QAbstractSocket::RemoteHostClosedError && m_pending.isEmpty()
                                                    ? tr("the connection was closed or reset before any answer came "
                                                         "(by the server or by a device in between)")
                                                    : tr("the answer was not HTTP"));
        }
        if (outcome != Outcome::Done) {
            m_result.http_ms = step.elapsed();
            return fail(NetworkLayer::Http,
                        tr("no answer to the request within %1 s (the connection stayed open, silent)")
                                .arg(seconds(elapsedMs())),
                        outcome);
        }
        const HttpHead head = HttpHead::parse(raw);
        if (head.status <= 0) {
            m_result.http_ms = step.elapsed();
            return fail(NetworkLayer::Http, tr("the answer was not HTTP"));
        }
        if (viaProxy && head.status == 407) {
            m_result.proxyStatus = 407;
            m_result.proxyAuthSchemes = head.authSchemes("proxy-authenticate");
            m_result.proxyServer = QString::fromLatin1(head.header("server"));
            m_result.http_ms = step.elapsed();
            return fail(NetworkLayer::Proxy,
                        tr("the proxy %1:%2 asks for credentials (407 Proxy Authentication Required)")
                                .arg(m_request.route.proxyHost)
                                .arg(m_request.route.proxyPort));
        }
        m_result.httpStatus = head.status;
        m_result.httpReason = head.reason;
        m_result.server = head.header("server");
        m_result.via = head.header("via");
        m_result.location = head.header("location");
        m_result.serverDateUtc = HttpHead::parseDate(head.header("date"));
        readBody(head);
        m_result.http_ms = step.elapsed();
        return true;
    }

    void readBody(const HttpHead& head)
    {
        bool lengthOk = false;
        const qint64 length = head.header("content-length").trimmed().toLongLong(&lengthOk);
        const qint64 want = std::min<qint64>(m_request.maxBodyBytes, lengthOk ? length : m_request.maxBodyBytes);
        QByteArray& body = m_pending;
        const bool chunked = head.header("transfer-encoding").toLower().contains("chunked");
        // A chunked body carries its framing: read a little more than wanted, decode after.
        const qint64 raw = chunked ? want + 64 : want;
        pumpUntil(
                *m_socket, m_budget.capped(kBodyWait_ms),
                [&] {
                    body += m_socket->readAll();
                    return body.size() >= raw || (chunked && body.contains("\r\n0\r\n"));
                },
                [this] { return m_socket->state() != QAbstractSocket::ConnectedState; });
        body += m_socket->readAll();
        m_result.body = (chunked ? HttpHead::dechunk(body) : body).left(m_request.maxBodyBytes);
    }

    const SocketConnectivity::HostResolver& m_resolver;
    const ExchangeRequest& m_request;
    Budget m_budget;
    const bool m_https;
    const QString m_host;
    const quint16 m_port;
    QElapsedTimer m_total;
    std::unique_ptr<QTcpSocket> m_socket;
    QSslSocket* m_ssl = nullptr; // m_socket, for https
    QAbstractSocket::SocketError m_lastError = QAbstractSocket::UnknownSocketError;
    QByteArray m_pending; // read but not yet used
    ExchangeResult m_result;
};
} // namespace

Probed<ExchangeResult> SocketConnectivity::exchange(const ExchangeRequest& request, const std::stop_token& stop) const
{
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return Probed<ExchangeResult>::bad(
                ProbeStatus::Failed,
                tr("%1 is not an http or https address with a host name.").arg(request.url.toDisplayString()));
    if (scheme == u"https" && !QSslSocket::supportsSsl())
        return Probed<ExchangeResult>::bad(ProbeStatus::Failed,
                                           tr("This build has no TLS support (Qt found no TLS backend), so HTTPS "
                                              "could not be tried."));
    if (!request.route.isDirect() && request.route.proxyPort == 0)
        return Probed<ExchangeResult>::bad(ProbeStatus::Failed,
                                           tr("The proxy %1 has no port.").arg(request.route.proxyHost));
    return Probed<ExchangeResult>::good(Exchange(request, stop, m_resolver).run());
}

SocketConnectivity::SocketConnectivity(HostResolver resolver)
    : m_resolver(resolver ? std::move(resolver) : HostResolver(&SocketConnectivity::lookUpWithOs))
{
}

} // namespace mars
