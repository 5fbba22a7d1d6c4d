// SPDX-License-Identifier: MIT
// Proves the loopback servers of mars_test_support with real clients (QSslSocket, QTcpSocket,
// QNetworkAccessManager), so the network checks can later be tested against them. Every server
// listens on 127.0.0.1 only; every wait is bounded by the test (transfer timeouts, QSignalSpy).
#include "network/LoopbackHttpProxy.h"
#include "network/LoopbackTlsServer.h"
#ifdef MARS_HAVE_THROWAWAY_CA
#include "network/ThrowawayCa.h"
#endif

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace mars::test;

Q_DECLARE_METATYPE(mars::test::LoopbackTlsServer::Transport)
Q_DECLARE_METATYPE(mars::test::ServerBehaviour)
Q_DECLARE_METATYPE(mars::test::ProxyBehaviour)
Q_DECLARE_METATYPE(mars::test::ProxyBehaviour::Scheme)

namespace {

// The longest any single exchange may take before the test calls it hung (a bound, not a sleep).
constexpr int exchange_ms = 3000;
// What the tests give a stalled peer before giving up.
constexpr int stall_ms = 300;

// A TLS row skips itself where the build has no ThrowawayCa.
#ifdef MARS_HAVE_THROWAWAY_CA
#define MARS_REQUIRE_TLS_FOR(transport) static_cast<void>(transport)
#else
#define MARS_REQUIRE_TLS_FOR(transport)                                                                                \
    do {                                                                                                               \
        if ((transport) == LoopbackTlsServer::Transport::Tls)                                                          \
            QSKIP("No ThrowawayCa in this build: it needs OpenSSL's libcrypto, which the Windows (MinGW) build "       \
                  "does not have");                                                                                    \
    } while (false)
#endif

#ifdef MARS_HAVE_THROWAWAY_CA
// Only `root` is trusted: the system's CAs play no part.
QSslConfiguration trusting(const QSslCertificate& root)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({root});
    return config;
}
#endif

// True under Wine (which exports wine_get_version from ntdll), false on real Windows and Linux.
bool runsUnderWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

// Seen with Wine 8 in this project's CI image; real Windows not verified.
constexpr char wineResetGap[] = "Wine does not reliably report a TCP reset to the client: the reply hangs until "
                                "its time-out instead of failing with RemoteHostClosedError";

bool waitFinished(QNetworkReply* reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(exchange_ms);
}

// Sends raw bytes to 127.0.0.1:port and returns everything read until the peer closes or
// answers a complete head (bounded).
QByteArray rawExchange(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(exchange_ms))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains("\r\n\r\n") && timer.elapsed() < exchange_ms) {
        if (!socket.waitForReadyRead(static_cast<int>(exchange_ms - timer.elapsed())))
            break;
        answer += socket.readAll();
    }
    return answer;
}

QDateTime parseHttpDate(const QByteArray& value)
{
    QDateTime time =
            QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QString describe(QNetworkReply* reply)
{
    return QStringLiteral("error %1 (%2), status %3")
            .arg(int(reply->error()))
            .arg(reply->errorString())
            .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
}

} // namespace

class TestLoopbackServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // TLS layer
    void tlsChainVerifies_data();
    void tlsChainVerifies();
    void tlsVerificationFails_data();
    void tlsVerificationFails();
    // HTTP layer
    void httpStatus_data();
    void httpStatus();
    void dateAndServerHeaders_data();
    void dateAndServerHeaders();
    // Faults
    void resetIsSeen_data();
    void resetIsSeen();
    void stallIsBoundedByTheClient_data();
    void stallIsBoundedByTheClient();
    void closeAfterHeaders();
    void synchronousClientOnWorkerThread();
    // Proxy
    void proxyForwards_data();
    void proxyForwards();
    void proxyRequiresBasicAuth_data();
    void proxyRequiresBasicAuth();
    void proxyOffersSchemes_data();
    void proxyOffersSchemes();
    void proxyRefusesNonLoopbackTargets_data();
    void proxyRefusesNonLoopbackTargets();
    void proxyFaults_data();
    void proxyFaults();

