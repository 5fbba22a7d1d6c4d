// SPDX-License-Identifier: MIT
// ScenarioConnectivity: what the "network" section of a scenario makes an exchange answer,
// without any traffic (docs/scenario-schema.md, "network"); and what the "rootStore" section
// makes NetworkSettingsProbe::localMachineRoots answer.
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
    void rootStore_data();
    void rootStore();
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

namespace {
const QByteArray kG2 = "df3c24f9bfd666761b268073fe06d1cc8d4f82a4"; // DigiCert Global Root G2
const QByteArray kRsa = "73a5e64a3bff8316ff0edccc618a906e4eae4d74"; // Microsoft RSA Root CA 2017
const QByteArray kOther(40, '0');
} // namespace

void TestScenarioNetwork::rootStore_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QList<QByteArray>>("asked");
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<QByteArray>>("present");
    const QList<QByteArray> all{kG2, kRsa, kOther};
    const int ok = int(ProbeStatus::Ok);
    QTest::newRow("not described: every root asked is there") << QByteArray("{}") << all << ok << all;
    QTest::newRow("nothing asked") << QByteArray("{}") << QList<QByteArray>{} << ok << QList<QByteArray>{};
    QTest::newRow("absent: the rest is there")
            << QByteArray(R"({"rootStore": {"absent": ["DF3C24F9BFD666761B268073FE06D1CC8D4F82A4"]}})") << all << ok
            << QList<QByteArray>{kRsa, kOther};
    QTest::newRow("present: only those, in the order asked")
            << QByteArray(R"({"rootStore": {"present": ["73a5e64a3bff8316ff0edccc618a906e4eae4d74",
                 "df3c24f9bfd666761b268073fe06d1cc8d4f82a4"]}})")
            << all << ok << QList<QByteArray>{kG2, kRsa};
    QTest::newRow("present but empty: an empty store")
            << QByteArray(R"({"rootStore": {"present": []}})") << all << ok << QList<QByteArray>{};
    QTest::newRow("asked in capitals, answered in lower case")
            << QByteArray("{}") << QList<QByteArray>{kG2.toUpper()} << ok << QList<QByteArray>{kG2};
    QTest::newRow("store cannot be opened")
            << QByteArray(R"json({"rootStore": {"error": "Access is denied. (error 5)"}})json") << all
            << int(ProbeStatus::Failed) << QList<QByteArray>{};
    QTest::newRow("not a thumbprint") << QByteArray("{}") << QList<QByteArray>{"df3c24f9"} << int(ProbeStatus::Failed)
                                      << QList<QByteArray>{};
}

void TestScenarioNetwork::rootStore()
{
    QFETCH(QByteArray, patch);
    QFETCH(QList<QByteArray>, asked);
    QFETCH(int, status);
    QFETCH(QList<QByteArray>, present);
    const auto system = test::fromPatch(patch.constData());
    QVERIFY(system);
    const Probed<QList<QByteArray>> roots = system->network().localMachineRoots(asked);
    QCOMPARE(int(roots.status), status);
    QCOMPARE(roots.value, present);
    if (!roots.ok())
        QVERIFY(!roots.reason.isEmpty());
    if (patch.contains("error"))
        QCOMPARE(roots.reason, QStringLiteral("Access is denied. (error 5)"));
}

QTEST_GUILESS_MAIN(TestScenarioNetwork)
#include "TestScenarioNetwork.moc"
