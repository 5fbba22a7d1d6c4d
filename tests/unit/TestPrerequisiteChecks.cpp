// SPDX-License-Identifier: MIT
// A7 dotnet_version, A8 powershell_version and A9 vcredist_and_mmc over tables of registry values
// and files (patched minimal scenarios, file probes answered by FailingSystem hooks), and when a
// probe is denied or fails.
#include "ForwardingSystem.h"
#include "InstallCheckTestSupport.h"
#include "catalog/common/DocLinks.h"
#include "catalog/install/DotNetVersionCheck.h"
#include "catalog/install/PowerShellVersionCheck.h"
#include "catalog/install/VcRedistMmcCheck.h"

#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
// One HKLM registry entry of a scenario.
QByteArray value(const char* key, const char* name, const char* type, const QByteArray& data, const char* view = "64")
{
    return QByteArray(R"({"hive": "HKLM", "view": ")") + view + R"(", "key": ")" + key + R"(", "name": ")" + name
           + R"(", "type": ")" + type + R"(", "data": )" + data + "}";
}

const char* const kNdp = R"(SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full)";
const char* const kVc14 = R"(SOFTWARE\\Microsoft\\VisualStudio\\14.0\\VC\\Runtimes\\X64)";

// The checks of this file are guidance only: they never offer a fix.
void verifyGuidance(const Finding& f, const Check& check)
{
    verifyShape(f, check);
    QVERIFY(f.fixIds.isEmpty());
}
} // namespace

class TestPrerequisiteChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dotnetReleases_data();
    void dotnetReleases();
    void dotnetWhereItCannotRun_data();
    void dotnetWhereItCannotRun();
    void dotnetUnreadable();
    void powershell_data();
    void powershell();
    void powershellUnreadable();
    void mmcDismVcRuntime_data();
    void mmcDismVcRuntime();
    void vc14Runtime_data();
    void vc14Runtime();
    void mmcDismVcRuntimeProbeFailures_data();
    void mmcDismVcRuntimeProbeFailures();
};

void TestPrerequisiteChecks::dotnetReleases_data()
{
    QTest::addColumn<int>("release64"); // -1: no value in that view
    QTest::addColumn<int>("release32");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("version"); // named in the sentence

    // Install guide (08/2025), support matrix (11/2025): the current agent requires 4.8.
    QTest::newRow("4.8.1") << 533320 << 533320 << Verdict::Pass << "4.8.1";
    QTest::newRow("4.8, the threshold") << 528040 << 528040 << Verdict::Pass << "4.8";
    QTest::newRow("4.8 on other Windows") << 528049 << 528049 << Verdict::Pass << "4.8";
    QTest::newRow("4.8 on Windows 10 May 2019") << 528372 << 528372 << Verdict::Pass << "4.8";
    QTest::newRow("just below 4.8") << 528039 << 528039 << Verdict::Fail << "4.7.2";
    QTest::newRow("4.7.2") << 461808 << 461808 << Verdict::Fail << "4.7.2";
    QTest::newRow("4.7") << 460798 << 460798 << Verdict::Fail << "4.7";
    QTest::newRow("4.6.2, once the warning threshold") << 394802 << 394802 << Verdict::Fail << "4.6.2";
    QTest::newRow("4.6.1") << 394271 << 394271 << Verdict::Fail << "4.6.1";
    QTest::newRow("4.5.2, once the failure threshold") << 379893 << 379893 << Verdict::Fail << "4.5.2";
    QTest::newRow("4.5") << 378389 << 378389 << Verdict::Fail << "4.5";
    QTest::newRow("nonsense below 4.5") << 100 << 100 << Verdict::Fail << "older than 4.5";
    QTest::newRow("not installed") << -1 << -1 << Verdict::Fail << "not installed";
    QTest::newRow("64-bit view only") << 528040 << -1 << Verdict::Pass << "4.8";
    QTest::newRow("32-bit view only") << -1 << 533320 << Verdict::Pass << "4.8.1";
    QTest::newRow("32-bit view only, 4.7.2") << -1 << 461808 << Verdict::Fail << "4.7.2";
    QTest::newRow("views disagree: the lower counts") << 533320 << 461808 << Verdict::Fail << "4.7.2";
}

