// SPDX-License-Identifier: MIT
// A3 os_supported, A4 os_64bit and A5 os_not_server_core over tables of Windows versions (patched
// minimal scenarios), off Windows, and when the probe itself fails (A6 os_updates_current:
// TestOsUpdateChecks).
#include "ForwardingSystem.h"
#include "InstallCheckTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/install/DotNetVersionCheck.h"
#include "catalog/install/ExistingAgentCheck.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/install/InstallerLogsCheck.h"
#include "catalog/install/Os64BitCheck.h"
#include "catalog/install/OsSupportedCheck.h"
#include "catalog/install/OsUpdatesCheck.h"
#include "catalog/install/PowerShellVersionCheck.h"
#include "catalog/install/ProcessElevatedCheck.h"
#include "catalog/install/ServerCoreCheck.h"
#include "catalog/install/StartAgentServiceFix.h"
#include "catalog/install/VcRedistMmcCheck.h"
#include "catalog/install/WindowsRelease.h"
#include "engine/CheckCatalog.h"
#include "system/NativeSystem.h"

#include <QTest>
#include <QTimeZone>

using namespace mars;
using namespace mars::test;

class TestOsChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void releases_data();
    void releases();
    void dotNet48Releases_data();
    void dotNet48Releases();
    void architectures_data();
    void architectures();
    void serverCore_data();
    void serverCore();
    void notWindowsIsNotApplicable_data();
    void notWindowsIsNotApplicable();
    void unreadableOsIsAnError();
    void unreadablePendingRestartIsAnError();
    void catalogOrderAndPhases();
};

