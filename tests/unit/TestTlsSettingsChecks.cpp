// SPDX-License-Identifier: MIT
// D1 schannel_tls12_client and D2 dotnet_strong_crypto over tables of registry values and Windows
// versions (patched minimal scenarios), and when the Windows version or a value cannot be read.
// The rules follow "Transport Layer Security in Azure Backup" (ms.date 09/20/2022) and KB4022913
// (checks/catalog/tls/TlsRegistry.h).
#include "InstallCheckTestSupport.h"
#include "catalog/common/DocLinks.h"
#include "catalog/tls/DotNetStrongCryptoCheck.h"
#include "catalog/tls/EnableTls12Fix.h"
#include "catalog/tls/SchannelTls12Check.h"

#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
const char* const kTls12 =
        R"(SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client)";
const char* const kTls10 =
        R"(SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client)";
const char* const kNet = R"(SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319)";

constexpr qint64 kAbsent = -1; // no value
constexpr qint64 kText = -2; // a REG_SZ "1" instead of a number

// One HKLM value of a scenario; nothing for kAbsent.
QByteArrayList value(const char* key, const char* name, qint64 data, const char* view = "64")
{
    if (data == kAbsent)
        return {};
    const QByteArray typed = data == kText ? QByteArray(R"("type": "REG_SZ", "data": "1")")
                                           : R"("type": "REG_DWORD", "data": )" + QByteArray::number(data);
    return {QByteArray(R"({"hive": "HKLM", "view": ")") + view + R"(", "key": ")" + key + R"(", "name": ")" + name
            + "\", " + typed + "}"};
}

QByteArray os(const char* product, int major, int minor, int build, const char* type = "server")
{
    return QByteArray(R"({"productName": ")") + product + R"(", "major": )" + QByteArray::number(major)
           + R"(, "minor": )" + QByteArray::number(minor) + R"(, "build": )" + QByteArray::number(build)
           + R"(, "productType": ")" + type + "\"}";
}

const QByteArray kServer2019 = os("Windows Server 2019 Standard", 10, 0, 17763);
const QByteArray kServer2012R2 = os("Windows Server 2012 R2 Standard", 6, 3, 9600);
const QByteArray kWindows81 = os("Windows 8.1 Pro", 6, 3, 9600, "workstation");
const QByteArray kServer2012 = os("Windows Server 2012 Standard", 6, 2, 9200);
const QByteArray kServer2008R2 = os("Windows Server 2008 R2 Standard", 6, 1, 7601);
const QByteArray kServer2008 = os("Windows Server (R) 2008 Standard", 6, 0, 6002);
const QByteArray kServer2003 = os("Windows Server 2003", 5, 2, 3790);

QByteArray patch(const QByteArray& osJson, const QByteArrayList& values)
{
    return "{\"os\": " + osJson + ", \"registry\": [" + values.join(',') + "]}";
}

QByteArrayList netValues(qint64 default64, qint64 strong64, qint64 default32, qint64 strong32)
{
    return value(kNet, "SystemDefaultTlsVersions", default64, "64") + value(kNet, "SchUseStrongCrypto", strong64, "64")
           + value(kNet, "SystemDefaultTlsVersions", default32, "32")
           + value(kNet, "SchUseStrongCrypto", strong32, "32");
}
// Reads of one key fail; every other read is the scenario's, in its own view.
class FailingKey final : public ForwardingRegistry
{
public:
    FailingKey(std::shared_ptr<const RegistryProbe> inner, QString key)
        : ForwardingRegistry(std::move(inner))
        , m_key(std::move(key))
    {
    }
    Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                       RegistryView view) const override
    {
        if (key.compare(m_key, Qt::CaseInsensitive) == 0)
            return Probed<RegistryValue>::bad(ProbeStatus::Failed, QStringLiteral("RegQueryValueExW: error 1450"),
                                              1450);
        return ForwardingRegistry::readRegistry(hive, key, valueName, view);
    }

private:
    QString m_key;
};
} // namespace

class TestTlsSettingsChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schannel_data();
    void schannel();
    void schannelUnreadable_data();
    void schannelUnreadable();
    void dotNet_data();
    void dotNet();
    void dotNetUnreadable_data();
    void dotNetUnreadable();
    void bothPhases();
};

