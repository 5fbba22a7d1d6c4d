// SPDX-License-Identifier: MIT
// A3 os_supported, A4 os_64bit, A5 os_not_server_core and A6 os_updates_current over tables of
// Windows versions (patched minimal scenarios), off Windows, and when the probe itself fails.
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

namespace {
// A scenario "os" object.
QByteArray os(const char* productName, int major, int minor, int build, const char* productType, const char* extra = "")
{
    return QByteArray(R"({"os": {"productName": ")") + productName + R"(", "major": )" + QByteArray::number(major)
           + R"(, "minor": )" + QByteArray::number(minor) + R"(, "build": )" + QByteArray::number(build)
           + R"(, "productType": ")" + productType + "\"" + extra + "}}";
}

const QDateTime kNow = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
} // namespace

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
    void updates_data();
    void updates();
    void updateHistory_data();
    void updateHistory();
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
    row("2012", os("Windows Server 2012 Standard", 6, 2, 9200, "server"), Verdict::Pass, "Windows Server 2012",
        "supports");
    row("2012 R2", os("Windows Server 2012 R2 Datacenter", 6, 3, 9600, "server"), Verdict::Pass,
        "Windows Server 2012 R2", "supports");
    row("2016", os("Windows Server 2016 Standard", 10, 0, 14393, "server"), Verdict::Pass, "Windows Server 2016",
        "supports");
    row("Storage Server 2016", os("Windows Storage Server 2016 Standard", 10, 0, 14393, "server"), Verdict::Pass,
        "Windows Server 2016", "supports");
    row("2019 domain controller", os("Windows Server 2019 Datacenter", 10, 0, 17763, "domain_controller"),
        Verdict::Pass, "Windows Server 2019", "supports");
    row("2022", os("Windows Server 2022 Standard", 10, 0, 20348, "server"), Verdict::Pass, "Windows Server 2022",
        "supports");
    // Support matrix (11/2025): Windows Server 2025 Standard, Datacenter, Essentials, Server IoT.
    row("2025", os("Windows Server 2025 Standard", 10, 0, 26100, "server"), Verdict::Pass, "Windows Server 2025",
        "supports");
    row("2025 Datacenter domain controller", os("Windows Server 2025 Datacenter", 10, 0, 26100, "domain_controller"),
        Verdict::Pass, "Windows Server 2025", "supports");
    row("2025 Essentials", os("Windows Server 2025 Essentials", 10, 0, 26100, "server"), Verdict::Pass,
        "Windows Server 2025", "supports");
    row("2025 IoT", os("Windows Server IoT 2025 Standard", 10, 0, 26100, "server"), Verdict::Pass,
        "Windows Server 2025", "supports");
    row("newer server", os("Windows Server Datacenter", 10, 0, 30000, "server"), Verdict::Warning,
        "Windows Server (build 30000)", "not yet listed");
    row("semi-annual server", os("Windows Server Datacenter", 10, 0, 18363, "server"), Verdict::Fail,
        "Windows Server, semi-annual release (build 18363)", "not a Windows version the agent supports");
    // Windows 8 is still in the matrix's table, but .NET 4.8, which the current agent needs, does not run on it.
    row("Windows 8", os("Windows 8 Pro", 6, 2, 9200, "workstation"), Verdict::Fail, "Windows 8",
        "cannot run .NET Framework 4.8");
    row("Windows 8.1", os("Windows 8.1 Pro", 6, 3, 9600, "workstation"), Verdict::Pass, "Windows 8.1",
        "files and folders");
    row("Windows 10", os("Windows 10 Enterprise", 10, 0, 19045, "workstation"), Verdict::Pass, "Windows 10",
        "files and folders");
    row("Windows 10 LTSC 2019", os("Windows 10 Enterprise LTSC 2019", 10, 0, 17763, "workstation"), Verdict::Pass,
        "Windows 10", "files and folders");
    // Windows 11 keeps "Windows 10" in ProductName: the build tells.
    row("Windows 11", os("Windows 10 Pro", 10, 0, 22631, "workstation"), Verdict::Pass, "Windows 11",
        "files and folders");
    row("Windows 7", os("Windows 7 Professional", 6, 1, 7601, "workstation"), Verdict::Warning, "Windows 7",
        "end of support");
    row("2008 R2", os("Windows Server 2008 R2 Standard", 6, 1, 7601, "server"), Verdict::Warning,
        "Windows Server 2008 R2", "end of support");
    row("Windows 7 without SP1", os("Windows 7 Professional", 6, 1, 7600, "workstation"), Verdict::Fail,
        "Windows 7 without Service Pack 1", "cannot run .NET Framework 4.8");
    row("2008 R2 without SP1", os("Windows Server 2008 R2 Standard", 6, 1, 7600, "server"), Verdict::Fail,
        "Windows Server 2008 R2 without Service Pack 1", "cannot run .NET Framework 4.8");
    row("2008 SP2", os("Windows Server (R) 2008 Standard", 6, 0, 6002, "server"), Verdict::Fail,
        "Windows Server 2008 SP2", "cannot run .NET Framework 4.8");
    row("2008 SP2 with the last update", os("Windows Server (R) 2008 Standard", 6, 0, 6003, "server"), Verdict::Fail,
        "Windows Server 2008 SP2", "cannot run .NET Framework 4.8");
    row("2008 SP1", os("Windows Server (R) 2008 Standard", 6, 0, 6001, "server"), Verdict::Fail,
        "Windows Server 2008 without Service Pack 2", "not a Windows version");
    row("Vista", os("Windows Vista Business", 6, 0, 6002, "workstation"), Verdict::Fail, "Windows Vista",
        "not a Windows version");
    row("Server 2003", os("Windows Server 2003", 5, 2, 3790, "server"), Verdict::Fail, "Windows 5.2.3790 (server)",
        "not a Windows version");
    row("XP", os("Windows XP Professional", 5, 1, 2600, "workstation"), Verdict::Fail, "Windows 5.1.2600 (workstation)",
        "cannot be installed");
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
                                   os("Windows Server 2019 Standard", 10, 0, 17763, "server", extra.constData()))))
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
    QTest::newRow("desktop experience") << os(server, 10, 0, 17763, "server",
                                              R"(, "installationType": "Server", "editionId": "ServerStandard")")
                                        << Verdict::Pass << "full desktop" << false;
    QTest::newRow("Server Core") << os(server, 10, 0, 17763, "server",
                                       R"(, "installationType": "Server Core", "editionId": "ServerStandard")")
                                 << Verdict::Fail << "Server Core" << false;
    QTest::newRow("server core, other case")
            << os(server, 10, 0, 20348, "server", R"(, "installationType": "server core")") << Verdict::Fail
            << "Server Core" << false;
    QTest::newRow("Nano Server") << os(server, 10, 0, 14393, "server", R"(, "installationType": "Nano Server")")
                                 << Verdict::Fail << "Nano Server" << false;
    QTest::newRow("2008 R2 Core edition")
            << os("Windows Server 2008 R2 Standard", 6, 1, 7601, "server", R"(, "editionId": "ServerStandardCore")")
            << Verdict::Fail << "Server Core" << false;
    QTest::newRow("DISM spelling of a Core edition")
            << os(server, 6, 3, 9600, "server", R"(, "editionId": "ServerDatacenterCor")") << Verdict::Fail
            << "Server Core" << false;
    QTest::newRow("domain controller with desktop")
            << os(server, 10, 0, 17763, "domain_controller", R"(, "installationType": "Server")") << Verdict::Pass
            << "full desktop" << false;
    QTest::newRow("Windows 11") << os("Windows 10 Pro", 10, 0, 22631, "workstation",
                                      R"(, "installationType": "Client")")
                                << Verdict::Pass << "desktop edition" << false;
    QTest::newRow("server, nothing recorded")
            << os(server, 6, 1, 7601, "server") << Verdict::Pass << "full desktop" << true;
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

