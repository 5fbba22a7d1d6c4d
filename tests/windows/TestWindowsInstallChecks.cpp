// SPDX-License-Identifier: MIT
// The real installation checks against WindowsSystem on the real Win32 (Wine in CI), after the
// test has written the machine state they read: the .NET Release value in both registry views
// (A7, the 4.8 threshold), the PowerShell engine's version (A8), the VC++ 2015-2022 x64 runtime's
// Installed and Version values in both views (A9), the agent's InstallPath with a folder, a versioned
// bin\cbengine.exe (a copy of mars_test_service.exe, 2.0.9506.0) and an "obengine" service made
// from the test service (A11), the two ScratchLocation values (B1), and the pending-restart
// marker and last-update date (A6). Every registry value is put back and every key removed
// afterwards (RegistrySandbox); where HKLM or the service manager is closed to this process,
// the test skips and says why.
#include "InstallTestSupport.h"
#include "catalog/install/DotNetVersionCheck.h"
#include "catalog/install/ExistingAgentCheck.h"
#include "catalog/install/OsUpdatesCheck.h"
#include "catalog/install/PowerShellVersionCheck.h"
#include "catalog/install/StartAgentServiceFix.h"
#include "catalog/install/VcRedistMmcCheck.h"
#include "catalog/scratch/ScratchRegistryCheck.h"
#include "catalog/scratch/ScratchRegistryFix.h"
#include "engine/CheckContext.h"
#include "system/WindowsSystem.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace mars;
using namespace mars::test;

namespace {
const QString kSetupKey = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup");
const QString kConfigKey = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config");
const QString kProviderKey = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config\\CloudBackupProvider");
const QString kRebootKey =
        QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired");
const QString kAbsent = QStringLiteral("<absent>");
constexpr REGSAM k64 = KEY_WOW64_64KEY;
constexpr REGSAM k32 = KEY_WOW64_32KEY;

CheckContext windowsContext(Goal goal = Goal::Install)
{
    CheckContext context;
    context.env.system = std::make_shared<WindowsSystem>();
    context.env.inputs.goal = goal;
    return context;
}

QString describe(const Finding& f)
{
    return QStringLiteral("%1: %2 | %3").arg(verdictId(f.verdict), f.summary, f.detail);
}
} // namespace

class TestWindowsInstallChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void dotNetRelease_data();
    void dotNetRelease();
    void powerShellVersion_data();
    void powerShellVersion();
    void vc14Runtime_data();
    void vc14Runtime();
    void existingAgent_data();
    void existingAgent();
    void scratchRegistry_data();
    void scratchRegistry();
    void pendingRestartWarns();
    void lastUpdateAge_data();
    void lastUpdateAge();

private:
    // Skips the running test when HKLM is closed to this process (a non-elevated run).
    bool skipWhenDenied();

    std::unique_ptr<RegistrySandbox> m_registry;
    std::unique_ptr<TempFolder> m_temp;
};

void TestWindowsInstallChecks::init()
{
    m_registry = std::make_unique<RegistrySandbox>();
    m_temp = std::make_unique<TempFolder>();
    QVERIFY(m_temp->isValid());
}

void TestWindowsInstallChecks::cleanup()
{
    m_registry.reset(); // puts the registry back
    m_temp.reset();
}

bool TestWindowsInstallChecks::skipWhenDenied()
{
    return m_registry->denied();
}