void TestOsChecks::releases_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("release"); // the "release" evidence, also in the sentence
    QTest::addColumn<QString>("cause"); // another word the sentence must contain

    const auto row = [](const char* name, const QByteArray& patch, Verdict verdict, const char* release,
                        const char* cause) {
        QTest::newRow(name) << patch << verdict << QString::fromLatin1(release) << QString::fromLatin1(cause);
    };
    row("2012", osPatch("Windows Server 2012 Standard", 6, 2, 9200, "server"), Verdict::Pass, "Windows Server 2012",
        "supports");
    row("2012 R2", osPatch("Windows Server 2012 R2 Datacenter", 6, 3, 9600, "server"), Verdict::Pass,
        "Windows Server 2012 R2", "supports");
    row("2016", osPatch("Windows Server 2016 Standard", 10, 0, 14393, "server"), Verdict::Pass, "Windows Server 2016",
        "supports");
    row("Storage Server 2016", osPatch("Windows Storage Server 2016 Standard", 10, 0, 14393, "server"), Verdict::Pass,
        "Windows Server 2016", "supports");
    row("2019 domain controller", osPatch("Windows Server 2019 Datacenter", 10, 0, 17763, "domain_controller"),
        Verdict::Pass, "Windows Server 2019", "supports");
    row("2022", osPatch("Windows Server 2022 Standard", 10, 0, 20348, "server"), Verdict::Pass, "Windows Server 2022",
        "supports");
    // Support matrix (11/2025): Windows Server 2025 Standard, Datacenter, Essentials, Server IoT.
    row("2025", osPatch("Windows Server 2025 Standard", 10, 0, 26100, "server"), Verdict::Pass, "Windows Server 2025",
        "supports");
    row("2025 Datacenter domain controller",
        osPatch("Windows Server 2025 Datacenter", 10, 0, 26100, "domain_controller"), Verdict::Pass,
        "Windows Server 2025", "supports");
    row("2025 Essentials", osPatch("Windows Server 2025 Essentials", 10, 0, 26100, "server"), Verdict::Pass,
        "Windows Server 2025", "supports");
    row("2025 IoT", osPatch("Windows Server IoT 2025 Standard", 10, 0, 26100, "server"), Verdict::Pass,
        "Windows Server 2025", "supports");
    row("newer server", osPatch("Windows Server Datacenter", 10, 0, 30000, "server"), Verdict::Warning,
        "Windows Server (build 30000)", "not yet listed");
    row("semi-annual server", osPatch("Windows Server Datacenter", 10, 0, 18363, "server"), Verdict::Fail,
        "Windows Server, semi-annual release (build 18363)", "not a Windows version the agent supports");
    // Windows 8 is still in the matrix's table, but .NET 4.8, which the current agent needs, does not run on it.
    row("Windows 8", osPatch("Windows 8 Pro", 6, 2, 9200, "workstation"), Verdict::Fail, "Windows 8",
        "cannot run .NET Framework 4.8");
    row("Windows 8.1", osPatch("Windows 8.1 Pro", 6, 3, 9600, "workstation"), Verdict::Pass, "Windows 8.1",
        "files and folders");
    row("Windows 10", osPatch("Windows 10 Enterprise", 10, 0, 19045, "workstation"), Verdict::Pass, "Windows 10",
        "files and folders");
    row("Windows 10 LTSC 2019", osPatch("Windows 10 Enterprise LTSC 2019", 10, 0, 17763, "workstation"), Verdict::Pass,
        "Windows 10", "files and folders");
    // Windows 11 keeps "Windows 10" in ProductName: the build tells.
    row("Windows 11", osPatch("Windows 10 Pro", 10, 0, 22631, "workstation"), Verdict::Pass, "Windows 11",
        "files and folders");
    row("Windows 7", osPatch("Windows 7 Professional", 6, 1, 7601, "workstation"), Verdict::Warning, "Windows 7",
        "end of support");
    row("2008 R2", osPatch("Windows Server 2008 R2 Standard", 6, 1, 7601, "server"), Verdict::Warning,
        "Windows Server 2008 R2", "end of support");
    row("Windows 7 without SP1", osPatch("Windows 7 Professional", 6, 1, 7600, "workstation"), Verdict::Fail,
        "Windows 7 without Service Pack 1", "cannot run .NET Framework 4.8");
    row("2008 R2 without SP1", osPatch("Windows Server 2008 R2 Standard", 6, 1, 7600, "server"), Verdict::Fail,
        "Windows Server 2008 R2 without Service Pack 1", "cannot run .NET Framework 4.8");
    row("2008 SP2", osPatch("Windows Server (R) 2008 Standard", 6, 0, 6002, "server"), Verdict::Fail,
        "Windows Server 2008 SP2", "cannot run .NET Framework 4.8");
    row("2008 SP2 with the last update", osPatch("Windows Server (R) 2008 Standard", 6, 0, 6003, "server"),
        Verdict::Fail, "Windows Server 2008 SP2", "cannot run .NET Framework 4.8");
    row("2008 SP1", osPatch("Windows Server (R) 2008 Standard", 6, 0, 6001, "server"), Verdict::Fail,
        "Windows Server 2008 without Service Pack 2", "not a Windows version");
    row("Vista", osPatch("Windows Vista Business", 6, 0, 6002, "workstation"), Verdict::Fail, "Windows Vista",
        "not a Windows version");
    row("Server 2003", osPatch("Windows Server 2003", 5, 2, 3790, "server"), Verdict::Fail, "Windows 5.2.3790 (server)",
        "not a Windows version");
    row("XP", osPatch("Windows XP Professional", 5, 1, 2600, "workstation"), Verdict::Fail,
        "Windows 5.1.2600 (workstation)", "cannot be installed");
}

void TestOsChecks::releases()
{
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, expected);
    QFETCH(QString, release);
    QFETCH(QString, cause);
    const OsSupportedCheck check;
    const Finding f = check.run(contextOf(scenario(patch)));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QCOMPARE(f.evidenceValue(QStringLiteral("release")), release);
    QVERIFY2(f.summary.contains(release), qPrintable(f.summary));
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    QVERIFY(f.fixIds.isEmpty()); // guidance only
    QVERIFY(!f.evidenceValue(QStringLiteral("product_name")).isEmpty());
    if (expected != Verdict::Pass)
        QVERIFY2(f.remedy.contains(check.info().docUrl), qPrintable(f.remedy));
    // Where the agent cannot go, the remedy names the supported versions, Windows Server 2025 among
    // them; where .NET 4.8 cannot go, it says what to do on that kind of Windows.
    if (expected == Verdict::Fail && !f.summary.contains(QLatin1String(".NET Framework 4.8")))
        QVERIFY2(f.remedy.contains(QStringLiteral("Windows Server 2025, 2022")), qPrintable(f.remedy));
    if (f.summary.contains(QLatin1String(".NET Framework 4.8")))
        QVERIFY2(f.remedy.contains(release.contains(QLatin1String("Service Pack 1")) ? QStringLiteral("Service Pack 1")
                                   : release.contains(QLatin1String("Server")) ? QStringLiteral("Windows Server 2016")
                                                                               : QStringLiteral("Windows 10")),
                 qPrintable(f.remedy));
}

