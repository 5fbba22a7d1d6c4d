// SPDX-License-Identifier: MIT
// C1 proxy_config_system_context over a table of simulated proxy settings: every route named,
// mismatches between the SYSTEM account, the signed-in user and WinHTTP as warnings naming both,
// a configuration script, credentials redacted everywhere, unreadable settings as Error, and
// NotApplicable off Windows.
#include "ScenarioTestData.h"
#include "catalog/network/ProxyConfigCheck.h"
#include "system/NativeSystem.h"

#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
// QT_NO_CAST_FROM_ASCII: the expected texts of the tables, as a QStringList.
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}
QByteArray reg(const char* hive, const char* key, const char* name, const char* type, const char* data,
               bool denied = false)
{
    return QByteArray(R"({"hive": ")") + hive + R"(", "key": ")" + key + R"(", "name": ")" + name + R"(", "type": ")"
           + type + R"(", "data": )" + data + (denied ? ", \"readDenied\": true}" : "}");
}
const char* const kSys = R"(S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)";
const char* const kUser = R"(Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)";

Finding run(const std::shared_ptr<SystemProbe>& system)
{
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    return ProxyConfigCheck().run(context);
}

QString everything(const Finding& f)
{
    QString text = f.summary + QLatin1Char('\n') + f.detail + QLatin1Char('\n') + f.remedy;
    for (const Evidence& e : f.evidence)
        text += QLatin1Char('\n') + e.label + QStringLiteral(" = ") + e.value;
    return text;
}
} // namespace

class TestNetworkChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void proxyConfig_data();
    void proxyConfig();
    void notWindows();
    void info();
};

void TestNetworkChecks::proxyConfig_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("mentions"); // in the summary
    QTest::addColumn<QStringList>("detailMentions");

    const QByteArray sysProxy = reg("HKU", kSys, "ProxyEnable", "REG_DWORD", "1") + ","
                                + reg("HKU", kSys, "ProxyServer", "REG_SZ", "\"proxy-old.contoso.invalid:8080\"");
    const QByteArray userProxy = reg("HKCU", kUser, "ProxyEnable", "REG_DWORD", "1") + ","
                                 + reg("HKCU", kUser, "ProxyServer", "REG_SZ", "\"proxy.contoso.com:3128\"");

    QTest::newRow("nothing set: all direct")
            << QByteArray("{}") << Verdict::Pass << strings({"direct"})
            << strings({"SYSTEM account (WinINet): direct", "WinHTTP: direct", "Get-OBMachineSetting",
                        "Routes the network checks probe: direct"});
    QTest::newRow("same proxy everywhere")
            << "{\"registry\": [" + sysProxy + "," + reg("HKCU", kUser, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKCU", kUser, "ProxyServer", "REG_SZ", "\"PROXY-OLD.contoso.invalid:8080\"") + ","
                       + reg("HKU", R"(.DEFAULT\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)",
                             "ProxyEnable", "REG_DWORD", "1")
                       + ","
                       + reg("HKU", R"(.DEFAULT\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)",
                             "ProxyServer", "REG_SZ", "\"proxy-old.contoso.invalid:8080\"")
                       + R"(], "winHttpProxy": {"direct": false, "proxyServer": "proxy-old.contoso.invalid:8080"}})"
            << Verdict::Pass << strings({"proxy proxy-old.contoso.invalid:8080"})
            << strings({"system-wininet+winhttp+default-wininet+user-wininet (proxy-old.contoso.invalid:8080)"});
    QTest::newRow("user has a proxy, SYSTEM none")
            << "{\"registry\": [" + userProxy + "]}" << Verdict::Warning
            << strings({"SYSTEM account", "direct", "proxy proxy.contoso.com:3128", "browser"})
            << strings({"Signed-in user (WinINet): proxy proxy.contoso.com:3128"});
    QTest::newRow("SYSTEM stale, WinHTTP direct")
            << "{\"registry\": [" + sysProxy + "]}" << Verdict::Warning
            << strings({"proxy proxy-old.contoso.invalid:8080", "direct"})
            << strings({"SYSTEM account (WinINet): proxy proxy-old.contoso.invalid:8080", "WinHTTP: direct"});
    QTest::newRow("SYSTEM and user agree, WinHTTP differs")
            << "{\"registry\": [" + sysProxy + "," + reg("HKCU", kUser, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKCU", kUser, "ProxyServer", "REG_SZ", "\"proxy-old.contoso.invalid:8080\"")
                       + R"(], "winHttpProxy": {"direct": false, "proxyServer": "http=x:1;https=winhttp.contoso.com:8443"}})"
            << Verdict::Warning
            << strings({"WinHTTP", "proxy winhttp.contoso.com:8443", "proxy-old.contoso.invalid:8080"})
            << strings({"WinHTTP: proxy winhttp.contoso.com:8443",
                        "system-wininet+user-wininet (proxy-old.contoso.invalid:8080), winhttp "
                        "(winhttp.contoso.com:8443), direct"});
    QTest::newRow("configuration script")
            << "{\"registry\": ["
                       + reg("HKU", kSys, "AutoConfigURL", "REG_SZ", "\"http://wpad.contoso.invalid/proxy.pac\"") + ","
                       + reg("HKCU", kUser, "AutoConfigURL", "REG_SZ", "\"http://wpad.contoso.invalid/proxy.pac\"")
                       + "]}"
            << Verdict::Warning << strings({"configuration script", "http://wpad.contoso.invalid/proxy.pac"})
            << strings({"system-pac+user-pac (http://wpad.contoso.invalid/proxy.pac)"});
    QTest::newRow("unusable proxy setting")
            << "{\"registry\": [" + reg("HKU", kSys, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKU", kSys, "ProxyServer", "REG_SZ", "\"proxy:80a\"") + "]}"
            << Verdict::Warning << strings({"cannot use", "\"proxy:80a\"", "80a\" is not a number"}) << strings({});
    QTest::newRow("connections blob decoded")
            << "{\"registry\": ["
                       + reg("HKU",
                             R"(S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections)",
                             "DefaultConnectionSettings", "REG_BINARY", "\"46 00 00 00 02 00 00 00 09 00 00 00\"")
                       + "]}"
            << Verdict::Pass << strings({}) << strings({});
    QTest::newRow("credentials in ProxyServer")
            << "{\"registry\": [" + reg("HKU", kSys, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKU", kSys, "ProxyServer", "REG_SZ", "\"backupsvc:s3cret!@proxy.contoso.com:8080\"") + ","
                       + reg("HKCU", kUser, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKCU", kUser, "ProxyServer", "REG_SZ", "\"http://bob:s3cret2@other:1\"")
                       + R"(], "winHttpProxy": {"direct": false, "proxyServer": "carol:s3cret3@proxy.contoso.com:8080"}})"
            << Verdict::Warning << strings({"password"}) << strings({"proxy.contoso.com:8080"});
    QTest::newRow("SYSTEM settings unreadable")
            << "{\"registry\": [" + reg("HKU", kSys, "ProxyServer", "REG_SZ", "\"p:1\"", true) + "]}" << Verdict::Error
            << strings({"SYSTEM account", "could not be read"}) << strings({"access denied"});
}