void TestPrerequisiteChecks::dotnetReleases()
{
    QFETCH(int, release64);
    QFETCH(int, release32);
    QFETCH(Verdict, expected);
    QFETCH(QString, version);
    QByteArrayList values;
    if (release64 >= 0)
        values.append(value(kNdp, "Release", "REG_DWORD", QByteArray::number(release64), "64"));
    if (release32 >= 0)
        values.append(value(kNdp, "Release", "REG_DWORD", QByteArray::number(release32), "32"));
    const DotNetVersionCheck check;
    const Finding f = check.run(contextOf(scenario("{\"registry\": [" + values.join(',') + "]}")));
    verifyGuidance(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(QStringLiteral(".NET Framework ") + version) || f.summary.contains(version),
             qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("release_64bit_view")),
             release64 >= 0 ? QString::number(release64) : QStringLiteral("not present"));
    QCOMPARE(f.evidenceValue(QStringLiteral("release_32bit_view")),
             release32 >= 0 ? QString::number(release32) : QStringLiteral("not present"));
    if (expected != Verdict::Pass) {
        QVERIFY2(f.summary.contains(QStringLiteral("4.8 or later")) || f.summary.contains(QStringLiteral("4.8 is not")),
                 qPrintable(f.summary));
        QVERIFY(f.remedy.contains(QStringLiteral("https://go.microsoft.com/fwlink/?linkid=2088631")));
        QVERIFY(f.remedy.contains(QStringLiteral("restart")));
    } else {
        QVERIFY(f.remedy.isEmpty());
    }
    QCOMPARE(f.evidenceValue(QStringLiteral("thresholds")), QStringLiteral("failure below 528040 (4.8)"));
    // The class's own version names agree with the documented table.
    QCOMPARE(DotNetVersionCheck::versionOf(528040), QStringLiteral("4.8"));
    QCOMPARE(DotNetVersionCheck::versionOf(DotNetVersionCheck::kFailBelow), QStringLiteral("4.8"));
    QCOMPARE(DotNetVersionCheck::versionOf(DotNetVersionCheck::kFailBelow - 1), QStringLiteral("4.7.2"));
}

void TestPrerequisiteChecks::dotnetWhereItCannotRun_data()
{
    QTest::addColumn<QByteArray>("osJson");
    QTest::addColumn<bool>("runs48"); // the remedy offers the 4.8 installer, else names the Windows version
    QTest::addColumn<QString>("release");
    QTest::newRow("Windows 8") << QByteArray(R"({"productName": "Windows 8 Pro", "major": 6, "minor": 2, "build": 9200,
                                             "productType": "workstation"})")
                               << false << "Windows 8";
    QTest::newRow("Server 2008 SP2") << QByteArray(R"({"productName": "Windows Server (R) 2008 Standard", "major": 6,
                                                   "minor": 0, "build": 6002, "productType": "server"})")
                                     << false << "Windows Server 2008 SP2";
    QTest::newRow("Windows 7 without SP1") << QByteArray(R"({"productName": "Windows 7 Professional", "major": 6,
                                                         "minor": 1, "build": 7600, "productType": "workstation"})")
                                           << false << "Windows 7 without Service Pack 1";
    QTest::newRow("Server 2012") << QByteArray(R"({"productName": "Windows Server 2012 Standard", "major": 6,
                                               "minor": 2, "build": 9200, "productType": "server"})")
                                 << true << "Windows Server 2012";
    QTest::newRow("Server 2008 R2 SP1") << QByteArray(R"({"productName": "Windows Server 2008 R2 Standard", "major": 6,
                                                      "minor": 1, "build": 7601, "productType": "server"})")
                                        << true << "Windows Server 2008 R2";
}

