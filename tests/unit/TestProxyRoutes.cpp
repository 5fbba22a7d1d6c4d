// SPDX-License-Identifier: MIT
// The proxy routes the agent may use (catalog/common/ProxyRoutes): the ProxyServer parser over
// the documented formats (data-driven), credentials redacted, and the routes derived from a
// simulated machine's settings: deduplicated by host:port with every source named, "direct"
// always last, the lab's --proxy merged, and the settings read once per run (facts cache).
#include "ScenarioTestData.h"
#include "catalog/common/ProxyRoutes.h"
#include "engine/CheckContext.h"

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
const char* const kSystemKey = R"(S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)";

QList<ProxyRoute> routesOf(const char* patch)
{
    const auto system = fromPatch(patch);
    if (!system)
        return {};
    return ProxyRoutes::derive(ProxySettings::read(*system));
}

QStringList names(const QList<ProxyRoute>& routes)
{
    QStringList result;
    for (const ProxyRoute& r : routes)
        result.append(r.name);
    return result;
}
} // namespace

class TestProxyRoutes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseProxyServer_data();
    void parseProxyServer();
    void redaction_data();
    void redaction();
    void routes_data();
    void routes();
    void cliProxy();
    void readOncePerRun();
};

void TestProxyRoutes::parseProxyServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("scheme"); // the request's scheme
    QTest::addColumn<QString>("picked"); // host:port, "" = no entry (direct), "!" = entry unusable
    QTest::addColumn<bool>("credentials");

    const auto row = [](const char* name, const char* text, const char* scheme, const char* picked,
                        bool creds = false) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(scheme) << QString::fromUtf8(picked)
                            << creds;
    };
    row("host:port", "proxy-old.contoso.invalid:8080", "https", "proxy-old.contoso.invalid:8080");
    row("with scheme", "http://proxy:3128", "https", "proxy:3128");
    row("trailing slash", "http://proxy:3128/", "https", "proxy:3128");
    row("no port", "proxy", "https", "proxy:80");
    row("https scheme, no port", "https://proxy", "https", "proxy:443");
    row("per scheme, https", "http=web:80;https=secure:443", "https", "secure:443");
    row("per scheme, http", "http=web:80;https=secure:443", "http", "web:80");
    row("per scheme with scheme://", "https=http://secure:8443", "https", "secure:8443");
    row("whitespace separated", "http=web:80 https=secure:443", "https", "secure:443");
    row("plain beside others", "ftp=f:21;p:8080", "https", "p:8080");
    row("https= wins over plain", "p:8080;https=s:9443", "https", "s:9443");
    row("only http=: https goes direct", "http=web:80", "https", "");
    row("socks is never picked", "socks=s:1080", "https", "");
    row("upper-case scheme prefix", "HTTPS=Secure:443", "https", "Secure:443");
    row("ipv6", "[2001:db8::1]:8080", "https", "[2001:db8::1]:8080");
    row("credentials dropped", "alice:s3cret@proxy:8080", "https", "proxy:8080", true);
    row("credentials with @ in password", "http://alice:p@ss@proxy:8080", "https", "proxy:8080", true);
    row("bad port", "proxy:80a", "https", "!");
    row("port zero", "proxy:0", "https", "!");
    row("port too large", "proxy:65536", "https", "!");
    row("ipv6 without brackets", "2001:db8::1:8080", "https", "!");
    row("path", "http://proxy:8080/x", "https", "!");
    row("empty", "", "https", "");
    row("only separators", " ; ", "https", "");
}

void TestProxyRoutes::parseProxyServer()
{
    QFETCH(QString, text);
    QFETCH(QString, scheme);
    QFETCH(QString, picked);
    QFETCH(bool, credentials);
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(text);
    const ProxyServerEntry* entry = ProxyServerString::pick(entries, scheme);
    if (picked.isEmpty()) {
        QVERIFY(!entry);
        return;
    }
    QVERIFY(entry);
    if (picked == QLatin1String("!")) {
        QVERIFY2(!entry->valid(), qPrintable(entry->hostPort()));
        QVERIFY(!entry->problem.isEmpty());
        return;
    }
    QVERIFY2(entry->valid(), qPrintable(entry->problem));
    QCOMPARE(entry->hostPort(), picked);
    QCOMPARE(entry->hasCredentials, credentials);
    QVERIFY(!entry->host.contains(QLatin1String("s3cret")) && !entry->host.contains(QLatin1Char('@')));
}