private:
    // A server of the given transport; for Tls, with a leaf signed by m_ca's root.
    std::unique_ptr<LoopbackTlsServer> makeServer(LoopbackTlsServer::Transport transport,
                                                  const ServerBehaviour& behaviour = ServerBehaviour::ok200());
    QNetworkReply* get(const QUrl& url, int timeout_ms = exchange_ms);

    std::unique_ptr<QNetworkAccessManager> m_manager;
#ifdef MARS_HAVE_THROWAWAY_CA
    std::unique_ptr<ThrowawayCa> m_ca;
    std::unique_ptr<ThrowawayCa> m_otherCa;
    TlsIdentity m_leaf;
#endif
};

void TestLoopbackServers::initTestCase()
{
#ifdef MARS_HAVE_THROWAWAY_CA
    // Qt loads its TLS backend (OpenSSL's libssl3 on Linux) at run time: without it every TLS
    // row would fail for a reason that has nothing to do with the servers.
    QVERIFY2(QSslSocket::supportsSsl(),
             qPrintable(QStringLiteral("no TLS backend: %1, built against %2")
                                .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryBuildVersionString())));
    m_ca = std::make_unique<ThrowawayCa>(QStringLiteral("MARS Loopback"));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    m_otherCa = std::make_unique<ThrowawayCa>(QStringLiteral("Somebody Else"));
    QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->errorString()));
    m_leaf = m_ca->issueLeaf();
    QVERIFY(!m_leaf.isNull());
    QVERIFY(m_ca->root().isSelfSigned());
    QCOMPARE(m_ca->root().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("MARS Loopback Root CA")});
    QCOMPARE(m_leaf.certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry),
             QStringList{QStringLiteral("127.0.0.1")});
#endif
}

void TestLoopbackServers::init()
{
    m_manager = std::make_unique<QNetworkAccessManager>();
    // Never the machine's proxy settings: only what a test sets.
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

void TestLoopbackServers::cleanup()
{
    m_manager.reset();
}

std::unique_ptr<LoopbackTlsServer> TestLoopbackServers::makeServer(LoopbackTlsServer::Transport transport,
                                                                   const ServerBehaviour& behaviour)
{
    if (transport == LoopbackTlsServer::Transport::PlainHttp)
        return std::make_unique<LoopbackTlsServer>(behaviour);
#ifdef MARS_HAVE_THROWAWAY_CA
    return std::make_unique<LoopbackTlsServer>(m_leaf, behaviour);
#else
    return nullptr;
#endif
}

QNetworkReply* TestLoopbackServers::get(const QUrl& url, int timeout_ms)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeout_ms);
#ifdef MARS_HAVE_THROWAWAY_CA
    if (url.scheme() == u"https")
        request.setSslConfiguration(trusting(m_ca->root()));
#endif
    QNetworkReply* reply = m_manager->get(request);
    reply->setParent(m_manager.get());
    return reply;
}

// --- TLS ---------------------------------------------------------------------------------------

void TestLoopbackServers::tlsChainVerifies_data()
{
#ifdef MARS_HAVE_THROWAWAY_CA
    QTest::addColumn<int>("leafKind");
    QTest::addColumn<bool>("sendRoot");
    QTest::addColumn<int>("expectedChainLength");
    QTest::newRow("root -> leaf") << int(ThrowawayCa::Leaf::SignedByRoot) << false << 1;
    QTest::newRow("root -> intermediate -> leaf") << int(ThrowawayCa::Leaf::ViaIntermediate) << false << 2;
    QTest::newRow("full chain sent") << int(ThrowawayCa::Leaf::ViaIntermediate) << true << 3;
#endif
}