void TestOsChecks::updates_data()
{
    QTest::addColumn<QByteArray>("pending"); // JSON list
    QTest::addColumn<QString>("lastSuccess"); // LastSuccessTime, "" = not recorded
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("ageDays"); // evidence, "" = none

    const QByteArray none = "[]";
    const QByteArray cbs = R"(["Component Based Servicing\\RebootPending"])";
    QTest::newRow("nothing recorded, no restart") << none << "" << Verdict::Pass << "No restart"
                                                  << "";
    QTest::newRow("restart pending") << cbs << "" << Verdict::Warning << "waiting for a restart"
                                     << "";
    QTest::newRow("two markers") << QByteArray(R"(["Component Based Servicing\\RebootPending",
                                                   "PendingFileRenameOperations"])")
                                 << "" << Verdict::Warning << "restart"
                                 << "";
    QTest::newRow("updated 10 days ago") << none << "2025-05-22 12:00:00" << Verdict::Pass << "10 days"
                                         << "10";
    QTest::newRow("updated exactly 60 days ago") << none << "2025-04-02 12:00:00" << Verdict::Pass << "60 days"
                                                 << "60";
    QTest::newRow("updated 61 days ago") << none << "2025-04-01 12:00:00" << Verdict::Warning << "61 days"
                                         << "61";
    QTest::newRow("old updates and a pending restart") << cbs << "2024-01-01 00:00:00" << Verdict::Warning << "restart"
                                                       << "517";
    QTest::newRow("unreadable date") << none << "yesterday" << Verdict::Pass << "No restart"
                                     << "";
}

