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
    QTest::newRow("healthy passes") << scenario("/resources/scenarios/healthy-server.json") << 0;
    QTest::newRow("healthy, install phase")
            << scenario("/resources/scenarios/healthy-server.json") + phase("install") << 0;
    QTest::newRow("warnings only") << scenario("/tests/data/scenarios/warnings-only.json") << 1;
    QTest::newRow("warnings only, register phase")
            << scenario("/tests/data/scenarios/warnings-only.json") + phase("register") << 1;
    QTest::newRow("broken install fails") << scenario("/resources/scenarios/broken-install.json") << 2;
    QTest::newRow("broken register fails") << scenario("/resources/scenarios/broken-register.json") << 2;
    QTest::newRow("not an administrator") << scenario("/tests/data/scenarios/not-admin.json") << 2;
    // F1 cannot run (its folder is missing): never a pass, so a failure exit.
    QTest::newRow("a check could not run") << scenario("/tests/data/scenarios/temp-missing.json") << 2;
    // The installation phase only: on the real machine the registration phase probes Azure's
    // addresses, and a test sends nothing beyond loopback.
    QTest::newRow("real machine, a check could not run")
            << cli({"--temp-dir", "/nonexistent/mars-cli-test-temp", "--phase", "install"}) << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--cli"), QStringLiteral("--frobnicate")} << 3;
    QTest::newRow("bad phase") << QStringList{QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("x")}
                               << 3;
    QTest::newRow("phase without a value") << cli({"--phase"}) << 3;
    QTest::newRow("bad cloud") << cli({"--cloud", "mars"}) << 3;
    QTest::newRow("bad goal") << cli({"--goal", "uninstall"}) << 3;
    QTest::newRow("error text too long") << QStringList{QStringLiteral("--cli"), QStringLiteral("--error"),
                                                        QString(4001, QLatin1Char('x'))}
                                         << 3;
    QTest::newRow("stray argument") << cli({"install"}) << 3;
    QTest::newRow("data folder cannot be created")
            << cli({"--data-dir", MARS_SOURCE_DIR "/README.md/data"}) << 3; // a file where the folder should be
    QTest::newRow("corrupt scenario") << scenario("/tests/data/scenarios/corrupt.json") << 3;
    QTest::newRow("missing scenario") << scenario("/tests/data/scenarios/does-not-exist.json") << 3;
    QTest::newRow("report not writable") << scenario("/resources/scenarios/healthy-server.json")
                                                    + QStringList{QStringLiteral("--json"),
                                                                  QStringLiteral("/nonexistent-dir/report.json")}
                                         << 4;
    QTest::newRow("report path is a folder") << scenario("/resources/scenarios/healthy-server.json")
                                                        + QStringList{QStringLiteral("--json"), QStringLiteral("/tmp")}
                                             << 4;
}

void TestCliExitCodes::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QByteArray out, err;
    QCOMPARE(run(arguments, &out, &err), code);
    if (code == 3)
        QVERIFY2(!err.trimmed().isEmpty(), "a usage error must say what is wrong");
    if (arguments.contains(QStringLiteral("--scenario")) && code != 3)
        QVERIFY2(out.contains("SIMULATED"), out.constData());
    if (!arguments.contains(QStringLiteral("--scenario")))
        QVERIFY2(!out.contains("SIMULATED"), out.constData()); // the real machine is never labelled simulated
    if (code == 2)
        QVERIFY2(out.contains("Overall: FAIL") || out.contains("Overall: ERROR"), out.constData());
    if (code == 4)
        QVERIFY2(err.contains("Cannot write the report"), err.constData());
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
    QCOMPARE(run({QStringLiteral("--cli"), QStringLiteral("--scenario"),
                  QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/warnings-only.json"), QStringLiteral("--json"),
                  json},
                 nullptr, nullptr, data.path()),
             1);
    QFile report(json);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString sessionId =
            QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("sessionId")).toString();
    QVERIFY(!sessionId.isEmpty());
    QFile log(data.filePath(QStringLiteral("logs/mars-troubleshooter.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QVERIFY(lines.size() >= 3); // start-up, run started, one line per check at least
    const QByteArray tag = QByteArray("[" + sessionId.toUtf8() + "]");
    for (const QByteArray& line : lines)
        QVERIFY2(line.contains(tag), line.constData());
}

void TestCliExitCodes::helpListsEveryOption()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
    for (const char* option :
         {"--cli", "--phase", "--json", "--scenario", "--temp-dir", "--install-dir", "--vault-credentials", "--cloud",
          "--goal", "--error", "--data-dir", "--language", "--verbose", "--version"})
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
    QCOMPARE(text.count(QLatin1String("  delete_windows_temp_tmp (windows_temp_tmp_count): ")), 1);
    QVERIFY2(text.contains(
                     QRegularExpression(QStringLiteral("\\n      older_than_hours: [^\\n]*0-8760[^\\n]*\\(default: "))),
             qPrintable(text));
    QVERIFY(text.trimmed().endsWith(QLatin1String("SIMULATED")));

    out.clear();
    QCOMPARE(run({QStringLiteral("--cli"), QStringLiteral("--scenario"),
                  QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json")},
                 &out),
             0);
    QVERIFY(!QString::fromUtf8(out).contains(QLatin1String("Fixes the wizard offers")));
}

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "TestCliExitCodes.moc"