void TestLoopbackServers::tlsChainVerifies()
{
    MARS_REQUIRE_TLS_FOR(LoopbackTlsServer::Transport::Tls);
#ifdef MARS_HAVE_THROWAWAY_CA
    QFETCH(int, leafKind);
    QFETCH(bool, sendRoot);
    QFETCH(int, expectedChainLength);

    TlsIdentity identity = m_ca->issueLeaf(ThrowawayCa::Leaf(leafKind));
    QVERIFY(!identity.isNull());
    if (sendRoot)
        identity.chain.append(m_ca->root());
    LoopbackTlsServer server(identity);
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));

    QSslSocket client;
    client.setSslConfiguration(trusting(m_ca->root()));
    // The peer name is the IP: the certificate's IP SAN is what must match.
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY2(client.waitForEncrypted(exchange_ms), qPrintable(client.errorString()));
    QVERIFY(client.sslHandshakeErrors().isEmpty());
    QCOMPARE(client.peerCertificate(), identity.certificate);

    // What a network check does: the chain as sent, then its root from the trusted store
    // unless the server sent it too.
    const QList<QSslCertificate> chain = client.peerCertificateChain();
    QCOMPARE(chain.size(), expectedChainLength);
    QSslCertificate root = chain.last();
    if (!root.isSelfSigned()) {
        for (const QSslCertificate& trusted : client.sslConfiguration().caCertificates()) {
            if (trusted.subjectInfo(QSslCertificate::CommonName) == root.issuerInfo(QSslCertificate::CommonName))
                root = trusted;
        }
    }
    QVERIFY(root.isSelfSigned());
    QCOMPARE(root.digest(QCryptographicHash::Sha1), m_ca->rootSha1());
    QCOMPARE(root.digest(QCryptographicHash::Sha256), m_ca->rootSha256());
    QCOMPARE(m_ca->rootSha1().size(), 20);
    QVERIFY(m_ca->rootSha1() != m_otherCa->rootSha1());
    QTRY_COMPARE_WITH_TIMEOUT(server.handshakeCount(), 1, exchange_ms);
#endif
}

void TestLoopbackServers::tlsVerificationFails_data()
{
#ifdef MARS_HAVE_THROWAWAY_CA
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<int>("expectedError");
    QTest::newRow("self-signed leaf") << QStringLiteral("self-signed") << int(QSslError::SelfSignedCertificate);
    QTest::newRow("signed by another CA")
            << QStringLiteral("other CA") << int(QSslError::UnableToGetLocalIssuerCertificate);
    QTest::newRow("expired leaf") << QStringLiteral("expired") << int(QSslError::CertificateExpired);
#endif
}

void TestLoopbackServers::tlsVerificationFails()
{
    MARS_REQUIRE_TLS_FOR(LoopbackTlsServer::Transport::Tls);
#ifdef MARS_HAVE_THROWAWAY_CA
    QFETCH(QString, leaf);
    QFETCH(int, expectedError);

    const TlsIdentity identity = leaf == u"self-signed" ? m_ca->issueLeaf(ThrowawayCa::Leaf::SelfSigned)
                                 : leaf == u"other CA"  ? m_otherCa->issueLeaf(ThrowawayCa::Leaf::SignedByRoot)
                                                        : m_ca->issueLeaf(ThrowawayCa::Leaf::Expired);
    QVERIFY(!identity.isNull());
    LoopbackTlsServer server(identity);
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));

    QSslSocket client;
    client.setSslConfiguration(trusting(m_ca->root()));
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(!client.waitForEncrypted(exchange_ms));
    QCOMPARE(client.error(), QAbstractSocket::SslHandshakeFailedError);
    QList<int> errors;
    for (const QSslError& error : client.sslHandshakeErrors())
        errors.append(int(error.error()));
    QVERIFY2(errors.contains(expectedError), qPrintable(QStringLiteral("expected QSslError %1, got %2")
                                                                .arg(expectedError)
                                                                .arg(QDebug::toString(client.sslHandshakeErrors()))));
    QCOMPARE(server.requestCount(), 0);
#endif
}

// --- HTTP --------------------------------------------------------------------------------------