void TestNetworkChecks::proxyConfig()
{
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, detailMentions);
    std::shared_ptr<SystemProbe> system = fromPatch(patch.constData());
    QVERIFY(system);
    const Finding f = run(system);
    const QString context = verdictId(f.verdict) + QStringLiteral(": ") + f.summary + QLatin1Char('\n') + f.detail;
    QCOMPARE(f.checkId, ProxyConfigCheck::id());
    QVERIFY2(f.verdict == verdict, qPrintable(context));
    for (const QString& word : mentions)
        QVERIFY2(f.summary.contains(word, Qt::CaseInsensitive), qPrintable(word + QStringLiteral(" | ") + context));
    for (const QString& word : detailMentions)
        QVERIFY2(f.detail.contains(word, Qt::CaseInsensitive), qPrintable(word + QStringLiteral(" | ") + context));
    if (verdictNeedsAttention(f.verdict))
        QVERIFY2(!f.remedy.isEmpty(), qPrintable(context));
    QVERIFY(!f.evidenceValue(QStringLiteral("winhttp")).isEmpty());
    QVERIFY(!f.evidenceValue(QStringLiteral("routes")).isEmpty());
    // Proxy passwords never reach the summary, the detail, the remedy or the evidence.
    QVERIFY2(!everything(f).contains(QLatin1String("s3cret")), qPrintable(everything(f)));
    if (qstrcmp(QTest::currentDataTag(), "connections blob decoded") == 0)
        QCOMPARE(f.evidenceValue(QStringLiteral("system_connection_settings")),
                 QStringLiteral("flags 0x09: automatically detect settings (WPAD) (12 bytes)"));
}

void TestNetworkChecks::notWindows()
{
    const Finding f = run(std::shared_ptr<SystemProbe>(createNativeSystem({})));
#ifdef Q_OS_WIN
    QVERIFY(f.verdict != Verdict::NotApplicable);
#else
    QCOMPARE(f.verdict, Verdict::NotApplicable);
#endif
}

void TestNetworkChecks::info()
{
    const CheckInfo info = ProxyConfigCheck().info();
    QCOMPARE(info.id, QStringLiteral("proxy_config_system_context"));
    QCOMPARE(info.catalogRef, QStringLiteral("C1"));
    QVERIFY(info.phases == Phases(Phase::Register));
    QVERIFY(!info.docUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkChecks)
#include "TestNetworkChecks.moc"
