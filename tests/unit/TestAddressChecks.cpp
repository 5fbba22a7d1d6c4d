// SPDX-License-Identifier: MIT
// C2 dns_resolution, C6 entra_ip_ranges and C9 private_endpoint_dns over a table of simulated
// name lookups (the scenario's "network" rules: addresses, NXDOMAIN, blocked TCP), through a
// direct route and through a SYSTEM proxy; and the address arithmetic they share.
#include "ScenarioTestData.h"
#include "catalog/common/AddressRanges.h"
#include "catalog/network/DnsResolutionCheck.h"
#include "catalog/network/EntraIpRangesCheck.h"
#include "catalog/network/PrivateEndpointDnsCheck.h"
#include "system/NativeSystem.h"

#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

std::shared_ptr<const Check> checkFor(const QString& id)
{
    if (id == DnsResolutionCheck::id())
        return std::make_shared<DnsResolutionCheck>();
    if (id == EntraIpRangesCheck::id())
        return std::make_shared<EntraIpRangesCheck>();
    return std::make_shared<PrivateEndpointDnsCheck>();
}

// The SYSTEM account's WinINet proxy: the agent's route becomes that proxy.
const char* const kSystemProxy =
        R"("registry": [{"hive": "HKU", "key": "S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings",
            "name": "ProxyEnable", "type": "REG_DWORD", "data": 1},
           {"hive": "HKU", "key": "S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings",
            "name": "ProxyServer", "type": "REG_SZ", "data": "proxy.contoso.com:8080"}])";

QByteArray network(const char* exchanges, bool viaProxy = false)
{
    return QByteArray("{") + (viaProxy ? QByteArray(kSystemProxy) + "," : QByteArray())
           + R"("network": {"exchanges": [)" + exchanges + "]}}";
}
} // namespace

class TestAddressChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranges_data();
    void ranges();
    void checks_data();
    void checks();
    void notWindows();
};

void TestAddressChecks::ranges_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<QString>("entraRange");
    QTest::newRow("10/8") << "10.1.2.3" << true << "";
    QTest::newRow("172.16/12 low") << "172.16.0.1" << true << "";
    QTest::newRow("172.32 is public") << "172.32.0.1" << false << "";
    QTest::newRow("192.168/16") << "192.168.10.4" << true << "";
    QTest::newRow("100.64/10") << "100.127.255.254" << true << "";
    QTest::newRow("100.128 is public") << "100.128.0.1" << false << "";
    QTest::newRow("ULA") << "fd12:3456::1" << true << "";
    QTest::newRow("global IPv6") << "2603:1006::1" << false << "";
    QTest::newRow("in 20.190.128.0/18") << "20.190.151.68" << false << "20.190.128.0/18";
    QTest::newRow("just past 20.190.191") << "20.190.192.1" << false << "";
    QTest::newRow("in 40.126.0.0/18") << "40.126.63.255" << false << "40.126.0.0/18";
    QTest::newRow("not an address") << "login.microsoftonline.com" << false << "";
}

void TestAddressChecks::ranges()
{
    QFETCH(QString, address);
    QFETCH(bool, isPrivate);
    QFETCH(QString, entraRange);
    const QHostAddress a(address);
    QCOMPARE(addressRanges::isPrivate(a), isPrivate);
    const QStringList entra{QStringLiteral("not a range"), QStringLiteral("20.190.128.0/18"),
                            QStringLiteral("40.126.0.0/18")};
    QCOMPARE(addressRanges::rangeHolding(a, entra), entraRange);
}

