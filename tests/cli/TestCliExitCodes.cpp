// SPDX-License-Identifier: MIT
// The command line as a fleet script sees it: the real executable, its exit codes, its JSON.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliExitCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonCarriesIdsAndVerdicts();
    void vaultFindingsCarryTheirReason();
    void reportedErrorIsExplained();
    void logAndReportShareTheSessionId();
    void bundleAfterTheRun();
    void helpListsEveryOption();
    void fixesOfferedWithTheirOptions();

private:
    int run(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr,
            const QString& dataDir = {});
    QTemporaryDir m_data;
};

int TestCliExitCodes::run(const QStringList& arguments, QByteArray* out, QByteArray* err, const QString& dataDir)
{
    QProcess process;
    process.start(QStringLiteral(MARS_APP_PATH),
                  QStringList{QStringLiteral("--data-dir"), dataDir.isEmpty() ? m_data.path() : dataDir} + arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestCliExitCodes::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("said"); // a part of stderr; empty = not looked at
    const auto scenario = [](const char* file) {
        return QStringList{QStringLiteral("--cli"), QStringLiteral("--scenario"),
                           QStringLiteral(MARS_SOURCE_DIR) + QLatin1String(file)};
    };
    const auto phase = [](const char* name) { return QStringList{QStringLiteral("--phase"), QLatin1String(name)}; };
    const auto cli = [](std::initializer_list<const char*> args) {
        QStringList list{QStringLiteral("--cli")};
        for (const char* a : args)
            list.append(QLatin1String(a));
        return list;
    };
    QTest::newRow("healthy passes") << scenario("/resources/scenarios/healthy-server.json") << 0 << QString();
    QTest::newRow("healthy, install phase")
            << scenario("/resources/scenarios/healthy-server.json") + phase("install") << 0 << QString();
    QTest::newRow("warnings only") << scenario("/tests/data/scenarios/warnings-only.json") << 1 << QString();
    QTest::newRow("warnings only, register phase")
            << scenario("/tests/data/scenarios/warnings-only.json") + phase("register") << 1 << QString();
    QTest::newRow("broken install fails") << scenario("/resources/scenarios/broken-install.json") << 2 << QString();
    QTest::newRow("broken register fails") << scenario("/resources/scenarios/broken-register.json") << 2 << QString();
    QTest::newRow("not an administrator") << scenario("/tests/data/scenarios/not-admin.json") << 2 << QString();
    // F1 cannot run (its folder is missing): never a pass, so a failure exit.
    QTest::newRow("a check could not run") << scenario("/tests/data/scenarios/temp-missing.json") << 2 << QString();
    // Path options are checked before anything runs (issue #13): each its own sentence, exit 3,
    // no table. The installation phase only: on the real machine the registration phase probes
    // Azure's addresses, and a test sends nothing beyond loopback.
    QTest::newRow("temp folder missing")
            << cli({"--temp-dir", "/nonexistent/mars-cli-test-temp", "--phase", "install"}) << 3
            << QStringLiteral("--temp-dir: the folder /nonexistent/mars-cli-test-temp does not exist");
    QTest::newRow("temp folder is a file") << cli({"--temp-dir", MARS_SOURCE_DIR "/README.md"}) << 3
                                           << QStringLiteral(MARS_SOURCE_DIR "/README.md is a file, not a folder");
    QTest::newRow("temp folder is the root") << cli({"--temp-dir", "/", "--phase", "install"}) << 3
                                             << QStringLiteral("is a drive root or a system folder");
#ifdef Q_OS_WIN
    QTest::newRow("temp folder is a system folder, through ..")
            << cli({"--temp-dir", "C:/Windows/System32/..", "--phase", "install"}) << 3
            << QStringLiteral("is a drive root or a system folder");
#else
    QTest::newRow("temp folder is a system folder, through ..")
            << cli({"--temp-dir", "/usr/lib/..", "--phase", "install"}) << 3
            << QStringLiteral("--temp-dir: /usr is a drive root or a system folder");
#endif
    QTest::newRow("temp folder empty") << cli({"--temp-dir", ""}) << 3
                                       << QStringLiteral("--temp-dir needs a folder name");
    QTest::newRow("temp folder with a scenario")
            << scenario("/resources/scenarios/healthy-server.json")
                       + QStringList{QStringLiteral("--temp-dir"), QStringLiteral("/tmp")}
            << 3 << QStringLiteral("--temp-dir cannot be combined with --scenario");
    QTest::newRow("data folder is a file") << cli({"--data-dir", MARS_SOURCE_DIR "/README.md"}) << 3
                                           << QStringLiteral(MARS_SOURCE_DIR "/README.md is a file, not a folder");
    QTest::newRow("install folder missing, registering")
            << scenario("/resources/scenarios/healthy-server.json")
                       + cli({"--goal", "register", "--install-dir", "C:\\Program Files\\Other Agent"})
            << 3
            << QStringLiteral("--install-dir: The install folder you typed, C:\\Program Files\\Other Agent, does "
                              "not exist: correct it, or leave --install-dir out");
    QTest::newRow("install folder missing, installing (setup creates it)")
            << scenario("/resources/scenarios/healthy-server.json")
                       + cli({"--goal", "install", "--install-dir", "C:\\Program Files\\New Agent"})
            << 0 << QString();
    QTest::newRow("install folder is a file") << scenario("/resources/scenarios/healthy-server.json")
                                                         + cli({"--install-dir", "C:\\Windows\\System32\\mmc.exe"})
                                              << 3 << QStringLiteral("is a file, not a folder");
    QTest::newRow("vault credentials missing")
            << cli({"--vault-credentials", "/nonexistent/x.VaultCredentials"}) << 3
            << QStringLiteral("--vault-credentials: the file /nonexistent/x.VaultCredentials does not exist");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--cli"), QStringLiteral("--frobnicate")} << 3
                                    << QString();
    QTest::newRow("bad phase") << QStringList{QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("x")}
                               << 3 << QString();
    QTest::newRow("phase without a value") << cli({"--phase"}) << 3 << QString();
    QTest::newRow("bad cloud") << cli({"--cloud", "mars"}) << 3 << QString();
    QTest::newRow("bad goal") << cli({"--goal", "uninstall"}) << 3 << QString();
    QTest::newRow("error text too long") << QStringList{QStringLiteral("--cli"), QStringLiteral("--error"),
                                                        QString(4001, QLatin1Char('x'))}
                                         << 3 << QString();
    QTest::newRow("stray argument") << cli({"install"}) << 3 << QString();
    QTest::newRow("data folder cannot be created") << cli({"--data-dir", MARS_SOURCE_DIR "/README.md/data"}) << 3
                                                   << QString(); // a file where the folder should be
    QTest::newRow("corrupt scenario") << scenario("/tests/data/scenarios/corrupt.json") << 3 << QString();
    QTest::newRow("missing scenario") << scenario("/tests/data/scenarios/does-not-exist.json") << 3 << QString();
    // Checked before the run: the run's result is never lost to a bad report path.
    QTest::newRow("report folder missing")
            << scenario("/resources/scenarios/healthy-server.json")
                       + QStringList{QStringLiteral("--json"), QStringLiteral("/nonexistent-dir/report.json")}
            << 3 << QStringLiteral("--json: the folder /nonexistent-dir does not exist");
    QTest::newRow("report path is a folder") << scenario("/resources/scenarios/healthy-server.json")
                                                        + QStringList{QStringLiteral("--json"), QStringLiteral("/tmp")}
                                             << 3 << QStringLiteral("--json: /tmp is a folder, not a file");
    QTest::newRow("bundle folder missing")
            << scenario("/resources/scenarios/healthy-server.json")
                       + QStringList{QStringLiteral("--bundle"), QStringLiteral("/nonexistent-dir/bundle.zip")}
            << 3 << QStringLiteral("--bundle: the folder /nonexistent-dir does not exist");
    QTest::newRow("report path empty") << cli({"--json", ""}) << 3 << QStringLiteral("--json needs a file name");
    QTest::newRow("corrupt scenario, named") << scenario("/tests/data/scenarios/corrupt.json") << 3
                                             << QStringLiteral("The scenario file cannot be used: ");
}

void TestCliExitCodes::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, said);
    QByteArray out, err;
    QCOMPARE(run(arguments, &out, &err), code);
    // Paths are said as the platform writes them: compared with / and without Wine's Z: drive.
    const auto portable = [](QString text) { return text.replace(u'\\', u'/').remove(QStringLiteral("Z:")); };
    if (!said.isEmpty())
        QVERIFY2(portable(QString::fromUtf8(err)).contains(portable(said)), err.constData());
    if (code == 3) {
        QVERIFY2(!err.trimmed().isEmpty(), "a usage error must say what is wrong");
        QVERIFY2(!out.contains("Overall:"), out.constData()); // nothing ran
    }
    if (arguments.contains(QStringLiteral("--scenario")) && code != 3)
        QVERIFY2(out.contains("SIMULATED"), out.constData());
    if (!arguments.contains(QStringLiteral("--scenario")))
        QVERIFY2(!out.contains("SIMULATED"), out.constData()); // the real machine is never labelled simulated
    if (code == 2)
        QVERIFY2(out.contains("Overall: FAIL") || out.contains("Overall: ERROR"), out.constData());
    // stdout is the report only: log lines go to the log file.
    QVERIFY2(!out.contains("] [info] ["), out.constData());
}