void TestProxyRoutes::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing to hide") << "proxy:8080"
                                     << "proxy:8080";
    QTest::newRow("user and password") << "alice:s3cret@proxy:8080"
                                       << "alice:[REDACTED]@proxy:8080";
    QTest::newRow("with scheme") << "http://alice:s3cret@proxy:8080"
                                 << "http://alice:[REDACTED]@proxy:8080";
    QTest::newRow("@ in password") << "alice:p@ss@proxy:8080"
                                   << "alice:[REDACTED]@proxy:8080";
    QTest::newRow("token only") << "t0ken@proxy:8080"
                                << "[REDACTED]@proxy:8080";
    QTest::newRow("per scheme") << "http=bob:pw1@web:80;https=http://carol:pw2@secure:443"
                                << "http=bob:[REDACTED]@web:80;https=http://carol:[REDACTED]@secure:443";
}

void TestProxyRoutes::redaction()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ProxyServerString::redacted(text), expected);
}

void TestProxyRoutes::routes_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("hosts"); // hostPort or pacUrl per route, "" for direct

    const QByteArray sys = kSystemKey;
    const auto reg = [&](const char* hive, const QByteArray& key, const char* name, const char* type,
                         const QByteArray& data) -> QByteArray {
        return QByteArray(R"({"hive": ")") + hive + R"(", "key": ")" + key + R"(", "name": ")" + name
               + R"(", "type": ")" + type + R"(", "data": )" + data + "}";
    };
    const QByteArray userKey = R"(Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)";
    const QByteArray defaultKey = R"(.DEFAULT\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)";

    QTest::newRow("nothing set: direct only") << QByteArray("{}") << strings({"direct"}) << strings({""});
    QTest::newRow("SYSTEM and WinHTTP the same proxy: one route, both named")
            << "{\"registry\": [" + reg("HKU", sys, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKU", sys, "ProxyServer", "REG_SZ", "\"Proxy-Old.contoso.invalid:8080\"")
                       + R"(], "winHttpProxy": {"direct": false, "proxyServer": "http://proxy-old.contoso.invalid:8080"}})"
            << strings({"system-wininet+winhttp", "direct"}) << strings({"Proxy-Old.contoso.invalid:8080", ""});
    QTest::newRow("user proxy, SYSTEM direct")
            << "{\"registry\": [" + reg("HKCU", userKey, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKCU", userKey, "ProxyServer", "REG_SZ", "\"http=u:80;https=userproxy:3128\"") + "]}"
            << strings({"user-wininet", "direct"}) << strings({"userproxy:3128", ""});
    QTest::newRow("three different: SYSTEM, WinHTTP, .DEFAULT")
            << "{\"registry\": [" + reg("HKU", sys, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKU", sys, "ProxyServer", "REG_SZ", "\"a:1\"") + ","
                       + reg("HKU", defaultKey, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKU", defaultKey, "ProxyServer", "REG_SZ", "\"c:3\"")
                       + R"(], "winHttpProxy": {"direct": false, "proxyServer": "b:2"}})"
            << strings({"system-wininet", "winhttp", "default-wininet", "direct"})
            << strings({"a:1", "b:2", "c:3", ""});
    QTest::newRow("proxy off: ProxyServer left behind is not a route")
            << "{\"registry\": [" + reg("HKU", sys, "ProxyEnable", "REG_DWORD", "0") + ","
                       + reg("HKU", sys, "ProxyServer", "REG_SZ", "\"stale:8080\"") + "]}"
            << strings({"direct"}) << strings({""});
    QTest::newRow("configuration script and a fallback proxy")
            << "{\"registry\": ["
                       + reg("HKU", sys, "AutoConfigURL", "REG_SZ", "\"http://wpad.contoso.invalid/proxy.pac\"") + ","
                       + reg("HKU", sys, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKU", sys, "ProxyServer", "REG_SZ", "\"p:8080\"") + "]}"
            << strings({"system-pac", "system-wininet", "direct"})
            << strings({"http://wpad.contoso.invalid/proxy.pac", "p:8080", ""});
    QTest::newRow("credentials never reach the route")
            << "{\"registry\": [" + reg("HKU", sys, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKU", sys, "ProxyServer", "REG_SZ", "\"alice:s3cret@p:8080\"") + "]}"
            << strings({"system-wininet", "direct"}) << strings({"p:8080", ""});
    QTest::newRow("unusable setting adds no route")
            << "{\"registry\": [" + reg("HKU", sys, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKU", sys, "ProxyServer", "REG_SZ", "\"p:notaport\"") + "]}"
            << strings({"direct"}) << strings({""});
    QTest::newRow("per-machine policy: HKLM settings for everyone")
            << "{\"registry\": ["
                       + reg("HKLM", R"(SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)",
                             "ProxySettingsPerUser", "REG_DWORD", "0")
                       + ","
                       + reg("HKLM", R"(SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)",
                             "ProxyEnable", "REG_DWORD", "1")
                       + ","
                       + reg("HKLM", R"(SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings)",
                             "ProxyServer", "REG_SZ", "\"m:8080\"")
                       + "," + reg("HKCU", userKey, "ProxyEnable", "REG_DWORD", "1") + ","
                       + reg("HKCU", userKey, "ProxyServer", "REG_SZ", "\"ignored:1\"")
                       + R"(], "winHttpProxy": {"direct": false, "proxyServer": "m:8080"}})"
            << strings({"machine-wininet+winhttp", "direct"}) << strings({"m:8080", ""});
}