void TestPrerequisiteChecks::dotnetWhereItCannotRun()
{
    QFETCH(QByteArray, osJson);
    QFETCH(bool, runs48);
    QFETCH(QString, release);
    const QByteArray patch =
            "{\"os\": " + osJson + ", \"registry\": [" + value(kNdp, "Release", "REG_DWORD", "394806", "64") + "]}";
    const DotNetVersionCheck check;
    const Finding f = check.run(contextOf(scenario(patch)));
    verifyGuidance(f, check);
    QCOMPARE(f.verdict, Verdict::Fail);
    QCOMPARE(f.remedy.contains(QStringLiteral("https://go.microsoft.com/fwlink/?linkid=2088631")), runs48);
    if (!runs48) {
        QVERIFY2(f.remedy.contains(release + QStringLiteral(" cannot run .NET Framework 4.8")), qPrintable(f.remedy));
    }
}

void TestPrerequisiteChecks::dotnetUnreadable()
{
    auto system = std::make_shared<FailingSystem>(scenario("{}"));
    system->registryAnswer = [](const QString&, const QString&) {
        return Probed<RegistryValue>::bad(ProbeStatus::Denied, QStringLiteral("RegGetValueW: access denied"), 5);
    };
    const DotNetVersionCheck check;
    const Finding f = check.run(contextOf(system));
    QCOMPARE(f.verdict, Verdict::Error); // never "not installed" when it could not be read
    QVERIFY(f.detail.contains(QStringLiteral("access denied")));
    QVERIFY(f.summary.contains(QStringLiteral(".NET Framework")));
}

void TestPrerequisiteChecks::powershell_data()
{
    QTest::addColumn<QByteArray>("registry"); // JSON list
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("version"); // evidence

    const char* ps3 = R"(SOFTWARE\\Microsoft\\PowerShell\\3\\PowerShellEngine)";
    const char* ps1 = R"(SOFTWARE\\Microsoft\\PowerShell\\1\\PowerShellEngine)";
    const auto ps = [ps3](const char* version) -> QByteArray {
        return "[" + value(ps3, "PowerShellVersion", "REG_SZ", QByteArray("\"") + version + "\"") + "]";
    };
    // Install guide (08/2025): setup requires Windows PowerShell 5.0.
    QTest::newRow("5.1") << ps("5.1.17763.1") << Verdict::Pass << "5.1.17763.1"
                         << "5.1.17763.1";
    QTest::newRow("5.0, the threshold") << ps("5.0.10586.117") << Verdict::Pass << "5.0.10586.117"
                                        << "5.0.10586.117";
    QTest::newRow("4.0") << ps("4.0") << Verdict::Fail << "Windows PowerShell 4.0 is installed, but"
                         << "4.0";
    QTest::newRow("3.0 with 2.0 beside it") << "[" + value(ps3, "PowerShellVersion", "REG_SZ", "\"3.0\"") + ","
                                                       + value(ps1, "PowerShellVersion", "REG_SZ", "\"2.0\"") + "]"
                                            << Verdict::Fail << "Windows PowerShell 3.0 is installed, but"
                                            << "3.0";
    QTest::newRow("engine key without a version") << ps("") << Verdict::Warning << "could not be read"
                                                  << "not recorded";
    QTest::newRow("engine key with a word") << ps("unknown") << Verdict::Warning << "3.0 or later"
                                            << "unknown";
    QTest::newRow("only 2.0") << "[" + value(ps1, "PowerShellVersion", "REG_SZ", "\"2.0\"") + "]" << Verdict::Fail
                              << "Only Windows PowerShell 2.0"
                              << "2.0";
    QTest::newRow("none") << QByteArray("[]") << Verdict::Fail << "not installed"
                          << "not installed";
}