void TestOsChecks::dotNet48Releases_data()
{
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("build");
    QTest::addColumn<QString>("productType");
    QTest::addColumn<bool>("runs");
    // .NET "versions and dependencies": 4.8 installs on 7 SP1, 8.1, 10, 2008 R2 SP1, 2012, 2012 R2, 2016 and later.
    QTest::newRow("Vista") << 6 << 0 << 6002 << "workstation" << false;
    QTest::newRow("2008 SP2") << 6 << 0 << 6003 << "server" << false;
    QTest::newRow("Windows 7") << 6 << 1 << 7600 << "workstation" << false;
    QTest::newRow("Windows 7 SP1") << 6 << 1 << 7601 << "workstation" << true;
    QTest::newRow("2008 R2 SP1") << 6 << 1 << 7601 << "server" << true;
    QTest::newRow("Windows 8") << 6 << 2 << 9200 << "workstation" << false;
    QTest::newRow("2012") << 6 << 2 << 9200 << "server" << true;
    QTest::newRow("2012 domain controller") << 6 << 2 << 9200 << "domain_controller" << true;
    QTest::newRow("Windows 8.1") << 6 << 3 << 9600 << "workstation" << true;
    QTest::newRow("2025") << 10 << 0 << 26100 << "server" << true;
    QTest::newRow("Server 2003") << 5 << 2 << 3790 << "server" << false;
}

void TestOsChecks::dotNet48Releases()
{
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, build);
    QFETCH(QString, productType);
    QFETCH(bool, runs);
    OsInfo info;
    info.isWindows = true;
    info.major = major;
    info.minor = minor;
    info.build = build;
    info.productType = productType == QLatin1String("workstation") ? OsInfo::ProductType::Workstation
                       : productType == QLatin1String("server")    ? OsInfo::ProductType::Server
                                                                   : OsInfo::ProductType::DomainController;
    QCOMPARE(windows::runsDotNet48(info), runs);
    // Every release the OS check passes or warns about can take .NET 4.8.
    const windows::Support support = windows::classify(info).support;
    if (support != windows::Support::NoDotNet48 && support != windows::Support::Unsupported)
        QVERIFY(runs);
    if (support == windows::Support::NoDotNet48)
        QVERIFY(!runs);
}

void TestOsChecks::architectures_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::newRow("x64") << "amd64" << Verdict::Pass << "64-bit";
    QTest::newRow("ARM64") << "arm64" << Verdict::Warning << "ARM64";
    QTest::newRow("32-bit") << "x86" << Verdict::Fail << "32-bit";
    QTest::newRow("Itanium") << "ia64" << Verdict::Fail << "ia64"; // no scenario spelling: a probe answer
    QTest::newRow("not reported") << "" << Verdict::Error << "not known";
}

