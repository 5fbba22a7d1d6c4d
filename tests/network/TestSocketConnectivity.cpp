// SPDX-License-Identifier: MIT
// The real ConnectivityProbe (SocketConnectivity) against real servers on 127.0.0.1: every
// fault of the loopback matrix is classified at the right layer and within its deadline.
// Names are resolved by a test resolver that points them at 127.0.0.1 (or says they do not
// exist, or never answers), so no DNS query leaves the machine; "localhost" goes through the
// OS resolver (the hosts file). Every exchange is bounded by its own timeout.
#include "LoopbackClient.h"
#include "network/BlackholePort.h"
#include "system/SocketConnectivity.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <stop_token>
#include <thread>

using namespace mars;
using namespace mars::test;

namespace {
// Under AddressSanitizer (scripts/reliability --asan) a TLS handshake takes about four times as
// long (4.3 s measured with an extra root): the deadlines scale, the verdicts asserted do not.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSlowdown = 4;
#else
constexpr int kSlowdown = 1;
#endif
constexpr int kTimeout_ms = 1500 * kSlowdown; // an exchange's whole deadline in this test
constexpr int kSlack_ms = 1000 * kSlowdown; // what a bounded failure may take beyond it (a loaded CI box)

// Test names: *.test resolves to 127.0.0.1, nxdomain.test does not exist, silent.test never
// answers (until the deadline or a stop).
SocketConnectivity::HostLookup testResolver(const QString& host, int timeout_ms, const std::stop_token& stop)
{
    using Lookup = SocketConnectivity::HostLookup;
    Lookup lookup;
    if (host == u"nxdomain.test") {
        lookup.status = Lookup::Status::NoSuchName;
    } else if (host == u"silent.test") {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < timeout_ms && !stop.stop_requested())
            QThread::msleep(10);
        lookup.status = stop.stop_requested() ? Lookup::Status::Cancelled : Lookup::Status::NoAnswer;
    } else if (host.endsWith(u".test")) {
        lookup.status = Lookup::Status::Found;
        lookup.addresses = {QHostAddress(QHostAddress::LocalHost)};
    } else {
        return SocketConnectivity::lookUpWithOs(host, timeout_ms, stop);
    }
    return lookup;
}

QUrl withHost(QUrl url, const QString& host)
{
    url.setHost(host);
    return url;
}

// A port nothing listens on (bound, read, closed).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}
} // namespace

class TestSocketConnectivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void plainFaults_data();
    void plainFaults();
    void tlsFaults_data();
    void tlsFaults();
    void throughProxy_data();
    void throughProxy();
    void osResolverFindsLocalhost();
    void dateAndBodyAreRead();
    void stopEndsABlockedExchange();
    void refusesWhatItCannotTry_data();
    void refusesWhatItCannotTry();

private:
    ExchangeResult run(const QUrl& url, const NetworkRoute& route = {}, const QList<QSslCertificate>& roots = {});

    LoopbackClient m_client;
    SocketConnectivity m_probe{&testResolver};
};

void TestSocketConnectivity::initTestCase()
{
    m_client.setUpCertificates();
}

ExchangeResult TestSocketConnectivity::run(const QUrl& url, const NetworkRoute& route,
                                           const QList<QSslCertificate>& roots)
{
    ExchangeRequest request;
    request.url = url;
    request.route = route;
    request.timeout_ms = kTimeout_ms;
    request.extraRoots = roots;
    QElapsedTimer timer;
    timer.start();
    const Probed<ExchangeResult> result = m_probe.exchange(request, std::stop_token());
    [&] { QVERIFY2(result.ok(), qPrintable(result.reason)); }();
    // Bounded: every exchange ends within its deadline plus the slack, whatever the server does.
    [&] { QVERIFY2(timer.elapsed() < kTimeout_ms + kSlack_ms, qPrintable(QString::number(timer.elapsed()))); }();
    return result.value;
}

// --- Plain HTTP and TCP: no certificates needed, so every row also runs under Wine --------------

