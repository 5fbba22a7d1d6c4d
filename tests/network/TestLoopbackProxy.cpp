// SPDX-License-Identifier: MIT
// Proves LoopbackHttpProxy with real clients: forwarding and CONNECT tunnels to the loopback
// server, Basic 407, the schemes it offers, refusing every non-loopback target before any
// lookup, and its faults. Every wait is bounded by the test.
#include "LoopbackClient.h"

#include <QAuthenticator>
#include <QSslSocket>
#include <QTest>
#include <QThread>

using namespace mars::test;

class TestLoopbackProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

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
    LoopbackClient m_client;
};

void TestLoopbackProxy::initTestCase()
{
    m_client.setUpCertificates();
}

void TestLoopbackProxy::init()
{
    m_client.startManager();
}

void TestLoopbackProxy::cleanup()
{
    m_client.stopManager();
}

// --- Proxy -------------------------------------------------------------------------------------

void TestLoopbackProxy::proxyForwards_data()
{
    QTest::addColumn<LoopbackTlsServer::Transport>("transport");
    QTest::addColumn<QByteArray>("expectedMethod");
    QTest::newRow("https: CONNECT tunnel") << LoopbackTlsServer::Transport::Tls << QByteArray("CONNECT");
    QTest::newRow("http: absolute-URI GET") << LoopbackTlsServer::Transport::PlainHttp << QByteArray("GET");
}

void TestLoopbackProxy::proxyForwards()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(QByteArray, expectedMethod);
    MARS_REQUIRE_TLS_FOR(transport);

    const auto server = m_client.makeServer(transport, ServerBehaviour::ok200().withServerHeader("behind-the-proxy"));
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    LoopbackHttpProxy proxy;
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));
    m_client.manager->setProxy(proxy.networkProxy());

    QNetworkReply* reply = m_client.get(server->url(QStringLiteral("/via-proxy")));
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

void TestLoopbackProxy::proxyRequiresBasicAuth_data()
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

void TestLoopbackProxy::proxyRequiresBasicAuth()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(QString, password);
    QFETCH(QNetworkReply::NetworkError, expectedError);
    MARS_REQUIRE_TLS_FOR(transport);

    const auto server = m_client.makeServer(transport);
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    LoopbackHttpProxy proxy(ProxyBehaviour::requireAuth("alice", "s3cret-Pa55"));
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));
    m_client.manager->setProxy(proxy.networkProxy());
    int challenges = 0;
    connect(m_client.manager.get(), &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [&](const QNetworkProxy&, QAuthenticator* authenticator) {
                ++challenges;
                QCOMPARE(authenticator->realm(), QString::fromLatin1(ProxyBehaviour::realm()));
                if (challenges == 1) { // a second challenge means the answer was wrong: give up
                    authenticator->setUser(QStringLiteral("alice"));
                    authenticator->setPassword(password);
                }
            });

    QNetworkReply* reply = m_client.get(server->url());
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

void TestLoopbackProxy::proxyOffersSchemes_data()
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

void TestLoopbackProxy::proxyOffersSchemes()
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

void TestLoopbackProxy::proxyRefusesNonLoopbackTargets_data()
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

void TestLoopbackProxy::proxyRefusesNonLoopbackTargets()
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

void TestLoopbackProxy::proxyFaults_data()
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

void TestLoopbackProxy::proxyFaults()
{
    QFETCH(LoopbackTlsServer::Transport, transport);
    QFETCH(ProxyBehaviour, behaviour);
    QFETCH(QList<QNetworkReply::NetworkError>, expectedErrors);
    QFETCH(int, minimum_ms);
    MARS_REQUIRE_TLS_FOR(transport);
    if (behaviour.kind() == ProxyBehaviour::Kind::Reset && runsUnderWine())
        QSKIP(wineResetGap);

    const auto server = m_client.makeServer(transport);
    QVERIFY2(server->isListening(), qPrintable(server->errorString()));
    LoopbackHttpProxy proxy(behaviour);
    QVERIFY2(proxy.isListening(), qPrintable(proxy.errorString()));
    m_client.manager->setProxy(proxy.networkProxy());

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_client.get(server->url(), stall_ms);
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

MARS_LOOPBACK_TEST_MAIN(TestLoopbackProxy)
#include "TestLoopbackProxy.moc"