void TestTlsSettingsChecks::schannel_data()
{
    QTest::addColumn<QByteArray>("osJson");
    QTest::addColumn<qint64>("enabled");
    QTest::addColumn<qint64>("disabledByDefault");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<bool>("fix"); // the fix is offered

    // 2012 R2 / 8.1 and later: absent values are Windows' default, which is on.
    QTest::newRow("2019, not set") << kServer2019 << kAbsent << kAbsent << Verdict::Pass << "by default" << false;
    QTest::newRow("2019, as Microsoft lists")
            << kServer2019 << qint64(1) << qint64(0) << Verdict::Pass << "turned on" << false;
    QTest::newRow("2019, Enabled 0xFFFFFFFF")
            << kServer2019 << qint64(0xFFFFFFFF) << qint64(0) << Verdict::Pass << "turned on" << false;
    QTest::newRow("2019, Enabled only") << kServer2019 << qint64(1) << kAbsent << Verdict::Pass << "turned on" << false;
    QTest::newRow("2019, Enabled 0") << kServer2019 << qint64(0) << kAbsent << Verdict::Fail << "Enabled = 0" << true;
    QTest::newRow("2019, Enabled 0 and DisabledByDefault 1")
            << kServer2019 << qint64(0) << qint64(1) << Verdict::Fail << "Enabled = 0" << true;
    QTest::newRow("2019, DisabledByDefault 1")
            << kServer2019 << kAbsent << qint64(1) << Verdict::Fail << "DisabledByDefault = 1" << true;
    QTest::newRow("2019, Enabled 1 but DisabledByDefault 1")
            << kServer2019 << qint64(1) << qint64(1) << Verdict::Fail << "DisabledByDefault = 1" << true;
    QTest::newRow("2019, Enabled as text") << kServer2019 << kText << qint64(0) << Verdict::Fail << "REG_SZ" << true;
    QTest::newRow("2012 R2, not set") << kServer2012R2 << kAbsent << kAbsent << Verdict::Pass << "by default" << false;
    QTest::newRow("8.1, not set") << kWindows81 << kAbsent << kAbsent << Verdict::Pass << "Windows 8.1" << false;
    QTest::newRow("2012 R2, DisabledByDefault 1")
            << kServer2012R2 << qint64(1) << qint64(1) << Verdict::Fail << "DisabledByDefault = 1" << true;
    // Before 2012 R2: the values must be created after the update.
    QTest::newRow("2012, not set") << kServer2012 << kAbsent << kAbsent << Verdict::Fail << "KB3140245" << true;
    QTest::newRow("2012, only Enabled") << kServer2012 << qint64(1) << kAbsent << Verdict::Fail << "KB3140245" << true;
    QTest::newRow("2012, set") << kServer2012 << qint64(1) << qint64(0) << Verdict::Pass << "turned on" << false;
    QTest::newRow("2008 R2, not set") << kServer2008R2 << kAbsent << kAbsent << Verdict::Fail << "KB3140245" << true;
    QTest::newRow("2008 R2, set") << kServer2008R2 << qint64(1) << qint64(0) << Verdict::Pass << "turned on" << false;
    QTest::newRow("2008 SP2, not set") << kServer2008 << kAbsent << kAbsent << Verdict::Fail << "KB4019276" << true;
    QTest::newRow("2008 SP2, set") << kServer2008 << qint64(1) << qint64(0) << Verdict::Pass << "turned on" << false;
    QTest::newRow("2003: no TLS 1.2 at all")
            << kServer2003 << qint64(1) << qint64(0) << Verdict::Fail << "cannot use TLS 1.2" << false;
}

void TestTlsSettingsChecks::schannel()
{
    QFETCH(QByteArray, osJson);
    QFETCH(qint64, enabled);
    QFETCH(qint64, disabledByDefault);
    QFETCH(Verdict, expected);
    QFETCH(QString, mention);
    QFETCH(bool, fix);
    const SchannelTls12Check check;
    const Finding f = check.run(contextOf(scenario(
            patch(osJson, value(kTls12, "Enabled", enabled) + value(kTls12, "DisabledByDefault", disabledByDefault)))));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention), qPrintable(f.summary));
    QCOMPARE(f.docUrl, docs::transportLayerSecurity());
    QCOMPARE(f.fixIds, fix ? QStringList{EnableTls12Fix::id(EnableTls12Fix::Part::Schannel)} : QStringList());
    if (fix) {
        QVERIFY2(f.remedy.contains(EnableTls12Fix::title(EnableTls12Fix::Part::Schannel)), qPrintable(f.remedy));
        QVERIFY2(f.remedy.contains(QStringLiteral("restart")), qPrintable(f.remedy));
    }
    // The KB is named in the remedy exactly where one is needed.
    const bool old = osJson == kServer2012 || osJson == kServer2008R2 || osJson == kServer2008;
    QCOMPARE(f.remedy.contains(QStringLiteral("KB")), old && expected == Verdict::Fail);
    QCOMPARE(f.evidenceValue(QStringLiteral("enabled")), enabled == kAbsent ? QStringLiteral("not set")
                                                         : enabled == kText
                                                                 ? QStringLiteral("\"1\" (REG_SZ, not a number)")
                                                                 : QString::number(enabled));
    QCOMPARE(f.evidenceValue(QStringLiteral("disabled_by_default")),
             disabledByDefault == kAbsent ? QStringLiteral("not set") : QString::number(disabledByDefault));
    QVERIFY(f.evidenceValue(QStringLiteral("windows_default"))
                    .startsWith(osJson == kServer2019 || osJson == kServer2012R2 || osJson == kWindows81
                                        ? QStringLiteral("TLS 1.2 on")
                                        : QStringLiteral("TLS 1.2 off")));
}