void TestLoopbackServers::httpStatus_data()
{
    QTest::addColumn<LoopbackTlsServer::Transport>("transport");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedFinalPath");
    QTest::addColumn<int>("expectedRequests"); // at least
    for (const auto transport : {LoopbackTlsServer::Transport::Tls, LoopbackTlsServer::Transport::PlainHttp}) {
        const char* prefix = transport == LoopbackTlsServer::Transport::Tls ? "https " : "http ";
        QTest::addRow("%s200", prefix) << transport << QStringLiteral("/") << 200 << QStringLiteral("/") << 1;
        QTest::addRow("%s403", prefix) << transport << QStringLiteral("/forbidden") << 403
                                       << QStringLiteral("/forbidden") << 1;
        QTest::addRow("%s503", prefix) << transport << QStringLiteral("/unavailable") << 503
                                       << QStringLiteral("/unavailable") << 1;
        QTest::addRow("%sredirect followed", prefix)
                << transport << QStringLiteral("/moved") << 200 << QStringLiteral("/final") << 2;
    }
}

void TestLoopbackServers::httpStatus()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(QString, path);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedFinalPath);
    QFETCH(int, expectedRequests);
    MARS_REQUIRE_TLS_FOR(transport);

    const auto server = makeServer(transport);
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    server->setBehaviour(QStringLiteral("/forbidden"), ServerBehaviour::status(403));
    server->setBehaviour(QStringLiteral("/unavailable"), ServerBehaviour::status(503));
    server->setBehaviour(QStringLiteral("/moved"), ServerBehaviour::redirect(server->url(QStringLiteral("/final"))));

    QNetworkReply* reply = get(server->url(path));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), expectedStatus);
    QCOMPARE(reply->url(), server->url(expectedFinalPath));
    // At least: a client may resend a request whose connection it saw closing (Qt under Wine does).
    QVERIFY2(server->requestCount() >= expectedRequests, qPrintable(QString::number(server->requestCount())));
    QCOMPARE(server->lastRequest().method(), QByteArray("GET"));
    QCOMPARE(server->lastRequest().target(), expectedFinalPath.toLatin1());
    if (expectedStatus == 200)
        QCOMPARE(reply->readAll(), QByteArray("ok\n"));
}

void TestLoopbackServers::dateAndServerHeaders_data()
{
    QTest::addColumn<int>("skew_s");
    QTest::addColumn<QByteArray>("serverHeader");
    QTest::newRow("server clock in step") << 0 << QByteArray("Microsoft-IIS/10.0");
    QTest::newRow("server 2 h ahead") << 2 * 3600 << QByteArray("Microsoft-HTTPAPI/2.0");
    QTest::newRow("server 10 min behind") << -600 << QByteArray("AzureFrontDoor");
}

void TestLoopbackServers::dateAndServerHeaders()
{
    QFETCH(int, skew_s);
    QFETCH(QByteArray, serverHeader);
    // Plain HTTP: the headers do not depend on the transport, and this runs on Windows too.
    const QDateTime serverTime = QDateTime::currentDateTimeUtc().addSecs(skew_s);
    ServerBehaviour behaviour = ServerBehaviour::ok200().withServerHeader(serverHeader);
    if (skew_s != 0)
        behaviour.withDate(serverTime);
    LoopbackTlsServer server(behaviour);
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));

    QNetworkReply* reply = get(server.url());
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("Server"), serverHeader);
    const QDateTime date = parseHttpDate(reply->rawHeader("Date"));
    QVERIFY2(date.isValid(), reply->rawHeader("Date").constData());
    // One second of slack for the header's resolution and the exchange itself.
    QVERIFY2(qAbs(date.secsTo(serverTime)) <= 1,
             qPrintable(date.toString(Qt::ISODate) + u" vs " + serverTime.toString(Qt::ISODate)));
}

// --- Faults ------------------------------------------------------------------------------------