void TestWindowsInstallChecks::dotNetRelease_data()
{
    // Release in the 64-bit and the 32-bit view: a number, -1 absent, -2 a string.
    QTest::addColumn<int>("release64");
    QTest::addColumn<int>("release32");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentions");
    // The current agent requires 4.8 (install guide 08/2025): Release 528040.
    QTest::newRow("not installed") << -1 << -1 << Verdict::Fail << QStringLiteral("4.8 is not installed");
    QTest::newRow("4.8.1") << 533320 << 533320 << Verdict::Pass << QStringLiteral("4.8.1");
    QTest::newRow("4.8 exactly") << 528040 << 528040 << Verdict::Pass << QStringLiteral("4.8");
    QTest::newRow("just below 4.8") << 528039 << 528039 << Verdict::Fail << QStringLiteral("4.7.2");
    QTest::newRow("4.6.2, once enough") << 394802 << 394802 << Verdict::Fail << QStringLiteral("4.6.2");
    QTest::newRow("older than 4.5") << 1 << 1 << Verdict::Fail << QStringLiteral("older than 4.5");
    QTest::newRow("32-bit view lower") << 528040 << 461808 << Verdict::Fail << QStringLiteral("4.7.2");
    QTest::newRow("64-bit view lower") << 461808 << 528040 << Verdict::Fail << QStringLiteral("4.7.2");
    QTest::newRow("64-bit view only") << 528040 << -1 << Verdict::Pass << QStringLiteral("4.8");
    QTest::newRow("32-bit view only") << -1 << 533320 << Verdict::Pass << QStringLiteral("4.8.1");
    QTest::newRow("not a number") << -2 << -2 << Verdict::Error << QStringLiteral(".NET");
}

void TestWindowsInstallChecks::dotNetRelease()
{
    QFETCH(int, release64);
    QFETCH(int, release32);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentions);
    const QString key = DotNetVersionCheck::fullKey();
    const QString name = QStringLiteral("Release");
    for (const auto& [view, release] : {std::pair{k64, release64}, std::pair{k32, release32}}) {
        const bool done = release == -1   ? m_registry->removeValue(view, key, name)
                          : release == -2 ? m_registry->setString(view, key, name, QStringLiteral("4.8"))
                                          : m_registry->setDword(view, key, name, quint32(release));
        if (!done && m_registry->denied())
            QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated).");
        QVERIFY2(done, qPrintable(QStringLiteral("registry error %1").arg(m_registry->lastError())));
    }
    // The two views must really be two keys here, or the rows that differ prove nothing.
    DWORD type = 0;
    QByteArray bytes;
    const bool seen32 = m_registry->read(k32, key, name, &type, &bytes);
    if (seen32 != (release32 != -1))
        QSKIP("Registry redirection is not in effect here: the 32-bit view shows the 64-bit value.");

    const Finding f = DotNetVersionCheck().run(windowsContext());
    QVERIFY2(f.verdict == verdict, qPrintable(describe(f)));
    QVERIFY2(f.summary.contains(mentions), qPrintable(f.summary));
    if (release64 >= 0)
        QCOMPARE(f.evidenceValue(QStringLiteral("release_64bit_view")), QString::number(release64));
    if (release32 >= 0)
        QCOMPARE(f.evidenceValue(QStringLiteral("release_32bit_view")), QString::number(release32));
}

void TestWindowsInstallChecks::powerShellVersion_data()
{
    QTest::addColumn<QString>("version"); // PowerShell\3\PowerShellEngine PowerShellVersion
    QTest::addColumn<Verdict>("verdict");
    // Install guide (08/2025): setup requires Windows PowerShell 5.0.
    QTest::newRow("5.1") << QStringLiteral("5.1.17763.1") << Verdict::Pass;
    QTest::newRow("5.0") << QStringLiteral("5.0.10586.117") << Verdict::Pass;
    QTest::newRow("4.0") << QStringLiteral("4.0") << Verdict::Fail;
    QTest::newRow("3.0") << QStringLiteral("3.0") << Verdict::Fail;
}

void TestWindowsInstallChecks::powerShellVersion()
{
    QFETCH(QString, version);
    QFETCH(Verdict, verdict);
    if (!m_registry->setString(k64, PowerShellVersionCheck::engineKey(3), QStringLiteral("PowerShellVersion"),
                               version)) {
        if (skipWhenDenied())
            QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated).");
        QFAIL(qPrintable(QStringLiteral("registry error %1").arg(m_registry->lastError())));
    }
    const Finding f = PowerShellVersionCheck().run(windowsContext());
    QVERIFY2(f.verdict == verdict, qPrintable(describe(f)));
    QCOMPARE(f.evidenceValue(QStringLiteral("powershell_version")), version);
}