void TestTlsSettingsChecks::schannelUnreadable_data()
{
    QTest::addColumn<QString>("failing"); // "os", a value name, or "linux"
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("mention");
    QTest::newRow("Windows version") << "os" << Verdict::Error << "Windows version";
    QTest::newRow("Enabled denied") << "Enabled" << Verdict::Error << "SCHANNEL";
    QTest::newRow("DisabledByDefault failed") << "DisabledByDefault" << Verdict::Error << "SCHANNEL";
    QTest::newRow("not Windows") << "linux" << Verdict::NotApplicable << "does not run Windows";
}

void TestTlsSettingsChecks::schannelUnreadable()
{
    QFETCH(QString, failing);
    QFETCH(Verdict, expected);
    QFETCH(QString, mention);
    auto system = std::make_shared<FailingSystem>(scenario("{}"));
    if (failing == QLatin1String("os")) {
        system->osAnswer = [] { return Probed<OsInfo>::bad(ProbeStatus::Failed, QStringLiteral("RtlGetVersion")); };
    } else if (failing == QLatin1String("linux")) {
        system->osAnswer = [] {
            OsInfo linux;
            linux.productName = QStringLiteral("Debian GNU/Linux 12");
            return Probed<OsInfo>::good(linux);
        };
    } else {
        system->registryAnswer = [failing](const QString& key, const QString& name) {
            if (name == failing)
                return Probed<RegistryValue>::bad(ProbeStatus::Denied, QStringLiteral("RegOpenKeyExW: access denied"),
                                                  5);
            return Probed<RegistryValue>::bad(ProbeStatus::NotFound, key + QStringLiteral(" does not exist"), 2);
        };
    }
    const SchannelTls12Check check;
    const Finding f = check.run(contextOf(system));
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention), qPrintable(f.summary));
    QVERIFY(f.fixIds.isEmpty());
    if (expected == Verdict::Error)
        QVERIFY(!f.detail.isEmpty());
    if (failing != QLatin1String("os") && failing != QLatin1String("linux"))
        QVERIFY(f.detail.contains(QStringLiteral("access denied")));
}

void TestTlsSettingsChecks::dotNet_data()
{
    QTest::addColumn<QByteArrayList>("values");
    QTest::addColumn<qint64>("tls10"); // TLS 1.0 Client Enabled
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("mention");

    QTest::newRow("all four 1") << netValues(1, 1, 1, 1) << kAbsent << Verdict::Pass << "both registry views";
    QTest::newRow("all four 1, TLS 1.0 off") << netValues(1, 1, 1, 1) << qint64(0) << Verdict::Pass << "set to 1";
    QTest::newRow("none set") << netValues(kAbsent, kAbsent, kAbsent, kAbsent) << kAbsent << Verdict::Warning
                              << "missing (all four";
    QTest::newRow("none set, TLS 1.0 on")
            << netValues(kAbsent, kAbsent, kAbsent, kAbsent) << qint64(1) << Verdict::Warning << ".NET Framework 4.7";
    QTest::newRow("none set, TLS 1.0 off (KB4022913)")
            << netValues(kAbsent, kAbsent, kAbsent, kAbsent) << qint64(0) << Verdict::Fail << "KB4022913";
    QTest::newRow("32-bit view missing") << netValues(1, 1, kAbsent, kAbsent) << kAbsent << Verdict::Warning
                                         << "SystemDefaultTlsVersions (32-bit view)";
    QTest::newRow("32-bit view missing, TLS 1.0 off")
            << netValues(1, 1, kAbsent, kAbsent) << qint64(0) << Verdict::Fail << "TLS 1.0 is turned off";
    QTest::newRow("SchUseStrongCrypto 0")
            << netValues(1, 0, 1, 1) << kAbsent << Verdict::Fail << "SchUseStrongCrypto (64-bit view) = 0";
    QTest::newRow("SystemDefaultTlsVersions 0, 32-bit")
            << netValues(1, 1, 0, 1) << kAbsent << Verdict::Fail << "SystemDefaultTlsVersions (32-bit view) = 0";
    QTest::newRow("another number") << netValues(2, 1, 1, 1) << kAbsent << Verdict::Fail << "= 2";
    QTest::newRow("text instead of a number") << netValues(1, 1, 1, kText) << kAbsent << Verdict::Fail << "REG_SZ";
    QTest::newRow("0 beats missing") << netValues(0, kAbsent, 1, 1) << qint64(0) << Verdict::Fail << "10054";
}