void TestLoopbackServers::resetIsSeen_data()
{
    QTest::addColumn<LoopbackTlsServer::Transport>("transport");
    QTest::addColumn<ServerBehaviour>("behaviour");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("afterRequest");
    const auto http = LoopbackTlsServer::Transport::PlainHttp;
    const auto https = LoopbackTlsServer::Transport::Tls;
    QTest::newRow("http: RST after accept")
            << http << ServerBehaviour::resetAfterAccept() << QStringLiteral("/") << false;
    QTest::newRow("https: RST after accept")
            << https << ServerBehaviour::resetAfterAccept() << QStringLiteral("/") << false;
    QTest::newRow("https: RST mid-handshake")
            << https << ServerBehaviour::resetDuringHandshake() << QStringLiteral("/") << false;
    QTest::newRow("https: RST after the request")
            << https << ServerBehaviour::ok200() << QStringLiteral("/reset") << true;
}

void TestLoopbackServers::resetIsSeen()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(ServerBehaviour, behaviour);
    QFETCH(QString, path);
    QFETCH(bool, afterRequest);
    MARS_REQUIRE_TLS_FOR(transport);

    const auto server = makeServer(transport, behaviour);
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    server->setBehaviour(QStringLiteral("/reset"), ServerBehaviour::resetAfterAccept());
    if (runsUnderWine())
        QSKIP(wineResetGap);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = get(server->url(path));
    QVERIFY2(waitFinished(reply),
             qPrintable(QStringLiteral("no reply after %1 connection(s)").arg(server->connectionCount())));
    // ECONNRESET: Qt says "remote host closed" for a reset as for a close.
    QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError, qPrintable(describe(reply)));
    QVERIFY2(timer.elapsed() < exchange_ms, "a reset must be seen at once, not as a time-out");
    // Qt retries a connection closed before any reply byte, so there may be several.
    const int connections = server->connectionCount();
    QVERIFY(connections >= 1);
    QCOMPARE(server->handshakeCount(), afterRequest ? connections : 0);
    QCOMPARE(server->requestCount(), afterRequest ? connections : 0);
}

void TestLoopbackServers::stallIsBoundedByTheClient_data()
{
    QTest::addColumn<LoopbackTlsServer::Transport>("transport");
    QTest::addColumn<ServerBehaviour>("behaviour");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("https: no ServerHello")
            << LoopbackTlsServer::Transport::Tls << ServerBehaviour::stall() << QStringLiteral("/") << 0;
    QTest::newRow("https: no answer to the request")
            << LoopbackTlsServer::Transport::Tls << ServerBehaviour::ok200() << QStringLiteral("/stall") << 1;
    QTest::newRow("http: no answer to the request")
            << LoopbackTlsServer::Transport::PlainHttp << ServerBehaviour::ok200() << QStringLiteral("/stall") << 1;
}

void TestLoopbackServers::stallIsBoundedByTheClient()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(ServerBehaviour, behaviour);
    QFETCH(QString, path);
    QFETCH(int, expectedRequests);
    MARS_REQUIRE_TLS_FOR(transport);

    auto server = makeServer(transport, behaviour);
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    server->setBehaviour(QStringLiteral("/stall"), ServerBehaviour::stall());

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = get(server->url(path), stall_ms);
    QVERIFY(waitFinished(reply));
    const qint64 elapsed_ms = timer.elapsed();
    QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError,
             qPrintable(describe(reply)));
    QVERIFY2(elapsed_ms >= stall_ms - 50 && elapsed_ms < exchange_ms, qPrintable(QString::number(elapsed_ms)));
    QCOMPARE(server->connectionCount(), 1);
    QCOMPARE(server->requestCount(), expectedRequests);

    // The stalled connection is still open on the server: destroying it must not wait for it.
    timer.restart();
    server.reset();
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
}

void TestLoopbackServers::closeAfterHeaders()
{
    LoopbackTlsServer server(ServerBehaviour::closeAfterHeaders());
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    QNetworkReply* reply = get(server.url());
    QVERIFY(waitFinished(reply));
    // The head arrived (status and headers are there), the announced body never did.
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Server"), QByteArray("Microsoft-IIS/10.0"));
    QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError, qPrintable(describe(reply)));
}