void TestSocketConnectivity::plainFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("layer");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<int>("status");
    QTest::newRow("http 200") << "ok" << int(NetworkLayer::None) << false << 200;
    QTest::newRow("http 503") << "503" << int(NetworkLayer::None) << false << 503;
    QTest::newRow("connection refused") << "refused" << int(NetworkLayer::Tcp) << false << 0;
    QTest::newRow("blackhole: connect never completes") << "blackhole" << int(NetworkLayer::Tcp) << true << 0;
    QTest::newRow("NXDOMAIN") << "nxdomain" << int(NetworkLayer::Dns) << false << 0;
    QTest::newRow("DNS never answers") << "silent-dns" << int(NetworkLayer::Dns) << true << 0;
    QTest::newRow("silent server after the request") << "stall" << int(NetworkLayer::Http) << true << 0;
    QTest::newRow("reset after the request") << "reset" << int(NetworkLayer::Http) << false << 0;
    QTest::newRow("https to a silent server: TLS never answers") << "tls-stall" << int(NetworkLayer::Tls) << true << 0;
    QTest::newRow("https, reset during the handshake") << "tls-reset" << int(NetworkLayer::Tls) << false << 0;
}

void TestSocketConnectivity::plainFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, layer);
    QFETCH(bool, timedOut);
    QFETCH(int, status);
    if ((fault == u"reset" || fault == u"tls-reset") && runsUnderWine())
        QSKIP(wineResetGap);
    LoopbackTlsServer server(fault == u"503"                              ? ServerBehaviour::status(503)
                             : fault == u"stall" || fault == u"tls-stall" ? ServerBehaviour::stall()
                             : fault == u"reset" || fault == u"tls-reset" ? ServerBehaviour::resetAfterAccept()
                                                                          : ServerBehaviour::ok200());
    QVERIFY(server.isListening());
    BlackholePort blackhole;
    QUrl url = withHost(server.url(QStringLiteral("/probe")), QStringLiteral("backup.test"));
    if (fault == u"refused") {
        url.setPort(closedPort());
    } else if (fault == u"blackhole") {
        QVERIFY(blackhole.port() != 0);
        url.setPort(blackhole.port());
    } else if (fault == u"nxdomain") {
        url.setHost(QStringLiteral("nxdomain.test"));
    } else if (fault == u"silent-dns") {
        url.setHost(QStringLiteral("silent.test"));
    } else if (fault.startsWith(u"tls-")) {
        url.setScheme(QStringLiteral("https"));
    }
    if (url.scheme() == u"https" && !QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this build");
    const ExchangeResult r = run(url);
    QCOMPARE(int(r.failedLayer), layer);
    QCOMPARE(r.timedOut, timedOut);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.failure.isEmpty(), layer == int(NetworkLayer::None));
    if (layer != int(NetworkLayer::Dns))
        QCOMPARE(r.addresses, QStringList{QStringLiteral("127.0.0.1")});
    if (layer == int(NetworkLayer::None) || layer >= int(NetworkLayer::Tls))
        QCOMPARE(r.peer, QStringLiteral("127.0.0.1:%1").arg(url.port()));
    if (status != 0)
        QCOMPARE(r.server, QByteArray("Microsoft-IIS/10.0"));
}

// --- TLS: certificates made at test time (Linux; the MinGW build has no ThrowawayCa) -----------

void TestSocketConnectivity::tlsFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("layer");
    QTest::addColumn<int>("tlsError"); // a QSslError::SslError the result must list; -1: none
    QTest::newRow("trusted: extra root") << "trusted" << int(NetworkLayer::None) << -1;
    QTest::newRow("trusted, via an intermediate") << "intermediate" << int(NetworkLayer::None) << -1;
    QTest::newRow("untrusted issuer") << "untrusted" << int(NetworkLayer::Tls)
                                      << int(QSslError::UnableToGetLocalIssuerCertificate);
    QTest::newRow("expired certificate") << "expired" << int(NetworkLayer::Tls) << int(QSslError::CertificateExpired);
    QTest::newRow("wrong host name") << "wrong-host" << int(NetworkLayer::Tls) << int(QSslError::HostNameMismatch);
}