void TestWindowsInstallChecks::vc14Runtime_data()
{
    // The VC++ 2015-2022 x64 runtime's values in the 64-bit and the 32-bit (WOW6432Node) view:
    // a Version, "" for none (both values absent), "off" for Installed = 0 with a Version.
    QTest::addColumn<QString>("view64");
    QTest::addColumn<QString>("view32");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("64-bit view") << QStringLiteral("v14.40.33810.00") << QString() << QStringLiteral("v14.40.33810.00");
    QTest::newRow("32-bit view only") << QString() << QStringLiteral("v14.38.33135.00")
                                      << QStringLiteral("v14.38.33135.00");
    QTest::newRow("the newer counts") << QStringLiteral("v14.0.24215.01") << QStringLiteral("v14.38.33135.00")
                                      << QStringLiteral("v14.38.33135.00");
    QTest::newRow("uninstalled") << QStringLiteral("off") << QString() << QStringLiteral("not installed");
    QTest::newRow("none") << QString() << QString() << QStringLiteral("not installed");
}

void TestWindowsInstallChecks::vc14Runtime()
{
    QFETCH(QString, view64);
    QFETCH(QString, view32);
    QFETCH(QString, evidence);
    const QString key = VcRedistMmcCheck::vc14Key();
    for (const auto& [view, version] : {std::pair{k64, view64}, std::pair{k32, view32}}) {
        bool done = true;
        if (version.isEmpty()) {
            done = m_registry->removeValue(view, key, QStringLiteral("Installed"))
                   && m_registry->removeValue(view, key, QStringLiteral("Version"));
        } else {
            done = m_registry->setDword(view, key, QStringLiteral("Installed"), version == QLatin1String("off") ? 0 : 1)
                   && m_registry->setString(view, key, QStringLiteral("Version"),
                                            version == QLatin1String("off") ? QStringLiteral("v14.40.33810.00")
                                                                            : version);
        }
        if (!done && m_registry->denied())
            QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated).");
        QVERIFY2(done, qPrintable(QStringLiteral("registry error %1").arg(m_registry->lastError())));
    }
    DWORD type = 0;
    QByteArray bytes;
    if (m_registry->read(k32, key, QStringLiteral("Version"), &type, &bytes) != !view32.isEmpty()
        || m_registry->read(k64, key, QStringLiteral("Version"), &type, &bytes) != !view64.isEmpty())
        QSKIP("Registry redirection is not in effect here: the 32-bit view shows the 64-bit value.");
    // MMC and DISM decide the verdict on this machine (Wine has neither); the runtime's read is
    // what this test proves.
    const Finding f = VcRedistMmcCheck().run(windowsContext());
    QVERIFY2(f.verdict != Verdict::Error, qPrintable(describe(f)));
    QCOMPARE(f.evidenceValue(QStringLiteral("vc14_runtime")), evidence);
}

void TestWindowsInstallChecks::existingAgent_data()
{
    QTest::addColumn<QString>("engine"); // "versioned", "unversioned", "missing"; "none": not installed
    QTest::addColumn<QString>("service"); // "running", "stopped", "absent"
    QTest::addColumn<Goal>("goal");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not installed yet") << QStringLiteral("none") << QStringLiteral("absent") << Goal::Install
                                       << Verdict::Pass << QStringLiteral("fresh installation");
    QTest::newRow("not installed, registering") << QStringLiteral("none") << QStringLiteral("absent") << Goal::Register
                                                << Verdict::Fail << QStringLiteral("install the agent");
    QTest::newRow("current and running") << QStringLiteral("versioned") << QStringLiteral("running") << Goal::Install
                                         << Verdict::Pass << QStringLiteral("2.0.9506.0");
    QTest::newRow("service stopped") << QStringLiteral("versioned") << QStringLiteral("stopped") << Goal::Register
                                     << Verdict::Warning << QStringLiteral("stopped");
    QTest::newRow("service missing") << QStringLiteral("versioned") << QStringLiteral("absent") << Goal::Install
                                     << Verdict::Fail << QStringLiteral("not installed");
    QTest::newRow("engine missing") << QStringLiteral("missing") << QStringLiteral("running") << Goal::Install
                                    << Verdict::Fail << QStringLiteral("cbengine.exe");
    // A cbengine.exe without a version resource: the check cannot tell the version.
    QTest::newRow("engine without version") << QStringLiteral("unversioned") << QStringLiteral("running")
                                            << Goal::Install << Verdict::Error << QStringLiteral("could not be read");
}