void TestLoopbackServers::synchronousClientOnWorkerThread()
{
    // The shape of the checks to come: a blocking client on a worker thread, the test thread
    // blocked in a join meanwhile. The server answers from its own thread.
    LoopbackTlsServer server(ServerBehaviour::status(503).withServerHeader("MARS"));
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    const quint16 port = server.port();
    QByteArray statusLine;
    std::unique_ptr<QThread> worker(QThread::create([port, &statusLine] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        if (!socket.waitForConnected(exchange_ms))
            return;
        socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        while (!socket.canReadLine() && socket.waitForReadyRead(exchange_ms)) {}
        statusLine = socket.readLine().trimmed();
    }));
    worker->start();
    QVERIFY(worker->wait(exchange_ms));
    QCOMPARE(statusLine, QByteArray("HTTP/1.1 503 Service Unavailable"));
    QCOMPARE(server.lastRequest().target(), QByteArray("/health"));
}

// --- Proxy -------------------------------------------------------------------------------------

void TestLoopbackServers::proxyForwards_data()
{
    QTest::addColumn<LoopbackTlsServer::Transport>("transport");
    QTest::addColumn<QByteArray>("expectedMethod");
    QTest::newRow("https: CONNECT tunnel") << LoopbackTlsServer::Transport::Tls << QByteArray("CONNECT");
    QTest::newRow("http: absolute-URI GET") << LoopbackTlsServer::Transport::PlainHttp << QByteArray("GET");
}

void TestLoopbackServers::proxyForwards()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(QByteArray, expectedMethod);
    MARS_REQUIRE_TLS_FOR(transport);

    const auto server = makeServer(transport, ServerBehaviour::ok200().withServerHeader("behind-the-proxy"));
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    LoopbackHttpProxy proxy;
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));
    m_manager->setProxy(proxy.networkProxy());

    QNetworkReply* reply = get(server->url(QStringLiteral("/via-proxy")));
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(describe(reply)));
    QCOMPARE(reply->rawHeader("Server"), QByteArray("behind-the-proxy"));
    QCOMPARE(proxy.connectionCount(), 1);
    QCOMPARE(proxy.upstreamConnectionCount(), 1);
    QCOMPARE(proxy.lastRequest().method(), expectedMethod);
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(server->port());
    QCOMPARE(proxy.lastRequest().target(),
             expectedMethod == "CONNECT" ? authority : "http://" + authority + "/via-proxy");
    // The target sees an origin-form request, as if the client had come directly.
    QCOMPARE(server->requestCount(), 1);
    QCOMPARE(server->lastRequest().target(), QByteArray("/via-proxy"));
    QVERIFY(!server->lastRequest().hasHeader("Proxy-Authorization"));
}

void TestLoopbackServers::proxyRequiresBasicAuth_data()
{
    QTest::addColumn<LoopbackTlsServer::Transport>("transport");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QNetworkReply::NetworkError>("expectedError");
    const auto http = LoopbackTlsServer::Transport::PlainHttp;
    const auto https = LoopbackTlsServer::Transport::Tls;
    QTest::newRow("https: 407, then the right password")
            << https << QStringLiteral("s3cret-Pa55") << QNetworkReply::NoError;
    QTest::newRow("http: 407, then the right password")
            << http << QStringLiteral("s3cret-Pa55") << QNetworkReply::NoError;
    QTest::newRow("https: wrong password")
            << https << QStringLiteral("guess") << QNetworkReply::ProxyAuthenticationRequiredError;
}