void TestPrerequisiteChecks::powershell()
{
    QFETCH(QByteArray, registry);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, version);
    const PowerShellVersionCheck check;
    const Finding f = check.run(contextOf(scenario("{\"registry\": " + registry + "}")));
    verifyGuidance(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("powershell_version")), version);
    if (expected == Verdict::Fail)
        QVERIFY2(f.summary.contains(QStringLiteral("needs Windows PowerShell 5.0 or later")), qPrintable(f.summary));
    if (expected != Verdict::Pass)
        QVERIFY(f.remedy.contains(QStringLiteral("Windows Management Framework 5.1")));
    else
        QVERIFY(f.remedy.isEmpty());
    QCOMPARE(f.docUrl, docs::installAgent()); // where the 5.0 requirement is written
}

void TestPrerequisiteChecks::powershellUnreadable()
{
    auto system = std::make_shared<FailingSystem>(scenario("{}"));
    system->registryAnswer = [](const QString& key, const QString&) {
        if (key.contains(QStringLiteral("PowerShell\\3")))
            return Probed<RegistryValue>::bad(ProbeStatus::NotFound, QStringLiteral("no such key"), 2);
        return Probed<RegistryValue>::bad(ProbeStatus::Failed, QStringLiteral("RegGetValueW: error 1450"), 1450);
    };
    const Finding f = PowerShellVersionCheck().run(contextOf(system));
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.detail.contains(QStringLiteral("1450")));
}

void TestPrerequisiteChecks::mmcDismVcRuntime_data()
{
    QTest::addColumn<QByteArray>("osJson");
    QTest::addColumn<QString>("mmcVersion"); // "" = mmc.exe missing
    QTest::addColumn<bool>("dism");
    QTest::addColumn<QString>("vc90"); // the VC++ 2008 x64 folder in WinSxS, "" = none
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QStringList>("remedyMentions");

    const QByteArray s2019 = R"({"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0,
                                 "build": 17763, "productType": "server"})";
    const QByteArray s2012 = R"({"productName": "Windows Server 2012 Standard", "major": 6, "minor": 2,
                                 "build": 9200, "productType": "server"})";
    const QByteArray s2008r2 = R"({"productName": "Windows Server 2008 R2 Standard", "major": 6, "minor": 1,
                                   "build": 7601, "productType": "server"})";
    const QByteArray win7 = R"({"productName": "Windows 7 Professional", "major": 6, "minor": 1,
                                "build": 7601, "productType": "workstation"})";
    const QString sfc = QStringLiteral("sfc /scannow");
    const QString vcLink = QStringLiteral("https://support.microsoft.com/help/2934202");
    const QString usual = VcRedistMmcCheck::vc90Folder(); // found with one attribute query
    const QString other = VcRedistMmcCheck::vc90Prefix() + QStringLiteral("none_0123456789abcdef"); // by listing
    const QString none;
    QTest::newRow("2019, all there") << s2019 << "10.0.17763.1" << true << none << Verdict::Pass
                                     << "MMC 3.0, DISM and the Visual C++ 2015-2022 runtime" << QStringList();
    QTest::newRow("2019, no mmc.exe") << s2019 << "" << true << none << Verdict::Fail << "mmc.exe" << QStringList{sfc};
    QTest::newRow("2019, MMC 2.0") << s2019 << "5.2.3790.0" << true << none << Verdict::Fail << "older than the MMC 3.0"
                                   << QStringList{QStringLiteral("Windows Update")};
    QTest::newRow("2019, no DISM") << s2019 << "10.0.17763.1" << false << none << Verdict::Warning << "DISM.exe"
                                   << QStringList{sfc};
    QTest::newRow("2012, no DISM") << s2012 << "6.2.9200.16384" << false << none << Verdict::Fail << "DISM.exe"
                                   << QStringList{sfc};
    QTest::newRow("2008 R2, all there") << s2008r2 << "6.1.7600.16385" << true << usual << Verdict::Pass
                                        << "Visual C++ 2008" << QStringList();
    QTest::newRow("2008 R2, runtime under another folder name")
            << s2008r2 << "6.1.7600.16385" << true << other << Verdict::Pass << "Visual C++ 2008" << QStringList();
    QTest::newRow("2008 R2, no VC++ 2008")
            << s2008r2 << "6.1.7600.16385" << true << none << Verdict::Fail << "Visual C++ 2008 Redistributable (x64)"
            << QStringList{vcLink, QStringLiteral("KB2934202")};
    QTest::newRow("2008 R2, no DISM and no VC++ 2008")
            << s2008r2 << "6.1.7600.16385" << false << none << Verdict::Fail << "DISM.exe" << QStringList{vcLink, sfc};
    QTest::newRow("Windows 7, no DISM") << win7 << "6.1.7600.16385" << false << usual << Verdict::Warning << "DISM.exe"
                                        << QStringList{sfc};
}