void TestWindowsInstallChecks::existingAgent()
{
    QFETCH(QString, engine);
    QFETCH(QString, service);
    QFETCH(Goal, goal);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentions);
    const QString agentName = QStringLiteral("obengine");
    if (service == QLatin1String("absent") && WindowsSystem().services().service(agentName).ok())
        QSKIP("This machine has an obengine service: the \"service missing\" case cannot be made here.");
    const QString folder = child(m_temp->path(), QStringLiteral("Microsoft Azure Recovery Services Agent"));
    const QString bin = child(folder, QStringLiteral("bin"));
    if (engine == QLatin1String("none")) {
        if (!m_registry->removeValue(k64, kSetupKey, QStringLiteral("InstallPath")))
            QSKIP("The agent's InstallPath cannot be removed for the test (run it elevated).");
    } else {
        QVERIFY(::CreateDirectoryW(wide(folder).c_str(), nullptr));
        QVERIFY(::CreateDirectoryW(wide(bin).c_str(), nullptr));
        const QString exe = child(bin, QStringLiteral("cbengine.exe"));
        if (engine == QLatin1String("versioned"))
            QVERIFY(::CopyFileW(wide(testServicePath()).c_str(), wide(exe).c_str(), FALSE));
        else if (engine == QLatin1String("unversioned"))
            QVERIFY(::CopyFileW(wide(QCoreApplication::applicationFilePath()).c_str(), wide(exe).c_str(), FALSE));
        if (!m_registry->setString(k64, kSetupKey, QStringLiteral("InstallPath"), folder + QLatin1Char('\\'))) {
            if (skipWhenDenied())
                QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated).");
            QFAIL("InstallPath cannot be written.");
        }
    }
    TestService agentService;
    if (service != QLatin1String("absent")) {
        const QString notInstalled = agentService.install(agentName);
        if (!notInstalled.isEmpty())
            QSKIP(qPrintable(notInstalled));
        if (service == QLatin1String("running"))
            QVERIFY(agentService.start());
    }

    const Finding f = ExistingAgentCheck().run(windowsContext(goal));
    QVERIFY2(f.verdict == verdict, qPrintable(describe(f)));
    QVERIFY2(f.summary.contains(mentions, Qt::CaseInsensitive), qPrintable(describe(f)));
    if (engine == QLatin1String("versioned"))
        QCOMPARE(f.evidenceValue(QStringLiteral("agent_version")), QStringLiteral("2.0.9506.0"));
    if (service == QLatin1String("stopped"))
        QVERIFY2(f.fixIds.contains(StartAgentServiceFix::id()), qPrintable(f.fixIds.join(QLatin1Char(','))));
    if (service != QLatin1String("absent"))
        QCOMPARE(f.evidenceValue(QStringLiteral("service_state")), service);
}