void TestOsChecks::architectures()
{
    QFETCH(QString, architecture);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    auto system = std::make_shared<FailingSystem>(test::fromPatch("{}"));
    system->osAnswer = [architecture] {
        OsInfo info;
        info.isWindows = true;
        info.productName = QStringLiteral("Windows Server 2019 Standard");
        info.major = 10;
        info.build = 17763;
        info.productType = OsInfo::ProductType::Server;
        info.architecture = architecture;
        return Probed<OsInfo>::good(info);
    };
    const Os64BitCheck check;
    const Finding f = check.run(contextOf(system));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    if (expected != Verdict::Error)
        QCOMPARE(f.evidenceValue(QStringLiteral("architecture")), architecture);

    // The scenario spelling of the same machine gives the same verdict.
    if (architecture == QLatin1String("amd64") || architecture == QLatin1String("arm64")
        || architecture == QLatin1String("x86")) {
        const QByteArray extra = ", \"architecture\": \"" + architecture.toLatin1() + "\"";
        QCOMPARE(check.run(contextOf(scenario(
                                   osPatch("Windows Server 2019 Standard", 10, 0, 17763, "server", extra.constData()))))
                         .verdict,
                 expected);
    }
}

void TestOsChecks::serverCore_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<bool>("unrecordedNote"); // the detail says nothing was recorded

    const char* server = "Windows Server 2019 Standard";
    QTest::newRow("desktop experience") << osPatch(server, 10, 0, 17763, "server",
                                                   R"(, "installationType": "Server", "editionId": "ServerStandard")")
                                        << Verdict::Pass << "full desktop" << false;
    QTest::newRow("Server Core") << osPatch(server, 10, 0, 17763, "server",
                                            R"(, "installationType": "Server Core", "editionId": "ServerStandard")")
                                 << Verdict::Fail << "Server Core" << false;
    QTest::newRow("server core, other case")
            << osPatch(server, 10, 0, 20348, "server", R"(, "installationType": "server core")") << Verdict::Fail
            << "Server Core" << false;
    QTest::newRow("Nano Server") << osPatch(server, 10, 0, 14393, "server", R"(, "installationType": "Nano Server")")
                                 << Verdict::Fail << "Nano Server" << false;
    QTest::newRow("2008 R2 Core edition") << osPatch("Windows Server 2008 R2 Standard", 6, 1, 7601, "server",
                                                     R"(, "editionId": "ServerStandardCore")")
                                          << Verdict::Fail << "Server Core" << false;
    QTest::newRow("DISM spelling of a Core edition")
            << osPatch(server, 6, 3, 9600, "server", R"(, "editionId": "ServerDatacenterCor")") << Verdict::Fail
            << "Server Core" << false;
    QTest::newRow("domain controller with desktop")
            << osPatch(server, 10, 0, 17763, "domain_controller", R"(, "installationType": "Server")") << Verdict::Pass
            << "full desktop" << false;
    QTest::newRow("Windows 11") << osPatch("Windows 10 Pro", 10, 0, 22631, "workstation",
                                           R"(, "installationType": "Client")")
                                << Verdict::Pass << "desktop edition" << false;
    QTest::newRow("server, nothing recorded")
            << osPatch(server, 6, 1, 7601, "server") << Verdict::Pass << "full desktop" << true;
}

void TestOsChecks::serverCore()
{
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(bool, unrecordedNote);
    const ServerCoreCheck check;
    const Finding f = check.run(contextOf(scenario(patch)));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.detail.contains(QStringLiteral("Neither value is recorded")), unrecordedNote);
    QVERIFY(!f.evidenceValue(QStringLiteral("installation_type")).isEmpty());
    if (expected == Verdict::Fail)
        QVERIFY(f.remedy.contains(QStringLiteral("Desktop Experience")));
}

void TestOsChecks::notWindowsIsNotApplicable_data()
{
    QTest::addColumn<QString>("checkId");
    for (const QString& id : {OsSupportedCheck::id(), Os64BitCheck::id(), ServerCoreCheck::id(), OsUpdatesCheck::id()})
        QTest::newRow(qPrintable(id)) << id;
}

void TestOsChecks::notWindowsIsNotApplicable()
{
    QFETCH(QString, checkId);
    const CheckCatalog catalog = builtinCatalog();
    auto system = std::make_shared<FailingSystem>(test::fromPatch("{}"));
    system->osAnswer = [] {
        OsInfo info;
        info.productName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        info.architecture = QStringLiteral("amd64");
        return Probed<OsInfo>::good(info);
    };
    const Finding f = catalog.check(checkId)->run(contextOf(system));
    QCOMPARE(f.verdict, Verdict::NotApplicable);
    QVERIFY2(f.summary.contains(QStringLiteral("does not run Windows")), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("operating_system")), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
#ifndef Q_OS_WIN
    // The real Linux box says the same.
    const Finding native = catalog.check(checkId)->run(contextOf(createNativeSystem({})));
    QCOMPARE(native.verdict, Verdict::NotApplicable);
#endif
}