void TestSocketConnectivity::tlsFaults()
{
#ifndef MARS_HAVE_THROWAWAY_CA
    QSKIP("No ThrowawayCa in this build: it needs OpenSSL's libcrypto, which the Windows (MinGW) build does not "
          "have");
#else
    QFETCH(QString, fault);
    QFETCH(int, layer);
    QFETCH(int, tlsError);
    using Leaf = ThrowawayCa::Leaf;
    const Leaf leaf = fault == u"expired"        ? Leaf::Expired
                      : fault == u"intermediate" ? Leaf::ViaIntermediate
                                                 : Leaf::SignedByRoot;
    LoopbackTlsServer server(m_client.ca->issueLeaf(leaf));
    QVERIFY(server.isListening());
    // The certificate names localhost and 127.0.0.1: "backup.test" (pointed at 127.0.0.1) is
    // not among them.
    const QUrl url = fault == u"wrong-host" ? withHost(server.url(), QStringLiteral("backup.test")) : server.url();
    const QList<QSslCertificate> roots =
            fault == u"untrusted" ? QList<QSslCertificate>{} : QList<QSslCertificate>{m_client.ca->root()};
    const ExchangeResult r = run(url, {}, roots);
    QCOMPARE(int(r.failedLayer), layer);
    QVERIFY(!r.chain.isEmpty());
    if (tlsError >= 0) {
        QVERIFY2(r.tlsErrorCodes.contains(tlsError), qPrintable(r.tlsErrors.join(u"; ")));
        QCOMPARE(r.httpStatus, 0); // nothing is sent over an untrusted channel
        QVERIFY(server.requestCount() == 0);
    } else {
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.tlsProtocol.startsWith(u"TLS 1."));
        // The root is named and its thumbprint is the CA's, although the server never sent it.
        QCOMPARE(r.rootSha1, m_client.ca->rootSha1().toHex());
        QVERIFY(r.rootName.contains(u"MARS Loopback"));
    }
    if (fault == u"untrusted") // the root is unknown here: its name comes from the chain's issuer
        QVERIFY2(r.rootName.contains(u"MARS Loopback"), qPrintable(r.rootName));
#endif
}

// --- Through a proxy ---------------------------------------------------------------------------

void TestSocketConnectivity::throughProxy_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<QString>("proxyFault");
    QTest::addColumn<int>("layer");
    QTest::addColumn<int>("proxyStatus");
    QTest::newRow("http, forwarded") << false << "none" << int(NetworkLayer::None) << 0;
    QTest::newRow("https, CONNECT tunnel") << true << "none" << int(NetworkLayer::None) << 200;
    QTest::newRow("http, 407") << false << "407" << int(NetworkLayer::Proxy) << 407;
    QTest::newRow("https, 407 offering NTLM and Negotiate") << true << "407" << int(NetworkLayer::Proxy) << 407;
    QTest::newRow("https, CONNECT denied 403") << true << "deny" << int(NetworkLayer::Proxy) << 403;
    QTest::newRow("https, proxy never answers CONNECT") << true << "stall" << int(NetworkLayer::Proxy) << 0;
    QTest::newRow("proxy port closed") << true << "closed" << int(NetworkLayer::Tcp) << 0;
    QTest::newRow("proxy name does not exist") << true << "nxdomain" << int(NetworkLayer::Dns) << 0;
}

void TestSocketConnectivity::throughProxy()
{
    QFETCH(bool, https);
    QFETCH(QString, proxyFault);
    QFETCH(int, layer);
    QFETCH(int, proxyStatus);
#ifndef MARS_HAVE_THROWAWAY_CA
    if (https && proxyFault == u"none")
        QSKIP("No ThrowawayCa in this build: it needs OpenSSL's libcrypto, which the Windows (MinGW) build does "
              "not have");
#endif
    using Scheme = ProxyBehaviour::Scheme;
    LoopbackHttpProxy proxy(proxyFault == u"407"
                                    ? ProxyBehaviour::requireAuth("u", "p", {Scheme::Ntlm, Scheme::Negotiate})
                            : proxyFault == u"deny"  ? ProxyBehaviour::deny(403)
                            : proxyFault == u"stall" ? ProxyBehaviour::stall()
                                                     : ProxyBehaviour::tunnel());
    QVERIFY(proxy.isListening());
    std::unique_ptr<LoopbackTlsServer> server =
            m_client.makeServer(https ? LoopbackTlsServer::Transport::Tls : LoopbackTlsServer::Transport::PlainHttp);
    // The plain target behind a proxy needs no certificate; a TLS one needs the CA.
    if (!server)
        server = std::make_unique<LoopbackTlsServer>();
    QVERIFY(server->isListening());
    QUrl url = server->url(QStringLiteral("/via-proxy"));
    if (https)
        url.setScheme(QStringLiteral("https"));
    NetworkRoute route{QStringLiteral("test-proxy"), QStringLiteral("proxy.test"), proxy.port()};
    if (proxyFault == u"closed")
        route.proxyPort = closedPort();
    if (proxyFault == u"nxdomain")
        route.proxyHost = QStringLiteral("nxdomain.test");
    QList<QSslCertificate> roots;
#ifdef MARS_HAVE_THROWAWAY_CA
    roots = {m_client.ca->root()};
#endif
    const ExchangeResult r = run(url, route, roots);
    QCOMPARE(int(r.failedLayer), layer);
    QCOMPARE(r.proxyStatus, proxyStatus);
    if (layer == int(NetworkLayer::None)) {
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(proxy.lastRequest().method(), QByteArray(https ? "CONNECT" : "GET"));
    }
    if (proxyFault == u"407") {
        QCOMPARE(r.proxyAuthSchemes, (QStringList{QStringLiteral("NTLM"), QStringLiteral("Negotiate")}));
        QCOMPARE(server->requestCount(), 0);
    }
    if (proxyFault == u"stall")
        QVERIFY(r.timedOut);
    // The proxy's address is what was resolved and connected to.
    if (layer != int(NetworkLayer::Dns))
        QCOMPARE(r.addresses, QStringList{QStringLiteral("127.0.0.1")});
}