void TestOsChecks::updates()
{
    QFETCH(QByteArray, pending);
    QFETCH(QString, lastSuccess);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, ageDays);
    QByteArray patch = "{\"pendingReboot\": " + pending;
    if (!lastSuccess.isEmpty())
        patch +=
                R"(, "registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Results\\Install", "name": "LastSuccessTime", "type": "REG_SZ", "data": ")"
                + lastSuccess.toLatin1() + "\"}]";
    patch += '}';
    CheckContext context = contextOf(scenario(patch));
    context.env.utcNow = [] { return kNow; };
    const OsUpdatesCheck check;
    const Finding f = check.run(context);
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("last_update_age_days")), ageDays);
    QVERIFY(f.fixIds.isEmpty());
    if (pending != "[]") {
        QVERIFY(f.evidenceValue(QStringLiteral("pending_restart")).contains(QStringLiteral("RebootPending")));
        QVERIFY(f.remedy.contains(QStringLiteral("Restart the server")));
    }
    if (ageDays.toInt() > OsUpdatesCheck::kMaxAge_days)
        QVERIFY2(f.remedy.contains(QStringLiteral("Windows Update")), qPrintable(f.remedy));
    // Newer Windows do not write the date: said, never a warning by itself.
    if (lastSuccess.isEmpty())
        QVERIFY2(f.detail.contains(QStringLiteral("does not record")), qPrintable(f.detail));
    if (lastSuccess == QLatin1String("yesterday"))
        QVERIFY2(f.detail.contains(QStringLiteral("\"yesterday\"")), qPrintable(f.detail));
}

