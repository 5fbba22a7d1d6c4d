// SPDX-License-Identifier: MIT
// ScenarioConnectivity: what the "network" section of a scenario makes an exchange answer,
// without any traffic (docs/scenario-schema.md, "network").
#include "ScenarioTestData.h"
#include "system/ScenarioSystem.h"

#include <QTest>

using namespace mars;

namespace {
ExchangeResult ask(const SystemProbe& system, const QString& url, const NetworkRoute& route = {})
{
    ExchangeRequest request;
    request.url = QUrl(url);
    request.route = route;
    request.timeout_ms = 5000;
    const Probed<ExchangeResult> r = system.connectivity().exchange(request, std::stop_token());
    [&] { QVERIFY2(r.ok(), qPrintable(r.reason)); }();
    return r.value;
}

const NetworkRoute kOldProxy{QStringLiteral("winhttp"), QStringLiteral("proxy-old.contoso.invalid"), 8080};
} // namespace

class TestScenarioNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutNetworkSectionEveryExchangeAnswers();
    void azureClockIsTheTrueOne();
    void rulesMatchHostThenWildcard();
    void proxyRulesWinForTheirRoute();
    void offlineFailsEveryLookup();
    void refusesWhatItCannotTry();
};

void TestScenarioNetwork::withoutNetworkSectionEveryExchangeAnswers()
{
    const auto system = test::fromPatch("{}");
    const ExchangeResult https = ask(*system, QStringLiteral("https://login.microsoftonline.com/"));
    QCOMPARE(int(https.failedLayer), int(NetworkLayer::None));
    QCOMPARE(https.httpStatus, 200);
    QCOMPARE(https.tlsProtocol, QStringLiteral("TLS 1.2"));
    QCOMPARE(https.rootSha1, QByteArray("df3c24f9bfd666761b268073fe06d1cc8d4f82a4"));
    const ExchangeResult ncsi = ask(*system, QStringLiteral("http://www.msftncsi.com/ncsi.txt"));
    QCOMPARE(ncsi.body, QByteArray("Microsoft NCSI"));
    QVERIFY(ncsi.rootSha1.isEmpty()); // plain http: no TLS
    QCOMPARE(ask(*system, QStringLiteral("http://www.msftconnecttest.com/connecttest.txt")).body,
             QByteArray("Microsoft Connect Test"));
}

void TestScenarioNetwork::azureClockIsTheTrueOne()
{
    // The machine's clock runs 900 s ahead; the Date header is the true time.
    const auto system = test::fromPatch(R"({"clock": {"skewSeconds": 900}})");
    const ExchangeResult r = ask(*system, QStringLiteral("https://login.microsoftonline.com/"));
    const Probed<ClockInfo> clock = system->machine().clock();
    QVERIFY(clock.ok());
    QVERIFY(qAbs(r.serverDateUtc.secsTo(clock.value.utcNow) - 900) <= 2);
}

void TestScenarioNetwork::rulesMatchHostThenWildcard()
{
    const auto system = test::fromPatch(R"({"network": {"exchanges": [
        {"host": "*", "failedLayer": "tcp", "timedOut": true},
        {"host": "LOGIN.microsoftonline.com", "rootName": "Contoso Inspection CA",
         "rootSha1": "0123456789abcdef0123456789abcdef01234567"},
        {"host": "status.test", "httpStatus": 503, "server": "BigIP"}]}})");
    const ExchangeResult login = ask(*system, QStringLiteral("https://login.microsoftonline.com/"));
    QCOMPARE(login.httpStatus, 200);
    QCOMPARE(login.rootName, QStringLiteral("Contoso Inspection CA"));
    const ExchangeResult other = ask(*system, QStringLiteral("https://other.example/"));
    QCOMPARE(int(other.failedLayer), int(NetworkLayer::Tcp));
    QVERIFY(other.timedOut);
    QCOMPARE(other.elapsed_ms, 5000); // a time-out takes the whole deadline
    QVERIFY(!other.failure.isEmpty());
    const ExchangeResult status = ask(*system, QStringLiteral("https://status.test/"));
    QCOMPARE(status.httpStatus, 503);
    QCOMPARE(status.server, QByteArray("BigIP"));
}

void TestScenarioNetwork::proxyRulesWinForTheirRoute()
{
    const auto system = test::fromPatch(R"({"network": {"exchanges": [
        {"proxy": "proxy-old.contoso.invalid:8080", "failedLayer": "dns"},
        {"proxy": "proxy.test:3128", "failedLayer": "proxy", "proxyStatus": 407, "proxyAuthSchemes": ["NTLM"]}]}})");
    QCOMPARE(int(ask(*system, QStringLiteral("https://login.microsoftonline.com/"), kOldProxy).failedLayer),
             int(NetworkLayer::Dns));
    const ExchangeResult auth = ask(*system, QStringLiteral("https://login.microsoftonline.com/"),
                                    {QStringLiteral("cli"), QStringLiteral("proxy.test"), 3128});
    QCOMPARE(auth.proxyStatus, 407);
    QCOMPARE(auth.proxyAuthSchemes, QStringList{QStringLiteral("NTLM")});
    // Directly, the same host answers.
    QCOMPARE(ask(*system, QStringLiteral("https://login.microsoftonline.com/")).httpStatus, 200);
}

void TestScenarioNetwork::offlineFailsEveryLookup()
{
    const auto system = test::fromPatch(R"({"network": {"offline": true}})");
    const ExchangeResult r = ask(*system, QStringLiteral("https://login.microsoftonline.com/"));
    QCOMPARE(int(r.failedLayer), int(NetworkLayer::Dns));
    QVERIFY(r.failure.contains(QStringLiteral("no network connection")));
}

void TestScenarioNetwork::refusesWhatItCannotTry()
{
    const auto system = test::fromPatch("{}");
    ExchangeRequest request;
    request.url = QUrl(QStringLiteral("ftp://login.microsoftonline.com/"));
    QCOMPARE(system->connectivity().exchange(request, std::stop_token()).status, ProbeStatus::Failed);
}

QTEST_GUILESS_MAIN(TestScenarioNetwork)
#include "TestScenarioNetwork.moc"