void TestOsChecks::unreadableOsIsAnError()
{
    auto system = std::make_shared<FailingSystem>(test::fromPatch("{}"));
    system->osAnswer = [] { return Probed<OsInfo>::bad(ProbeStatus::Failed, QStringLiteral("RtlGetVersion failed")); };
    const CheckContext context = contextOf(system);
    for (const auto& check :
         std::vector<std::shared_ptr<Check>>{std::make_shared<OsSupportedCheck>(), std::make_shared<Os64BitCheck>(),
                                             std::make_shared<ServerCoreCheck>(), std::make_shared<OsUpdatesCheck>()}) {
        const Finding f = check->run(context);
        QCOMPARE(f.verdict, Verdict::Error);
        QVERIFY2(f.summary.contains(QStringLiteral("could not be read")), qPrintable(f.summary));
        QCOMPARE(f.detail, QStringLiteral("RtlGetVersion failed"));
        QVERIFY(f.fixIds.isEmpty());
    }
}

void TestOsChecks::unreadablePendingRestartIsAnError()
{
    class NoRebootMarkers final : public test::ForwardingMachine
    {
    public:
        using ForwardingMachine::ForwardingMachine;
        Probed<QStringList> pendingRebootReasons() const override
        {
            return Probed<QStringList>::bad(ProbeStatus::Denied, QStringLiteral("RegOpenKeyExW: access denied"), 5);
        }
    };
    const OsUpdatesCheck check;
    const Finding f = check.run(contextOf(test::withRole<NoRebootMarkers>(test::fromPatch("{}"))));
    QCOMPARE(f.verdict, Verdict::Error); // never a pass without the markers
    QVERIFY(f.detail.contains(QStringLiteral("access denied")));
    QVERIFY(f.summary.contains(QStringLiteral("restart")));
}

void TestOsChecks::catalogOrderAndPhases()
{
    const CheckCatalog catalog = builtinCatalog();
    QStringList order;
    for (const auto& check : catalog.checks())
        order.append(check->info().id);
    // After A2, in the catalog's order.
    const qsizetype a2 = order.indexOf(ProcessElevatedCheck::id());
    QVERIFY(a2 >= 0);
    const QStringList mine{OsSupportedCheck::id(),   Os64BitCheck::id(),
                           ServerCoreCheck::id(),    OsUpdatesCheck::id(),
                           DotNetVersionCheck::id(), PowerShellVersionCheck::id(),
                           VcRedistMmcCheck::id(),   InstallDirAttributesCheck::id(),
                           ExistingAgentCheck::id(), InstallerLogsCheck::id()};
    QCOMPARE(order.mid(a2 + 1, mine.size()), mine);
    const Phases both = Phase::Install | Phase::Register;
    for (const QString& id : mine) {
        const CheckInfo info = catalog.check(id)->info();
        const bool registerToo = id == OsUpdatesCheck::id() || id == DotNetVersionCheck::id()
                                 || id == PowerShellVersionCheck::id() || id == ExistingAgentCheck::id();
        QCOMPARE(info.phases, registerToo ? both : Phases(Phase::Install));
        QCOMPARE(info.catalogRef, QStringLiteral("A%1").arg(mine.indexOf(id) + 3));
        QVERIFY(info.docUrl.startsWith(QStringLiteral("https://learn.microsoft.com/")));
        QVERIFY(info.deadline_ms > 0);
    }
    QVERIFY(catalog.fix(StartAgentServiceFix::id()));
    QCOMPARE(catalog.fix(StartAgentServiceFix::id())->info().checkId, ExistingAgentCheck::id());
}

QTEST_GUILESS_MAIN(TestOsChecks)
#include "TestOsChecks.moc"