void TestCliExitCodes::jsonCarriesIdsAndVerdicts()
{
    const QString json = m_data.filePath(QStringLiteral("report.json"));
    QCOMPARE(run({QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("install"),
                  QStringLiteral("--scenario"),
                  QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/broken-install.json"), QStringLiteral("--json"),
                  json}),
             2);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("simulated")).toBool(), true);
    QVERIFY(!root.value(QStringLiteral("sessionId")).toString().isEmpty());
    QHash<QString, QString> verdicts;
    for (const QJsonValue& v : root.value(QStringLiteral("findings")).toArray())
        verdicts.insert(v[QStringLiteral("id")].toString(), v[QStringLiteral("verdict")].toString());
    QCOMPARE(verdicts.value(QStringLiteral("admin_membership")), QStringLiteral("pass"));
    QCOMPARE(verdicts.value(QStringLiteral("process_elevated")), QStringLiteral("warning"));
    QCOMPARE(verdicts.value(QStringLiteral("windows_temp_tmp_count")), QStringLiteral("fail"));
}

// The contract of issue #12: --vault-credentials reaches the checks, and each vaultcred_* finding
// of the JSON report says which rule decided it.
void TestCliExitCodes::vaultFindingsCarryTheirReason()
{
    const QString vault = m_data.filePath(QStringLiteral("contoso-vault.xml")); // renamed: breaks G1
    QFile file(vault);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<RSBackupVaultAADCreds xmlns=\"http://schemas.datacontract.org/2004/07/"
               "Microsoft.Azure.Portal.RecoveryServices.Models.Common\"><SubscriptionId>s</SubscriptionId>"
               "<ResourceName>contoso-vault</ResourceName><ManagementCert>TUFSUw==</ManagementCert>"
               "<AadAuthority>https://login.microsoftonline.com</AadAuthority><AadTenantId>t</AadTenantId>"
               "<ServicePrincipalClientId>c</ServicePrincipalClientId></RSBackupVaultAADCreds>");
    file.close();
    const QString json = m_data.filePath(QStringLiteral("vault-report.json"));
    QCOMPARE(run({QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("register"),
                  QStringLiteral("--scenario"),
                  QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"),
                  QStringLiteral("--vault-credentials"), vault, QStringLiteral("--json"), json}),
             2);
    QFile report(json);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QHash<QString, QJsonObject> findings;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("findings")).toArray())
        findings.insert(v[QStringLiteral("id")].toString(), v.toObject());
    const QJsonObject location = findings.value(QStringLiteral("vaultcred_file_location"));
    QCOMPARE(location.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QCOMPARE(location.value(QStringLiteral("reason")).toString(), QStringLiteral("extension"));
    const QJsonObject parse = findings.value(QStringLiteral("vaultcred_parse"));
    QCOMPARE(parse.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    QVERIFY(!parse.contains(QStringLiteral("reason"))); // only a rule that decided is named
    // "TUFSUw==" decodes to no certificate at all: G3 names that rule.
    QCOMPARE(findings.value(QStringLiteral("vaultcred_cert_validity")).value(QStringLiteral("reason")).toString(),
             QStringLiteral("cert_not_pfx"));
}

// "I got this error" on the command line: the error's checks run first and the report says which
// of them explains it (broken-register.json: no connection through the old proxy, clock 15 minutes
// ahead — both among the 34513 row's checks).
void TestCliExitCodes::reportedErrorIsExplained()
{
    const QString json = m_data.filePath(QStringLiteral("error-report.json"));
    QByteArray out;
    QCOMPARE(
            run({QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("register"),
                 QStringLiteral("--scenario"),
                 QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/broken-register.json"), QStringLiteral("--error"),
                 QStringLiteral("Invalid vault credentials provided. (ID: 34513)"), QStringLiteral("--json"), json},
                &out),
            2);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject reported = root.value(QStringLiteral("reportedError")).toObject();
    QCOMPARE(reported.value(QStringLiteral("id")).toString(), QStringLiteral("34513"));
    const QJsonArray explainedBy = reported.value(QStringLiteral("explainedBy")).toArray();
    QVERIFY(explainedBy.contains(QStringLiteral("https_reachability")));
    QVERIFY(explainedBy.contains(QStringLiteral("clock_skew_utc")));
    // Run order: the row's checks come first in the findings.
    const QJsonArray checks = reported.value(QStringLiteral("checks")).toArray();
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QVERIFY(!checks.isEmpty());
    for (qsizetype i = 0; i < checks.size(); ++i)
        QVERIFY2(checks.contains(findings.at(i)[QStringLiteral("id")]),
                 qPrintable(findings.at(i)[QStringLiteral("id")].toString()));
    QVERIFY(out.contains("Reported error: Invalid vault credentials provided. (ID: 34513)"));
    QVERIFY(out.contains("matched 34513"));
}

void TestCliExitCodes::logAndReportShareTheSessionId()
{
    // Second-line support matches the JSON report to the log through the session id: it is on
    // every log line of the run.
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString json = data.filePath(QStringLiteral("report.json"));
    const QString html = data.filePath(QStringLiteral("report.html"));
    const QString markdown = data.filePath(QStringLiteral("ticket.md"));
    // --html and --markdown name their format, whatever the file's name ends with.
    const QString htmlByOption = data.filePath(QStringLiteral("page.out"));
    const QString markdownByOption = data.filePath(QStringLiteral("ticket.txt"));
    QCOMPARE(run({QStringLiteral("--cli"), QStringLiteral("--scenario"),
                  QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/warnings-only.json"), QStringLiteral("--json"),
                  json, QStringLiteral("--report"), html, QStringLiteral("--report"), markdown,
                  QStringLiteral("--html"), htmlByOption, QStringLiteral("--markdown"), markdownByOption},
                 nullptr, nullptr, data.path()),
             1);
    QFile report(json);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString sessionId =
            QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("sessionId")).toString();
    QVERIFY(!sessionId.isEmpty());
    // The HTML report and the ticket summary (each in the format its suffix names) carry it too.
    for (const QString& path : {html, markdown, htmlByOption, markdownByOption}) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains(sessionId.toUtf8()), qPrintable(path));
        QCOMPARE(bytes.startsWith("<!DOCTYPE html>"), path == html || path == htmlByOption);
        QCOMPARE(bytes.startsWith("**MARS agent troubleshooter**"), path == markdown || path == markdownByOption);
    }
    QFile log(data.filePath(QStringLiteral("logs/mars-troubleshooter.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QVERIFY(lines.size() >= 3); // start-up, run started, one line per check at least
    const QByteArray tag = QByteArray("[" + sessionId.toUtf8() + "]");
    for (const QByteArray& line : lines)
        QVERIFY2(line.contains(tag), line.constData());
}

void TestCliExitCodes::bundleAfterTheRun()
{
    // --bundle: the zip second-line support asks for, written after the run; the console lists
    // what is inside. The run's exit code is the run's own.
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QStringList run1{QStringLiteral("--cli"), QStringLiteral("--scenario"),
                           QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/warnings-only.json")};
    const QString path = data.filePath(QStringLiteral("bundle.zip"));
    QByteArray out;
    QCOMPARE(run(run1 + QStringList{QStringLiteral("--bundle"), path}, &out, nullptr, data.path()), 1);
    QVERIFY2(out.contains("Support bundle written to "), out.constData());
    for (const char* name : {"manifest.txt", "report.html", "report.json", "ticket.md", "tool/mars-troubleshooter.log"})
        QVERIFY2(out.contains(name), name);
    QFile zip(path);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QByteArray bytes = zip.readAll();
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    QVERIFY(bytes.contains("manifest.txt"));
    QVERIFY(bytes.contains("tool/mars-troubleshooter.log"));
}

void TestCliExitCodes::helpListsEveryOption()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
    for (const char* option : {"--cli", "--phase", "--json", "--html", "--markdown", "--report", "--bundle",
                               "--presenter", "--scenario", "--temp-dir", "--install-dir", "--vault-credentials",
                               "--cloud", "--goal", "--error", "--data-dir", "--language", "--verbose", "--version"})
        QVERIFY2(out.contains(option), option);
    QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
    QVERIFY(out.startsWith("mars-troubleshooter "));
}

void TestCliExitCodes::fixesOfferedWithTheirOptions()
{
    // The command line lists each offered fix once, with its options rendered from their
    // description (the temp cleanup's age filter; a scenario's default is 0, "any time").
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--cli"), QStringLiteral("--scenario"),
                  QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/broken-install.json")},
                 &out),
             2);
    const QString text = QString::fromUtf8(out);
    QVERIFY2(text.contains(QLatin1String("Fixes the wizard offers")), qPrintable(text));
    // By title, once, with the check it is for; never an internal id.
    QCOMPARE(text.count(QLatin1String("  Delete the .tmp files (for \"")), 1);
    QVERIFY(!text.contains(QLatin1String("delete_windows_temp_tmp")));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\n      [^\\n]*0-8760[^\\n]*\\(default: "))),
             qPrintable(text));
    QVERIFY(text.trimmed().endsWith(QLatin1String("SIMULATED")));
    // The command line speaks of what it can do: no button to click, nothing "below".
    QVERIFY2(!text.contains(QLatin1String("Click")) && !text.contains(QLatin1String("click \"")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String(" below")), qPrintable(text));

    out.clear();
    QCOMPARE(run({QStringLiteral("--cli"), QStringLiteral("--scenario"),
                  QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json")},
                 &out),
             0);
    QVERIFY(!QString::fromUtf8(out).contains(QLatin1String("Fixes the wizard offers")));
}

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "TestCliExitCodes.moc"