void TestAddressChecks::checks_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("mentions"); // in the summary

    const QString dns = DnsResolutionCheck::id();
    const QString ranges = EntraIpRangesCheck::id();
    const QString pe = PrivateEndpointDnsCheck::id();
    const char* const nxdomain = R"({"host": "login.microsoftonline.com", "failedLayer": "dns"})";
    const char* const ncsiNx = R"({"host": "www.msftncsi.com", "failedLayer": "dns"})";

    QTest::newRow("dns: healthy") << dns << QByteArray("{}") << Verdict::Pass
                                  << strings({"login.microsoftonline.com", "www.msftconnecttest.com"});
    QTest::newRow("dns: Entra NXDOMAIN") << dns << network(nxdomain) << Verdict::Fail
                                         << strings({"Name lookup", "login.microsoftonline.com", "does not exist"});
    QTest::newRow("dns: Entra no answer")
            << dns << network(R"({"host": "login.windows.net", "failedLayer": "dns", "timedOut": true})")
            << Verdict::Fail << strings({"login.windows.net", "did not answer"});
    QTest::newRow("dns: only NCSI fails")
            << dns << network(ncsiNx) << Verdict::Warning << strings({"www.msftncsi.com"});
    QTest::newRow("dns: Entra fails, agent uses a proxy")
            << dns << network(nxdomain, true) << Verdict::Pass << strings({"proxy", "login.microsoftonline.com"});
    QTest::newRow("dns: offline") << dns << QByteArray(R"({"network": {"offline": true}})") << Verdict::Fail
                                  << strings({"No name could be looked up"});

    QTest::newRow("ranges: inside, reachable")
            << ranges << network(R"({"host": "*", "addresses": ["20.190.151.68", "40.126.32.1"]})") << Verdict::Pass
            << strings({"reaches Entra ID"});
    QTest::newRow("ranges: outside, reachable")
            << ranges << QByteArray("{}") << Verdict::Pass << strings({"reaches Entra ID"});
    QTest::newRow("ranges: inside, blocked")
            << ranges
            << network(R"({"host": "login.microsoftonline.com", "addresses": ["20.190.151.68"], "failedLayer": "tcp", "timedOut": true})")
            << Verdict::Warning << strings({"20.190.151.68", "inside the documented range 20.190.128.0/18", "blocked"});
    QTest::newRow("ranges: outside, blocked")
            << ranges << network(R"({"host": "login.windows.net", "addresses": ["52.1.2.3"], "failedLayer": "tcp"})")
            << Verdict::Warning << strings({"52.1.2.3", "outside the documented ranges", "miss"});
    QTest::newRow("ranges: blocked after TLS is not a range problem")
            << ranges << network(R"({"host": "login.windows.net", "addresses": ["52.1.2.3"], "failedLayer": "tls"})")
            << Verdict::Pass << strings({});
    QTest::newRow("ranges: agent uses a proxy")
            << ranges << network(R"({"host": "login.windows.net", "failedLayer": "tcp"})", true)
            << Verdict::NotApplicable << strings({"proxy"});
    QTest::newRow("ranges: names do not resolve") << ranges << network(R"({"host": "*", "failedLayer": "dns"})")
                                                  << Verdict::NotApplicable << strings({"did not resolve"});

    QTest::newRow("pe: Entra public") << pe << QByteArray("{}") << Verdict::Pass << strings({"public"});
    QTest::newRow("pe: Entra private")
            << pe << network(R"({"host": "login.microsoftonline.com", "addresses": ["10.20.30.40"]})") << Verdict::Fail
            << strings({"login.microsoftonline.com", "10.20.30.40", "no private endpoint"});
    QTest::newRow("pe: Entra private, agent uses a proxy")
            << pe << network(R"({"host": "login.windows.net", "addresses": ["fd00::5"]})", true) << Verdict::Warning
            << strings({"login.windows.net", "fd00::5"});
    QTest::newRow("pe: nothing resolves") << pe << QByteArray(R"({"network": {"offline": true}})")
                                          << Verdict::NotApplicable << strings({"nothing to compare"});
}

void TestAddressChecks::checks()
{
    QFETCH(QString, checkId);
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, mentions);
    std::shared_ptr<SystemProbe> system = fromPatch(patch.constData());
    QVERIFY(system);
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    const Finding f = checkFor(checkId)->run(context);
    const QString where = verdictId(f.verdict) + QStringLiteral(": ") + f.summary + QLatin1Char('\n') + f.detail;
    QCOMPARE(f.checkId, checkId);
    QVERIFY2(f.verdict == verdict, qPrintable(where));
    for (const QString& word : mentions)
        QVERIFY2(f.summary.contains(word, Qt::CaseInsensitive), qPrintable(word + QStringLiteral(" | ") + where));
    if (verdictNeedsAttention(f.verdict))
        QVERIFY2(!f.remedy.isEmpty(), qPrintable(where));
    if (f.verdict != Verdict::NotApplicable)
        QVERIFY2(!f.evidence.isEmpty(), qPrintable(where)); // every name and its addresses, for second line
}

void TestAddressChecks::notWindows()
{
    for (const QString& id : {DnsResolutionCheck::id(), EntraIpRangesCheck::id(), PrivateEndpointDnsCheck::id()}) {
        CheckContext context;
        context.env.system = std::shared_ptr<SystemProbe>(createNativeSystem({}));
        const CheckInfo info = checkFor(id)->info();
        QCOMPARE(info.id, id);
        QVERIFY(info.phases == Phases(Phase::Register));
        QVERIFY(!info.docUrl.isEmpty());
#ifndef Q_OS_WIN
        QCOMPARE(checkFor(id)->run(context).verdict, Verdict::NotApplicable);
#endif
    }
}

QTEST_GUILESS_MAIN(TestAddressChecks)
#include "TestAddressChecks.moc"