void TestLoopbackServers::proxyRequiresBasicAuth()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(QString, password);
    QFETCH(QNetworkReply::NetworkError, expectedError);
    MARS_REQUIRE_TLS_FOR(transport);

    const auto server = makeServer(transport);
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    LoopbackHttpProxy proxy(ProxyBehaviour::requireAuth("alice", "s3cret-Pa55"));
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));
    m_manager->setProxy(proxy.networkProxy());
    int challenges = 0;
    connect(m_manager.get(), &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [&](const QNetworkProxy&, QAuthenticator* authenticator) {
                ++challenges;
                QCOMPARE(authenticator->realm(), QString::fromLatin1(ProxyBehaviour::realm()));
                if (challenges == 1) { // a second challenge means the answer was wrong: give up
                    authenticator->setUser(QStringLiteral("alice"));
                    authenticator->setPassword(password);
                }
            });

    QNetworkReply* reply = get(server->url());
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->error() == expectedError, qPrintable(describe(reply)));
    QCOMPARE(challenges, expectedError == QNetworkReply::NoError ? 1 : 2);
    // The first request went without credentials, the retry with them.
    QVERIFY(proxy.requestCount() >= 2);
    const QByteArray sent = proxy.lastRequest().header("Proxy-Authorization");
    QCOMPARE(sent, "Basic " + QByteArray("alice:" + password.toLatin1()).toBase64());
    QCOMPARE(server->requestCount(), expectedError == QNetworkReply::NoError ? 1 : 0);
    // The record never prints the secret.
    const QString description = proxy.lastRequest().description();
    QVERIFY(description.contains(QStringLiteral("Proxy-Authorization: Basic [REDACTED]")));
    QVERIFY(!description.contains(QString::fromLatin1(sent.mid(6))));
}

void TestLoopbackServers::proxyOffersSchemes_data()
{
    QTest::addColumn<QList<ProxyBehaviour::Scheme>>("schemes");
    QTest::addColumn<QByteArrayList>("expectedChallenges");
    using Scheme = ProxyBehaviour::Scheme;
    QTest::newRow("NTLM and Negotiate") << QList<Scheme>{Scheme::Negotiate, Scheme::Ntlm}
                                        << QByteArrayList{"Negotiate", "NTLM"};
    QTest::newRow("NTLM only") << QList<Scheme>{Scheme::Ntlm} << QByteArrayList{"NTLM"};
    QTest::newRow("Basic") << QList<Scheme>{Scheme::Basic}
                           << QByteArrayList{"Basic realm=\"" + ProxyBehaviour::realm() + '"'};
}

void TestLoopbackServers::proxyOffersSchemes()
{
    QFETCH(QList<ProxyBehaviour::Scheme>, schemes);
    QFETCH(QByteArrayList, expectedChallenges);
    LoopbackHttpProxy proxy(ProxyBehaviour::requireAuth({}, {}, schemes));
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));

    // Even with a Proxy-Authorization, NTLM/Negotiate are only offered, never completed.
    const QByteArray answer = rawExchange(
            proxy.port(),
            "CONNECT 127.0.0.1:9 HTTP/1.1\r\nHost: 127.0.0.1:9\r\nProxy-Authorization: NTLM TlRMTVNTUAAB\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 407 "), answer.constData());
    QByteArrayList challenges;
    for (const QByteArray& line : answer.split('\n')) {
        if (line.startsWith("Proxy-Authenticate:"))
            challenges.append(line.mid(int(qstrlen("Proxy-Authenticate:"))).trimmed());
    }
    QCOMPARE(challenges, expectedChallenges);
    QCOMPARE(proxy.upstreamConnectionCount(), 0);
}

void TestLoopbackServers::proxyRefusesNonLoopbackTargets_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("CONNECT example.invalid") << QByteArray("CONNECT example.invalid:443 HTTP/1.1\r\n"
                                                           "Host: example.invalid:443\r\n\r\n");
    QTest::newRow("CONNECT TEST-NET-1 address") << QByteArray("CONNECT 192.0.2.10:443 HTTP/1.1\r\n"
                                                              "Host: 192.0.2.10:443\r\n\r\n");
    QTest::newRow("CONNECT localhost look-alike") << QByteArray("CONNECT localhost.example.invalid:443 HTTP/1.1\r\n"
                                                                "Host: localhost.example.invalid:443\r\n\r\n");
    QTest::newRow("GET example.invalid") << QByteArray("GET http://example.invalid/ HTTP/1.1\r\n"
                                                       "Host: example.invalid\r\n\r\n");
    QTest::newRow("GET TEST-NET-1 address") << QByteArray("GET http://192.0.2.10:8080/x HTTP/1.1\r\n"
                                                          "Host: 192.0.2.10:8080\r\n\r\n");
}