void TestWindowsInstallChecks::scratchRegistry_data()
{
    // {temp} is the test's folder; Scratch and Other exist, Gone does not.
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("repairOffered");
    const QString scratch = QStringLiteral("{temp}\\Scratch");
    const QString gone = QStringLiteral("{temp}\\Gone");
    QTest::newRow("equal, folder exists") << scratch << scratch << Verdict::Pass << QStringLiteral("exists") << false;
    QTest::newRow("equal as Windows compares paths")
            << scratch << QStringLiteral("{TEMP}\\SCRATCH\\") << Verdict::Pass << QStringLiteral("exists") << false;
    QTest::newRow("both name a missing folder")
            << gone << gone << Verdict::Fail << QStringLiteral("does not exist") << false;
    QTest::newRow("provider names a missing folder")
            << scratch << gone << Verdict::Fail << QStringLiteral("disagree") << true;
    QTest::newRow("config names a missing folder")
            << gone << scratch << Verdict::Fail << QStringLiteral("disagree") << true;
    QTest::newRow("both exist, different")
            << scratch << QStringLiteral("{temp}\\Other") << Verdict::Fail << QStringLiteral("disagree") << false;
    QTest::newRow("provider value missing") << scratch << kAbsent << Verdict::Fail << QStringLiteral("missing") << true;
    QTest::newRow("both values missing") << kAbsent << kAbsent << Verdict::Fail << QStringLiteral("missing") << false;
    QTest::newRow("agent not installed") << QString() << QString() << Verdict::NotApplicable
                                         << QStringLiteral("not installed") << false;
}

void TestWindowsInstallChecks::scratchRegistry()
{
    QFETCH(QString, config);
    QFETCH(QString, provider);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentions);
    QFETCH(bool, repairOffered);
    const QString temp = m_temp->path();
    for (const QString& name : {QStringLiteral("Agent"), QStringLiteral("Scratch"), QStringLiteral("Other")})
        QVERIFY(::CreateDirectoryW(wide(child(temp, name)).c_str(), nullptr));
    const bool installed = !config.isEmpty();
    bool written = installed ? m_registry->setString(k64, kSetupKey, QStringLiteral("InstallPath"),
                                                     child(temp, QStringLiteral("Agent")))
                             : m_registry->removeValue(k64, kSetupKey, QStringLiteral("InstallPath"));
    for (const auto& [key, value] : {std::pair{kConfigKey, config}, std::pair{kProviderKey, provider}}) {
        if (!written)
            break;
        QString path = value;
        path.replace(QLatin1String("{temp}"), temp).replace(QLatin1String("{TEMP}"), temp.toUpper());
        written = value.isEmpty() || value == kAbsent
                          ? m_registry->createKey(k64, key)
                                    && m_registry->removeValue(k64, key, QStringLiteral("ScratchLocation"))
                          : m_registry->setString(k64, key, QStringLiteral("ScratchLocation"), path);
    }
    if (!written && skipWhenDenied())
        QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated).");
    QVERIFY2(written, qPrintable(QStringLiteral("registry error %1").arg(m_registry->lastError())));

    const Finding f = ScratchRegistryCheck().run(windowsContext());
    QVERIFY2(f.verdict == verdict, qPrintable(describe(f)));
    QVERIFY2(f.summary.contains(mentions, Qt::CaseInsensitive), qPrintable(describe(f)));
    QCOMPARE(f.fixIds.contains(ScratchRegistryFix::id()), repairOffered);
}