void TestOsChecks::updateHistory_data()
{
    QTest::addColumn<QByteArray>("pending"); // JSON list
    QTest::addColumn<QByteArray>("history"); // the scenario's "updateHistory" object, "" = not described
    QTest::addColumn<QString>("lastSuccess"); // LastSuccessTime, "" = not recorded
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("ageDays"); // evidence, "" = none
    QTest::addColumn<QString>("detail"); // words the detail must contain

    const QByteArray none = "[]";
    const QByteArray recent = R"json({"totalEntries": 120, "lastInstallAgeDays": 10,
        "lastInstallTitle": "2025-05 Cumulative Update for Windows Server 2019 (KB5058392)"})json";
    const QByteArray disabled = R"({"error": "The Windows Update service (wuauserv) is disabled."})";
    // Server 2016 and later: only the history knows.
    QTest::newRow("history: 10 days ago") << none << recent << "" << Verdict::Pass << "10 days"
                                          << "10"
                                          << "120 entries";
    QTest::newRow("history: 61 days ago")
            << none << QByteArray(R"({"lastInstallAgeDays": 61})") << "" << Verdict::Warning << "61 days"
            << "61"
            << "Windows Update's history";
    QTest::newRow("history wins over an old LastSuccessTime")
            << none << recent << "2024-01-01 00:00:00" << Verdict::Pass << "10 days"
            << "10"
            << "Windows Update's history";
    QTest::newRow("empty history, LastSuccessTime 10 days ago")
            << none << QByteArray(R"({"totalEntries": 0})") << "2025-05-22 12:00:00" << Verdict::Pass << "10 days"
            << "10"
            << "LastSuccessTime";
    QTest::newRow("empty history, nothing else")
            << none << QByteArray("{}") << "" << Verdict::Warning << "records no successful installation"
            << ""
            << "0 entries";
    // The history cannot be read (Windows Update disabled; Wine): never a silent pass.
    QTest::newRow("history unreadable, no restart") << none << disabled << "" << Verdict::Error << "could not be read"
                                                    << ""
                                                    << "wuauserv";
    QTest::newRow("history unreadable, LastSuccessTime answers")
            << none << disabled << "2025-05-22 12:00:00" << Verdict::Pass << "10 days"
            << "10"
            << "could not be read";
    QTest::newRow("history unreadable and a restart pending")
            << QByteArray(R"(["Component Based Servicing\\RebootPending"])") << disabled << "" << Verdict::Warning
            << "finish installing updates"
            << ""
            << "could not be read";
    // Pending file renames alone (antivirus keeps the value filled) are not updates.
    QTest::newRow("only pending file renames")
            << QByteArray(R"(["PendingFileRenameOperations"])") << recent << "" << Verdict::Warning
            << "Files are waiting to be replaced at the next restart"
            << "10"
            << "PendingFileRenameOperations";
    QTest::newRow("file renames and Windows Update")
            << QByteArray(R"(["PendingFileRenameOperations", "WindowsUpdate\\Auto Update\\RebootRequired"])") << recent
            << "" << Verdict::Warning << "finish installing updates"
            << "10"
            << "RebootRequired";
}

void TestOsChecks::updateHistory()
{
    QFETCH(QByteArray, pending);
    QFETCH(QByteArray, history);
    QFETCH(QString, lastSuccess);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, ageDays);
    QFETCH(QString, detail);
    // The scenario's clock and the check's "now" agree: ages count from the same moment.
    QByteArray patch = R"({"clock": {"utc": "2025-06-01T12:00:00Z"}, "pendingReboot": )" + pending;
    if (!history.isEmpty())
        patch += ", \"updateHistory\": " + history;
    if (!lastSuccess.isEmpty())
        patch +=
                R"(, "registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Results\\Install", "name": "LastSuccessTime", "type": "REG_SZ", "data": ")"
                + lastSuccess.toLatin1() + "\"}]";
    patch += '}';
    CheckContext context = contextOf(scenario(patch));
    context.env.utcNow = [] { return kNow; };
    const OsUpdatesCheck check;
    const Finding f = check.run(context);
    if (expected == Verdict::Error) {
        // The 60-day question is unanswered, but the rest was read: what to look at is said.
        QCOMPARE(f.checkId, OsUpdatesCheck::id());
        QVERIFY2(f.remedy.contains(QStringLiteral("wuauserv")), qPrintable(f.remedy));
    } else {
        verifyShape(f, check);
    }
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("last_update_age_days")), ageDays);
    QVERIFY2(f.detail.contains(detail), qPrintable(f.detail));
    QVERIFY(f.fixIds.isEmpty());
    if (history.contains("KB5058392") && lastSuccess.isEmpty())
        QCOMPARE(f.evidenceValue(QStringLiteral("last_update_title")),
                 QStringLiteral("2025-05 Cumulative Update for Windows Server 2019 (KB5058392)"));
    if (history.contains("error") && ageDays.isEmpty())
        QCOMPARE(f.evidenceValue(QStringLiteral("last_update_install_utc")), QStringLiteral("could not be read"));
    if (pending.contains("PendingFileRenameOperations") && !pending.contains("RebootRequired")) {
        // Worded as what it is: files, often antivirus, not updates.
        QVERIFY2(!f.summary.contains(QStringLiteral("installing updates")), qPrintable(f.summary));
        QVERIFY2(f.remedy.contains(QStringLiteral("antivirus")), qPrintable(f.remedy));
    }
    if (expected == Verdict::Warning && pending == "[]")
        QVERIFY2(f.remedy.contains(QStringLiteral("Windows Update")), qPrintable(f.remedy));
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