void TestPrerequisiteChecks::mmcDismVcRuntime()
{
    QFETCH(QByteArray, osJson);
    QFETCH(QString, mmcVersion);
    QFETCH(bool, dism);
    QFETCH(QString, vc90);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QStringList, remedyMentions);
    // Only the temp folder has content in a scenario, so WinSxS is simulated as the temp folder.
    QByteArray patch = "{\"os\": " + osJson + R"(, "tempFolder": {"path": "C:\\Windows\\WinSxS", "directories": [
        "amd64_microsoft.vc80.crt_1fc8b3b9a1e18e3b_8.0.50727.4940_none_88df89932faf0bf6")";
    if (!vc90.isEmpty())
        patch += ", \"" + vc90.toLatin1() + '"';
    // The VC++ 2015-2022 runtime is there: vc14Runtime() tells its rules.
    patch += "]}, \"registry\": [" + value(kVc14, "Installed", "REG_DWORD", "1") + ","
             + value(kVc14, "Version", "REG_SZ", "\"v14.40.33810.00\"") + "]}";
    const std::shared_ptr<SystemProbe> inner = scenario(patch);
    auto system = std::make_shared<FailingSystem>(inner);
    system->versionAnswer = [mmcVersion](const QString& path) {
        if (path != QLatin1String("C:\\Windows\\System32\\mmc.exe") || mmcVersion.isEmpty())
            return Probed<QString>::bad(ProbeStatus::NotFound, path + QStringLiteral(" does not exist"), 2);
        return Probed<QString>::good(mmcVersion);
    };
    system->attributesAnswer = [dism, inner](const QString& path) {
        if (path == QLatin1String("C:\\Windows\\System32\\dism.exe"))
            return dism ? Probed<FileAttributes>::good(FileAttribute::Archive)
                        : Probed<FileAttributes>::bad(ProbeStatus::NotFound, QStringLiteral("no dism.exe"), 2);
        return inner->files().fileAttributes(path);
    };
    const VcRedistMmcCheck check;
    const Finding f = check.run(contextOf(system));
    verifyGuidance(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause), qPrintable(f.summary));
    for (const QString& mention : remedyMentions)
        QVERIFY2(f.remedy.contains(mention), qPrintable(f.remedy));
    QCOMPARE(f.evidenceValue(QStringLiteral("mmc_version")),
             mmcVersion.isEmpty() ? QStringLiteral("missing") : mmcVersion);
    QCOMPARE(f.evidenceValue(QStringLiteral("dism")), dism ? QStringLiteral("present") : QStringLiteral("missing"));
    const bool legacy = osJson.contains("\"minor\": 1");
    QCOMPARE(f.evidenceValue(QStringLiteral("vc90_runtime")).isEmpty(), !legacy); // only looked for on 6.1
    if (legacy)
        QCOMPARE(f.evidenceValue(QStringLiteral("vc90_runtime")),
                 vc90.isEmpty() ? QStringLiteral("not installed") : vc90);
}