void TestWindowsInstallChecks::pendingRestartWarns()
{
    const WindowsSystem system;
    const Probed<QStringList> baseline = system.machine().pendingRebootReasons();
    QVERIFY2(baseline.ok(), qPrintable(baseline.reason));
    if (!baseline.value.filter(QStringLiteral("RebootRequired")).isEmpty())
        QSKIP("Windows Update is really waiting for a restart here: the marker is left alone.");
    const Finding before = OsUpdatesCheck().run(windowsContext());
    QVERIFY2(!before.evidenceValue(QStringLiteral("pending_restart")).contains(QStringLiteral("RebootRequired")),
             qPrintable(describe(before)));

    if (!m_registry->createKey(k64, kRebootKey)) {
        if (skipWhenDenied())
            QSKIP("HKLM is not writable by this process (run the test elevated to write the restart marker).");
        QFAIL("The RebootRequired key cannot be created.");
    }
    const Finding marked = OsUpdatesCheck().run(windowsContext());
    QVERIFY2(marked.verdict == Verdict::Warning, qPrintable(describe(marked)));
    QVERIFY2(marked.summary.contains(QStringLiteral("restart")), qPrintable(marked.summary));
    QVERIFY(marked.evidenceValue(QStringLiteral("pending_restart")).contains(QStringLiteral("RebootRequired")));

    m_registry->restore(); // the marker is gone again
    QVERIFY(!m_registry->keyExists(k64, kRebootKey));
    const Finding after = OsUpdatesCheck().run(windowsContext());
    QCOMPARE(after.verdict, before.verdict);
    QVERIFY(!after.evidenceValue(QStringLiteral("pending_restart")).contains(QStringLiteral("RebootRequired")));
}

void TestWindowsInstallChecks::lastUpdateAge_data()
{
    QTest::addColumn<QString>("lastSuccess"); // days before "now", or a literal value
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("5 days ago") << QStringLiteral("5") << Verdict::Pass << QStringLiteral("5 days ago");
    QTest::newRow("60 days ago") << QStringLiteral("60") << Verdict::Pass << QStringLiteral("60 days ago");
    QTest::newRow("61 days ago") << QStringLiteral("61") << Verdict::Warning << QStringLiteral("61 days ago");
    QTest::newRow("400 days ago") << QStringLiteral("400") << Verdict::Warning << QStringLiteral("400 days ago");
    // Nothing but LastSuccessTime, and it names no date: where Windows Update's history cannot be
    // read either (Wine), the 60-day question is unanswered, an Error, never a pass.
    QTest::newRow("not a date") << QStringLiteral("yesterday") << Verdict::Error << QStringLiteral("could not be read");
    QTest::newRow("not recorded") << QString() << Verdict::Error << QStringLiteral("could not be read");
}

void TestWindowsInstallChecks::lastUpdateAge()
{
    QFETCH(QString, lastSuccess);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentions);
    const Probed<QStringList> pending = WindowsSystem().machine().pendingRebootReasons();
    QVERIFY2(pending.ok(), qPrintable(pending.reason));
    if (!pending.value.isEmpty())
        QSKIP("A restart is pending on this machine, so the age of the last update never decides the verdict.");
    // LastSuccessTime is read only when Windows Update's history names no installation (Windows
    // before Server 2016; Wine, whose history answers E_NOTIMPL).
    const Probed<UpdateHistory> history = WindowsSystem().machine().updateHistory();
    if (history.ok() && history.value.lastInstallUtc.isValid())
        QSKIP("Windows Update's history names the last installation here, so LastSuccessTime does not decide.");
    if (history.ok() && verdict == Verdict::Error)
        QSKIP("Windows Update's history answers here (without an installation): a warning, not an error.");
    const QDateTime now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc());
    bool days = false;
    const int age = lastSuccess.toInt(&days);
    const QString value = days ? now.addDays(-age).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : lastSuccess;
    const QString name = QStringLiteral("LastSuccessTime");
    const bool written = value.isEmpty() ? m_registry->removeValue(k64, OsUpdatesCheck::resultsKey(), name)
                                         : m_registry->setString(k64, OsUpdatesCheck::resultsKey(), name, value);
    if (!written && skipWhenDenied())
        QSKIP("HKLM is not writable by this process (run the test elevated).");
    QVERIFY(written);

    CheckContext context = windowsContext();
    context.env.utcNow = [now] { return now; };
    const Finding f = OsUpdatesCheck().run(context);
    QVERIFY2(f.verdict == verdict, qPrintable(describe(f)));
    QVERIFY2(f.summary.contains(mentions), qPrintable(describe(f)));
}

QTEST_GUILESS_MAIN(TestWindowsInstallChecks)
#include "TestWindowsInstallChecks.moc"