void TestProxyRoutes::routes()
{
    QFETCH(QByteArray, patch);
    QFETCH(QStringList, names);
    QFETCH(QStringList, hosts);
    const QList<ProxyRoute> routes = routesOf(patch.constData());
    QCOMPARE(::names(routes), names);
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const ProxyRoute& r = routes.at(i);
        QCOMPARE(r.direct, hosts.at(i).isEmpty());
        QCOMPARE(r.direct ? QString() : (r.pacUrl.isEmpty() ? r.hostPort() : r.pacUrl), hosts.at(i));
        QVERIFY(!r.label.isEmpty());
        QVERIFY(!r.source.isEmpty());
        QVERIFY2(!r.source.contains(QLatin1String("s3cret")), qPrintable(r.source));
    }
    QVERIFY(routes.last().direct);
    // A merged route names every place it was read.
    if (names.first().contains(QLatin1Char('+'))) {
        QVERIFY2(routes.first().source.contains(QLatin1String("WinHTTP")), qPrintable(routes.first().source));
        QVERIFY2(routes.first().source.contains(QLatin1String("WinINet")), qPrintable(routes.first().source));
    }
}

void TestProxyRoutes::cliProxy()
{
    QList<ProxyRoute> routes =
            routesOf(R"({"winHttpProxy": {"direct": false, "proxyServer": "p:8080", "bypassList": "<local>"}})");
    QCOMPARE(names(routes), (strings({"winhttp", "direct"})));
    QCOMPARE(routes.first().bypass, QStringList{QStringLiteral("<local>")});
    QString error;
    QVERIFY2(ProxyRoutes::withCliProxy(&routes, QStringLiteral("http://lab:3128"), &error), qPrintable(error));
    QCOMPARE(names(routes), (strings({"winhttp", "cli", "direct"})));
    QVERIFY(ProxyRoutes::withCliProxy(&routes, QStringLiteral("http://P:8080"), &error));
    QCOMPARE(names(routes), (strings({"winhttp+cli", "cli", "direct"})));

    QList<ProxyRoute> untouched = routes;
    QVERIFY(!ProxyRoutes::withCliProxy(&untouched, QStringLiteral("http://lab:99999"), &error));
    QVERIFY2(error.contains(QLatin1String("65535")), qPrintable(error));
    QVERIFY(!ProxyRoutes::withCliProxy(&untouched, QStringLiteral("socks5://lab:1080"), &error));
    QVERIFY(!ProxyRoutes::withCliProxy(&untouched, QStringLiteral("a:1;b:2"), &error));
    QVERIFY(!ProxyRoutes::withCliProxy(&untouched, QStringLiteral("http://u:s3cret@lab:x"), &error));
    QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
    QCOMPARE(names(untouched), names(routes));
}

void TestProxyRoutes::readOncePerRun()
{
    std::shared_ptr<SystemProbe> system = fromPatch(R"({"winHttpProxy": {"direct": false, "proxyServer": "p:8080"}})");
    QVERIFY(system);
    CheckContext context;
    context.env.system = system;
    const auto first = ProxyRoutes::obtain(context);
    const auto second = ProxyRoutes::obtain(context);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(context.facts().computedCount(), 1);
    QCOMPARE(ProxyRoutes::derive(second.value).first().hostPort(), QStringLiteral("p:8080"));
    const auto routes = ProxyRoutes::forRun(context);
    QVERIFY(routes.ok());
    QCOMPARE(names(routes.value), strings({"winhttp", "direct"}));
    QCOMPARE(context.facts().computedCount(), 1); // still the one read
}

QTEST_GUILESS_MAIN(TestProxyRoutes)
#include "TestProxyRoutes.moc"
