// SPDX-License-Identifier: MIT
// A7 dotnet_version, A8 powershell_version and A9 vcredist_and_mmc over tables of registry values
// and files (patched minimal scenarios, file probes answered by FailingSystem hooks), and when a
// probe is denied or fails.
#include "ForwardingSystem.h"
#include "InstallCheckTestSupport.h"
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
    void dotnetUnreadable();
    void powershell_data();
    void powershell();
    void powershellUnreadable();
    void mmcDismVcRuntime_data();
    void mmcDismVcRuntime();
    void mmcDismVcRuntimeProbeFailures_data();
    void mmcDismVcRuntimeProbeFailures();
};

void TestPrerequisiteChecks::dotnetReleases_data()
{
    QTest::addColumn<int>("release64"); // -1: no value in that view
    QTest::addColumn<int>("release32");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("version"); // named in the sentence

    QTest::newRow("4.8.1") << 533320 << 533320 << Verdict::Pass << "4.8.1";
    QTest::newRow("4.8") << 528040 << 528040 << Verdict::Pass << "4.8";
    QTest::newRow("4.8 on Windows 10 May 2019") << 528372 << 528372 << Verdict::Pass << "4.8";
    QTest::newRow("4.7.2") << 461808 << 461808 << Verdict::Pass << "4.7.2";
    QTest::newRow("4.7") << 460798 << 460798 << Verdict::Pass << "4.7";
    QTest::newRow("4.6.2, the warning threshold") << 394802 << 394802 << Verdict::Pass << "4.6.2";
    QTest::newRow("just below 4.6.2") << 394801 << 394801 << Verdict::Warning << "4.6.1";
    QTest::newRow("4.6.1") << 394271 << 394271 << Verdict::Warning << "4.6.1";
    QTest::newRow("4.6") << 393295 << 393295 << Verdict::Warning << "4.6";
    QTest::newRow("4.5.2, the failure threshold") << 379893 << 379893 << Verdict::Warning << "4.5.2";
    QTest::newRow("just below 4.5.2") << 379892 << 379892 << Verdict::Fail << "4.5.1";
    QTest::newRow("4.5") << 378389 << 378389 << Verdict::Fail << "4.5";
    QTest::newRow("nonsense below 4.5") << 100 << 100 << Verdict::Fail << "older than 4.5";
    QTest::newRow("not installed") << -1 << -1 << Verdict::Fail << "not installed";
    QTest::newRow("64-bit view only") << 528040 << -1 << Verdict::Pass << "4.8";
    QTest::newRow("32-bit view only") << -1 << 461808 << Verdict::Pass << "4.7.2";
    QTest::newRow("views disagree: the lower counts") << 528040 << 394271 << Verdict::Warning << "4.6.1";
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
    if (expected != Verdict::Pass)
        QVERIFY(f.remedy.contains(QStringLiteral("https://go.microsoft.com/fwlink/?linkid=2088631")));
    // The class's own version names agree with the documented table.
    QCOMPARE(DotNetVersionCheck::versionOf(528040), QStringLiteral("4.8"));
    QCOMPARE(DotNetVersionCheck::versionOf(DotNetVersionCheck::kFailBelow), QStringLiteral("4.5.2"));
    QCOMPARE(DotNetVersionCheck::versionOf(DotNetVersionCheck::kWarnBelow), QStringLiteral("4.6.2"));
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
    QTest::newRow("5.1") << "[" + value(ps3, "PowerShellVersion", "REG_SZ", "\"5.1.17763.1\"") + "]" << Verdict::Pass
                         << "5.1.17763.1"
                         << "5.1.17763.1";
    QTest::newRow("3.0 with 2.0 beside it") << "[" + value(ps3, "PowerShellVersion", "REG_SZ", "\"3.0\"") + ","
                                                       + value(ps1, "PowerShellVersion", "REG_SZ", "\"2.0\"") + "]"
                                            << Verdict::Pass << "3.0"
                                            << "3.0";
    QTest::newRow("engine key without a version")
            << "[" + value(ps3, "PowerShellVersion", "REG_SZ", "\"\"") + "]" << Verdict::Pass << "3.0 or later"
            << "not installed";
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
        QVERIFY(f.remedy.contains(QStringLiteral("Windows Management Framework 5.1")));
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
    QTest::newRow("2019, all there") << s2019 << "10.0.17763.1" << true << none << Verdict::Pass << "MMC 3.0 and DISM"
                                     << QStringList();
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
    patch += "]}}";
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
    const Finding f = VcRedistMmcCheck().run(contextOf(system));
    QCOMPARE(f.verdict, Verdict::Error); // a probe that could not run is never a pass or a fail
    QVERIFY2(f.detail.contains(reason), qPrintable(f.detail));
    QVERIFY(f.fixIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestPrerequisiteChecks)
#include "TestPrerequisiteChecks.moc"