void TestSocketConnectivity::osResolverFindsLocalhost()
{
    // The OS resolver, on a name the hosts file answers (no DNS traffic).
    LoopbackTlsServer server;
    QVERIFY(server.isListening());
    const ExchangeResult r = run(withHost(server.url(), QStringLiteral("localhost")));
    QCOMPARE(int(r.failedLayer), int(NetworkLayer::None));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(r.addresses.contains(QStringLiteral("127.0.0.1")) || r.addresses.contains(QStringLiteral("::1")),
             qPrintable(r.addresses.join(u", ")));
}

void TestSocketConnectivity::dateAndBodyAreRead()
{
    const QDateTime skewed = QDateTime::currentDateTimeUtc().addSecs(-7200);
    LoopbackTlsServer server(ServerBehaviour::ok200().withDate(skewed).withBody("Microsoft Connect Test"));
    QVERIFY(server.isListening());
    const ExchangeResult r = run(server.url(QStringLiteral("/connecttest.txt")));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.body, QByteArray("Microsoft Connect Test"));
    QVERIFY(r.serverDateUtc.isValid());
    QVERIFY(qAbs(r.serverDateUtc.secsTo(skewed)) <= 1);
    QCOMPARE(server.lastRequest().method(), QByteArray("GET"));
    QCOMPARE(server.lastRequest().target(), QByteArray("/connecttest.txt"));
}

void TestSocketConnectivity::stopEndsABlockedExchange()
{
    // A blackholed connect with a long deadline, stopped from another thread after 200 ms:
    // the exchange returns soon after, marked cancelled.
    BlackholePort blackhole;
    QVERIFY(blackhole.port() != 0);
    ExchangeRequest request;
    request.url = QUrl(QStringLiteral("http://backup.test:%1/").arg(blackhole.port()));
    request.timeout_ms = 60000;
    std::stop_source stop;
    std::thread stopper([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        stop.request_stop();
    });
    QElapsedTimer timer;
    timer.start();
    const Probed<ExchangeResult> r = m_probe.exchange(request, stop.get_token());
    const qint64 took = timer.elapsed();
    stopper.join();
    QVERIFY(r.ok());
    QVERIFY(r.value.cancelled);
    QCOMPARE(int(r.value.failedLayer), int(NetworkLayer::Tcp));
    QVERIFY2(took < 200 + kSlack_ms, qPrintable(QString::number(took)));
}

void TestSocketConnectivity::refusesWhatItCannotTry_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("proxyHost");
    QTest::newRow("ftp") << "ftp://backup.test/" << QString();
    QTest::newRow("no host") << "https:///path" << QString();
    QTest::newRow("proxy without a port") << "http://backup.test/"
                                          << "proxy.test";
}

void TestSocketConnectivity::refusesWhatItCannotTry()
{
    QFETCH(QString, url);
    QFETCH(QString, proxyHost);
    ExchangeRequest request;
    request.url = QUrl(url);
    request.route.proxyHost = proxyHost;
    const Probed<ExchangeResult> r = m_probe.exchange(request, std::stop_token());
    QCOMPARE(r.status, ProbeStatus::Failed);
    QVERIFY(!r.reason.isEmpty());
}

MARS_LOOPBACK_TEST_MAIN(TestSocketConnectivity)
#include "TestSocketConnectivity.moc"