void TestPrerequisiteChecks::vc14Runtime_data()
{
    QTest::addColumn<QByteArray>("osJson");
    QTest::addColumn<QByteArray>("registry"); // JSON list
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("evidence"); // vc14_runtime
    QTest::addColumn<QStringList>("remedyMentions");

    const QByteArray s2019 = R"({"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0,
                                 "build": 17763, "productType": "server"})";
    const QByteArray s2012r2 = R"({"productName": "Windows Server 2012 R2 Standard", "major": 6, "minor": 3,
                                   "build": 9600, "productType": "server"})";
    const auto runtime = [](const char* view, const char* installed, const char* version) -> QByteArray {
        QByteArrayList values;
        if (installed)
            values.append(value(kVc14, "Installed", "REG_DWORD", installed, view));
        if (version)
            values.append(value(kVc14, "Version", "REG_SZ", QByteArray("\"") + version + "\"", view));
        return values.join(',');
    };
    const auto list = [](const QByteArrayList& entries) -> QByteArray { return "[" + entries.join(',') + "]"; };
    const QString latest = QStringLiteral("https://aka.ms/vc14/vc_redist.x64.exe");
    const QString pass = QStringLiteral("MMC 3.0, DISM and the Visual C++ 2015-2022 runtime");

    QTest::newRow("64-bit view") << s2019 << list({runtime("64", "1", "v14.40.33810.00")}) << Verdict::Pass << pass
                                 << "v14.40.33810.00" << QStringList();
    QTest::newRow("32-bit view only (WOW6432Node)") << s2019 << list({runtime("32", "1", "v14.38.33135.00")})
                                                    << Verdict::Pass << pass << "v14.38.33135.00" << QStringList();
    QTest::newRow("views differ: the newer counts")
            << s2019 << list({runtime("64", "1", "v14.0.24215.01"), runtime("32", "1", "v14.38.33135.00")})
            << Verdict::Pass << pass << "v14.38.33135.00" << QStringList();
    QTest::newRow("2017 runtime, the first still supported")
            << s2019 << list({runtime("64", "1", "v14.10.25008.00")}) << Verdict::Pass << pass << "v14.10.25008.00"
            << QStringList();
    QTest::newRow("flag without a version") << s2019 << list({runtime("64", "1", nullptr)}) << Verdict::Pass << pass
                                            << "installed (version not recorded)" << QStringList();
    QTest::newRow("version without the flag") << s2019 << list({runtime("64", nullptr, "v14.40.33810.00")})
                                              << Verdict::Pass << pass << "v14.40.33810.00" << QStringList();
    QTest::newRow("flag says uninstalled")
            << s2019 << list({runtime("64", "0", "v14.40.33810.00")}) << Verdict::Warning << "is not installed"
            << "not installed" << QStringList{latest};
    QTest::newRow("none") << s2019 << QByteArray("[]") << Verdict::Warning
                          << "Visual C++ 2015-2022 Redistributable (x64) is not installed"
                          << "not installed" << QStringList{latest};
    QTest::newRow("only the 2015 runtime") << s2019 << list({runtime("64", "1", "v14.0.24215.01")}) << Verdict::Warning
                                           << "Visual C++ 2015 Redistributable (x64) v14.0.24215.01"
                                           << "v14.0.24215.01" << QStringList{latest};
    // The newest package installs on Windows 10/11 and Server 2016+ only: older ones are told where to look.
    QTest::newRow("none on 2012 R2") << s2012r2 << QByteArray("[]") << Verdict::Warning << "is not installed"
                                     << "not installed" << QStringList{latest, QStringLiteral("my.visualstudio.com")};
}