void TestLoopbackServers::proxyRefusesNonLoopbackTargets()
{
    QFETCH(QByteArray, request);
    LoopbackHttpProxy proxy;
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));

    QElapsedTimer timer;
    timer.start();
    const QByteArray answer = rawExchange(proxy.port(), request);
    QVERIFY2(answer.startsWith("HTTP/1.1 403 "), answer.constData());
    // Answered at once: no name was looked up, no connection attempted.
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(proxy.requestCount(), 1);
    QCOMPARE(proxy.refusedTargetCount(), 1);
    QCOMPARE(proxy.upstreamConnectionCount(), 0);
}

void TestLoopbackServers::proxyFaults_data()
{
    QTest::addColumn<LoopbackTlsServer::Transport>("transport");
    QTest::addColumn<ProxyBehaviour>("behaviour");
    QTest::addColumn<QList<QNetworkReply::NetworkError>>("expectedErrors");
    QTest::addColumn<int>("minimum_ms");
    using Errors = QList<QNetworkReply::NetworkError>;
    const auto https = LoopbackTlsServer::Transport::Tls;
    const auto http = LoopbackTlsServer::Transport::PlainHttp;
    const Errors timedOut{QNetworkReply::OperationCanceledError, QNetworkReply::TimeoutError};
    // Qt reports a proxy's reset in more than one way depending on the moment; every accepted
    // value names the proxy or the connection, never a time-out.
    QTest::newRow("https: reset") << https << ProxyBehaviour::reset()
                                  << Errors{QNetworkReply::ProxyConnectionClosedError,
                                            QNetworkReply::RemoteHostClosedError}
                                  << 0;
    QTest::newRow("http: reset") << http << ProxyBehaviour::reset()
                                 << Errors{QNetworkReply::ProxyConnectionClosedError,
                                           QNetworkReply::RemoteHostClosedError}
                                 << 0;
    // A refused CONNECT is the proxy's answer (Qt 6.4: "Proxy denied connection", reported as
    // UnknownNetworkError); a 403 to a proxied GET looks like the server's.
    QTest::newRow("https: deny 403") << https << ProxyBehaviour::deny(403)
                                     << Errors{QNetworkReply::ProxyConnectionRefusedError,
                                               QNetworkReply::UnknownProxyError, QNetworkReply::UnknownNetworkError}
                                     << 0;
    QTest::newRow("http: deny 403") << http << ProxyBehaviour::deny(403) << Errors{QNetworkReply::ContentAccessDenied}
                                    << 0;
    QTest::newRow("https: stall") << https << ProxyBehaviour::stall() << timedOut << stall_ms - 50;
    QTest::newRow("http: stall") << http << ProxyBehaviour::stall() << timedOut << stall_ms - 50;
}

void TestLoopbackServers::proxyFaults()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(ProxyBehaviour, behaviour);
    QFETCH(QList<QNetworkReply::NetworkError>, expectedErrors);
    QFETCH(int, minimum_ms);
    MARS_REQUIRE_TLS_FOR(transport);
    if (behaviour.kind() == ProxyBehaviour::Kind::Reset && runsUnderWine())
        QSKIP(wineResetGap);

    const auto server = makeServer(transport);
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    LoopbackHttpProxy proxy(behaviour);
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));
    m_manager->setProxy(proxy.networkProxy());

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = get(server->url(), stall_ms);
    QVERIFY(waitFinished(reply));
    QVERIFY2(expectedErrors.contains(reply->error()), qPrintable(describe(reply)));
    QVERIFY2(timer.elapsed() >= minimum_ms && timer.elapsed() < exchange_ms,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(proxy.requestCount() >= 1);
    QCOMPARE(proxy.lastRequest().method(),
             transport == LoopbackTlsServer::Transport::Tls ? QByteArray("CONNECT") : QByteArray("GET"));
    QCOMPARE(proxy.upstreamConnectionCount(), 0);
    QCOMPARE(server->connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestLoopbackServers)
#include "TestLoopbackServers.moc"
