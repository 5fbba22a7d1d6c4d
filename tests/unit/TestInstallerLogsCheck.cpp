// SPDX-License-Identifier: MIT
// A12 installer_failure_logs over tables of setup and update logs (text answered by a
// FailingSystem hook), what counts as a failure line, and logs or folders that cannot be read.
#include "InstallCheckTestSupport.h"
#include "catalog/common/RestartElevatedFix.h"
#include "catalog/install/InstallerLogsCheck.h"

#include <QTest>

using namespace mars;
using namespace mars::test;

class TestInstallerLogsCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void installerLogs_data();
    void installerLogs();
    void installerLogLinesAreShortened();
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
    QTest::newRow("another error, the last one is quoted")
            << clean
                       + QStringLiteral("ERROR: could not create C:\\Temp\\x\nRetrying\nFailed to register the "
                                        "provider: 0x80070005\nSetup ended\n")
            << none << Verdict::Warning << "records an error"
            << "Failed to register the provider: 0x80070005";
    QTest::newRow("error with a non-zero hex code") << "Copy finished, error 0x80070643\n"
                                                    << none << Verdict::Warning << "records an error"
                                                    << "Copy finished, error 0x80070643";
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
    if (f.summary.contains(QStringLiteral("rolled back")))
        QVERIFY(f.remedy.contains(QStringLiteral("https://aka.ms/azurebackup_agent")));
}

void TestInstallerLogsCheck::installerLogLinesAreShortened()
{
    QString quoted;
    const QString longLine = QStringLiteral("Setup failed: ") + QString(400, QLatin1Char('x'));
    QCOMPARE(InstallerLogsCheck::analyse(longLine, &quoted), InstallerLogsCheck::LogFinding::OtherError);
    QCOMPARE(quoted.size(), InstallerLogsCheck::kQuoteChars);
    QVERIFY(quoted.endsWith(QStringLiteral("...")));
    QVERIFY(quoted.startsWith(QStringLiteral("Setup failed: xxx")));
    // Words that only look like a failure are not one.
    quoted.clear();
    QCOMPARE(InstallerLogsCheck::analyse(QStringLiteral("errors: 0\nfailures: 0\nerror = 0x0\nThread 1612 done\n"
                                                        "provider 4024 loaded\n"),
                                         &quoted),
             InstallerLogsCheck::LogFinding::Clean);
    QVERIFY(quoted.isEmpty());
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