void TestPrerequisiteChecks::vc14Runtime()
{
    QFETCH(QByteArray, osJson);
    QFETCH(QByteArray, registry);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, evidence);
    QFETCH(QStringList, remedyMentions);
    auto system = std::make_shared<FailingSystem>(scenario("{\"os\": " + osJson + ", \"registry\": " + registry + "}"));
    system->versionAnswer = [](const QString&) { return Probed<QString>::good(QStringLiteral("10.0.17763.1")); };
    system->attributesAnswer = [](const QString&) { return Probed<FileAttributes>::good(FileAttribute::Archive); };
    const VcRedistMmcCheck check;
    const Finding f = check.run(contextOf(system));
    verifyGuidance(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("vc14_runtime")), evidence);
    for (const QString& mention : remedyMentions)
        QVERIFY2(f.remedy.contains(mention), qPrintable(f.remedy));
    QCOMPARE(f.remedy.contains(QStringLiteral("my.visualstudio.com")),
             remedyMentions.contains(QStringLiteral("my.visualstudio.com")));
    QVERIFY(f.detail.contains(VcRedistMmcCheck::vc14Key()));
}

void TestPrerequisiteChecks::mmcDismVcRuntimeProbeFailures_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("reason"); // in the detail
    QTest::newRow("version unreadable") << "version"
                                        << "ReadFile: error 5";
    QTest::newRow("no version resource") << "noversion"
                                         << "has no version resource";
    QTest::newRow("system folder unknown") << "system32"
                                           << "SHGetKnownFolderPath failed";
    QTest::newRow("WinSxS denied") << "winsxs"
                                   << "FindFirstFileExW: access denied";
    QTest::newRow("VC++ 2015-2022 runtime key denied") << "vc14"
                                                       << "RegGetValueW: access denied";
}

void TestPrerequisiteChecks::mmcDismVcRuntimeProbeFailures()
{
    QFETCH(QString, failure);
    QFETCH(QString, reason);
    class NoSystem32 final : public test::ForwardingFiles
    {
    public:
        using ForwardingFiles::ForwardingFiles;
        Probed<QString> knownFolder(KnownFolder) const override
        {
            return Probed<QString>::bad(ProbeStatus::Failed, QStringLiteral("SHGetKnownFolderPath failed"));
        }
    };
    // Everything else is there (WinSxS simulated as the temp folder, the runtime under a name only the
    // listing finds), so the failing probe decides.
    const std::shared_ptr<SystemProbe> inner = scenario(R"({"os": {"productName": "Windows Server 2008 R2 Standard",
        "major": 6, "minor": 1, "build": 7601, "productType": "server"}, "tempFolder": {"path": "C:\\Windows\\WinSxS",
        "directories": ["amd64_microsoft.vc90.crt_1fc8b3b9a1e18e3b_9.0.21022.8_none_0123456789abcdef"]}})");
    auto system = std::make_shared<FailingSystem>(
            failure == QLatin1String("system32") ? test::withRole<NoSystem32>(inner) : inner);
    system->versionAnswer = [failure, reason](const QString&) {
        if (failure == QLatin1String("version"))
            return Probed<QString>::bad(ProbeStatus::Denied, reason, 5);
        if (failure == QLatin1String("noversion"))
            return Probed<QString>::bad(ProbeStatus::Failed, QStringLiteral("mmc.exe ") + reason, 1813);
        return Probed<QString>::good(QStringLiteral("6.1.7600.16385"));
    };
    system->attributesAnswer = [](const QString&) { return Probed<FileAttributes>::good(FileAttribute::Archive); };
    if (failure == QLatin1String("winsxs"))
        system->listingAnswer = [reason] { return Probed<qint64>::bad(ProbeStatus::Denied, reason, 5); };
    if (failure == QLatin1String("vc14"))
        system->registryAnswer = [reason](const QString&, const QString&) {
            return Probed<RegistryValue>::bad(ProbeStatus::Denied, reason, 5);
        };
    const Finding f = VcRedistMmcCheck().run(contextOf(system));
    QCOMPARE(f.verdict, Verdict::Error); // a probe that could not run is never a pass or a fail
    QVERIFY2(f.detail.contains(reason), qPrintable(f.detail));
    QVERIFY(f.fixIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestPrerequisiteChecks)
#include "TestPrerequisiteChecks.moc"