void TestTlsSettingsChecks::dotNet()
{
    QFETCH(QByteArrayList, values);
    QFETCH(qint64, tls10);
    QFETCH(Verdict, expected);
    QFETCH(QString, mention);
    const DotNetStrongCryptoCheck check;
    const Finding f = check.run(contextOf(scenario(patch(kServer2019, values + value(kTls10, "Enabled", tls10)))));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention), qPrintable(f.summary));
    QCOMPARE(f.fixIds,
             expected == Verdict::Pass ? QStringList() : QStringList{EnableTls12Fix::id(EnableTls12Fix::Part::DotNet)});
    if (expected != Verdict::Pass) {
        QVERIFY2(f.remedy.contains(EnableTls12Fix::title(EnableTls12Fix::Part::DotNet)), qPrintable(f.remedy));
        QVERIFY2(f.remedy.contains(QStringLiteral("restart")), qPrintable(f.remedy));
    }
    for (const char* id : {"system_default_tls_versions_64bit", "sch_use_strong_crypto_64bit",
                           "system_default_tls_versions_32bit", "sch_use_strong_crypto_32bit"})
        QVERIFY2(!f.evidenceValue(QString::fromLatin1(id)).isEmpty(), id);
    // TLS 1.0 is read (and shown) only when a value is missing.
    bool missing = false;
    for (const Evidence& e : f.evidence)
        missing = missing || e.value == QLatin1String("not set");
    QCOMPARE(f.evidenceValue(QStringLiteral("tls10_client_enabled")).isEmpty(), !missing);
}

void TestTlsSettingsChecks::dotNetUnreadable_data()
{
    QTest::addColumn<QByteArrayList>("values");
    QTest::addColumn<QString>("failingKey"); // the key whose reads are denied
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("mention");
    const QString net = QStringLiteral("SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319");
    const QString tls10 = QStringLiteral(
            "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client");
    QTest::newRow(".NET values unreadable")
            << netValues(1, 1, 1, 1) << net << Verdict::Error << ".NET Framework's TLS settings";
    QTest::newRow("TLS 1.0 unreadable, a value missing")
            << netValues(1, 1, 1, kAbsent) << tls10 << Verdict::Error << "TLS 1.0";
    QTest::newRow("TLS 1.0 unreadable, nothing missing: not needed")
            << netValues(1, 1, 1, 1) << tls10 << Verdict::Pass << "set to 1";
}

void TestTlsSettingsChecks::dotNetUnreadable()
{
    QFETCH(QByteArrayList, values);
    QFETCH(QString, failingKey);
    QFETCH(Verdict, expected);
    QFETCH(QString, mention);
    const auto system = withRole<FailingKey>(scenario(patch(kServer2019, values)), failingKey);
    const DotNetStrongCryptoCheck check;
    const Finding f = check.run(contextOf(system));
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention), qPrintable(f.summary));
    if (expected == Verdict::Error) {
        QVERIFY(f.detail.contains(QStringLiteral("error 1450")));
        QVERIFY(f.fixIds.isEmpty());
    }
}

void TestTlsSettingsChecks::bothPhases()
{
    // The install guide (08/2025) lists TLS 1.2 under "before you start": both pages run them.
    for (const CheckInfo& info : {SchannelTls12Check().info(), DotNetStrongCryptoCheck().info()}) {
        QCOMPARE(info.phases, Phases(Phase::Install) | Phase::Register);
        QCOMPARE(info.docUrl, docs::transportLayerSecurity());
        QVERIFY(info.whyItMatters.contains(QStringLiteral("10054")));
        QVERIFY(info.whyItMatters.contains(QStringLiteral("An existing connection was forcibly closed")));
    }
    QCOMPARE(SchannelTls12Check().info().catalogRef, QStringLiteral("D1"));
    QCOMPARE(DotNetStrongCryptoCheck().info().catalogRef, QStringLiteral("D2"));
}

QTEST_GUILESS_MAIN(TestTlsSettingsChecks)
#include "TestTlsSettingsChecks.moc"
