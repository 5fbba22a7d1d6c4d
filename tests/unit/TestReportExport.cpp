// SPDX-License-Identifier: MIT
// The report exporters and the CLI exit code: the JSON carries its schema version, the
// SIMULATED flag, each finding's catalog id and snake_case verdict, stays valid JSON, and no
// secret survives in it (or in the text table); the exit code follows the worst verdict.
#include "engine/FixJournal.h"
#include "logging/Redactor.h"
#include "report/ExitCode.h"
#include "report/JsonExporter.h"
#include "report/Report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;

namespace {
const QList<Verdict> kAllVerdicts = {Verdict::Pass,  Verdict::Warning,  Verdict::Fail,      Verdict::NotApplicable,
                                     Verdict::Error, Verdict::TimedOut, Verdict::Cancelled, Verdict::NotRun};

// Secrets of every kind the redactor knows; none may appear in any export.
const QString kRegistered = QStringLiteral("Reg1steredPassphrase");
const QString kKeyValue = QStringLiteral("hunter2xyz");
const QString kCertBlob = QStringLiteral("MIIKZAIBAzCCCiAGCSqGSIb3DQEHAaCCChEEggoNMIIKCTCCBg");
const QString kUrlPassword = QStringLiteral("Pr0xyPass");
const QString kInstallerPassword = QStringLiteral("Pa55word9");

Finding finding(const QString& id, Verdict verdict)
{
    Finding f;
    f.checkId = id;
    f.verdict = verdict;
    f.summary = QStringLiteral("Summary of %1.").arg(id);
    return f;
}

Report reportWith(const QList<Verdict>& verdicts)
{
    Report r;
    r.sessionId = QStringLiteral("20260101-000000-abcdef");
    for (int i = 0; i < verdicts.size(); ++i)
        r.findings.append(finding(QStringLiteral("check_%1").arg(i), verdicts.at(i)));
    return r;
}

// A report with a secret in every text field an exporter writes.
Report reportFullOfSecrets()
{
    Report r;
    r.sessionId = QStringLiteral("20260101-000000-abcdef");
    r.toolVersion = QStringLiteral("1.0.0");
    r.simulated = true;
    r.systemDescription = QStringLiteral("SIMULATED: secrets");
    r.hostName = QStringLiteral("host");
    r.osDescription = QStringLiteral("Windows Server 2019 Standard");
    r.userName = QStringLiteral("CONTOSO\\admin");
    r.goal = QStringLiteral("register");
    r.cloud = QStringLiteral("public");
    r.phases = QStringList{QStringLiteral("register")};

    Finding f = finding(QStringLiteral("vault_credentials"), Verdict::Fail);
    f.summary = QStringLiteral("The passphrase %1 was rejected.").arg(kRegistered);
    f.detail = QStringLiteral("<ManagementCert>%1</ManagementCert> password=%2").arg(kCertBlob, kKeyValue);
    f.remedy = QStringLiteral("Fix the proxy http://bob:%1@proxy:8080/ then retry.").arg(kUrlPassword);
    f.addEvidence(QStringLiteral("command_line"), QStringLiteral("Command line"),
                  QStringLiteral("MARSAgentInstaller.exe /pw:\"%1\" /q").arg(kInstallerPassword));
    f.addEvidence(QStringLiteral("passphrase"), QStringLiteral("Passphrase"), kRegistered);
    f.fixIds = QStringList{QStringLiteral("some_fix")};
    f.networkTeam = QStringLiteral("- login.microsoftonline.com:443 | route http://bob:%1@proxy:8080 | layer proxy\n"
                                   "Allow (TCP 443): *.microsoft.com")
                            .arg(kUrlPassword);
    r.findings.append(f);
    r.findings.append(finding(QStringLiteral("admin_membership"), Verdict::Pass));

    JournalEntry e;
    e.entryId = QStringLiteral("e1");
    e.sessionId = r.sessionId;
    e.fixId = QStringLiteral("some_fix");
    e.checkId = QStringLiteral("vault_credentials");
    e.simulated = true;
    e.result = fixResultId(FixResult::Applied);
    // An installer command line with a quoted password, as a technician would paste it.
    e.summary = QStringLiteral("Ran MARSAgentInstaller.exe /pw:\"%1\" /q").arg(kInstallerPassword);
    e.before.insert(QStringLiteral("proxy"), QStringLiteral("http://bob:%1@proxy:8080/").arg(kUrlPassword));
    e.after.insert(QStringLiteral("note"), QStringLiteral("passphrase %1 stored").arg(kRegistered));
    r.fixes.append(e);
    return r;
}

std::shared_ptr<Redactor> redactorWithSecret()
{
    auto r = std::make_shared<Redactor>();
    r->addSecret(kRegistered);
    return r;
}

QStringList secrets()
{
    return {kRegistered, kKeyValue, kCertBlob, kUrlPassword, kInstallerPassword};
}
} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdictIdsAreSnakeCaseAndRoundTrip_data();
    void verdictIdsAreSnakeCaseAndRoundTrip();
    void jsonCarriesSchemaSimulatedIdsAndVerdicts_data();
    void jsonCarriesSchemaSimulatedIdsAndVerdicts();
    void jsonCarriesNoSecretAndStaysValid();
    void jsonKeepsTheFixEntries();
    void textCarriesNoSecretAndSaysSimulatedOnce();
    void networkTeamBlockInTextAndJson();
    void writeIsAtomicAndReportsErrors();
    void reportPairsStartedWithTheirResult();
    void exitCode_data();
    void exitCode();
    void overall_data();
    void overall();
};

void TestReportExport::verdictIdsAreSnakeCaseAndRoundTrip_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("id");
    QTest::newRow("pass") << Verdict::Pass << QStringLiteral("pass");
    QTest::newRow("warning") << Verdict::Warning << QStringLiteral("warning");
    QTest::newRow("fail") << Verdict::Fail << QStringLiteral("fail");
    QTest::newRow("not applicable") << Verdict::NotApplicable << QStringLiteral("not_applicable");
    QTest::newRow("error") << Verdict::Error << QStringLiteral("error");
    QTest::newRow("timed out") << Verdict::TimedOut << QStringLiteral("timed_out");
    QTest::newRow("cancelled") << Verdict::Cancelled << QStringLiteral("cancelled");
    QTest::newRow("not run") << Verdict::NotRun << QStringLiteral("not_run");
}

void TestReportExport::verdictIdsAreSnakeCaseAndRoundTrip()
{
    QFETCH(Verdict, verdict);
    QFETCH(QString, id);
    QCOMPARE(verdictId(verdict), id);
    QCOMPARE(verdictFromId(id), verdict);
    QCOMPARE(verdictFromId(id.toUpper()), Verdict::Invalid); // ids are exact, not case-folded
    QCOMPARE(verdictFromId(QStringLiteral("bogus")), Verdict::Invalid);
}

void TestReportExport::jsonCarriesSchemaSimulatedIdsAndVerdicts_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::newRow("real machine") << false;
    QTest::newRow("scenario") << true;
}

void TestReportExport::jsonCarriesSchemaSimulatedIdsAndVerdicts()
{
    QFETCH(bool, simulated);
    Report report = reportWith(kAllVerdicts);
    report.simulated = simulated;
    report.startedUtc = QDateTime(QDate(2026, 1, 1), QTime(9, 30), Qt::UTC);
    report.phases = QStringList{QStringLiteral("install"), QStringLiteral("register")};
    const Redactor redactor;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(JsonExporter(redactor).toJson(report), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(-1), Report::kSchemaVersion);
    QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(-1), 1);
    QVERIFY(root.value(QLatin1String("simulated")).isBool()); // present in both cases, never left out
    QCOMPARE(root.value(QLatin1String("simulated")).toBool(), simulated);
    QCOMPARE(root.value(QLatin1String("sessionId")).toString(), report.sessionId);
    QCOMPARE(root.value(QLatin1String("startedUtc")).toString(), QStringLiteral("2026-01-01T09:30:00Z"));
    QCOMPARE(root.value(QLatin1String("overall")).toString(), QStringLiteral("fail"));

    const QRegularExpression snakeCase(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    const QJsonArray findings = root.value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), kAllVerdicts.size());
    for (int i = 0; i < findings.size(); ++i) {
        const QJsonObject f = findings.at(i).toObject();
        QCOMPARE(f.value(QLatin1String("id")).toString(), QStringLiteral("check_%1").arg(i)); // in run order
        const QString verdict = f.value(QLatin1String("verdict")).toString();
        QVERIFY2(snakeCase.match(verdict).hasMatch(), qPrintable(verdict));
        QCOMPARE(verdict, verdictId(kAllVerdicts.at(i)));
        QCOMPARE(verdictFromId(verdict), kAllVerdicts.at(i));
    }
}

void TestReportExport::jsonCarriesNoSecretAndStaysValid()
{
    const auto redactor = redactorWithSecret();
    const QByteArray json = JsonExporter(*redactor).toJson(reportFullOfSecrets());
    for (const QString& secret : secrets())
        QVERIFY2(!json.contains(secret.toUtf8()),
                 qPrintable(secret + QStringLiteral(" leaked:\n") + QString::fromUtf8(json)));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    // The fields are still there, masked: the reader sees that a value existed.
    const QJsonObject f = root.value(QLatin1String("findings")).toArray().at(0).toObject();
    QCOMPARE(f.value(QLatin1String("id")).toString(), QStringLiteral("vault_credentials"));
    QCOMPARE(f.value(QLatin1String("verdict")).toString(), QStringLiteral("fail"));
    QVERIFY(f.value(QLatin1String("detail")).toString().contains(Redactor::marker()));
    QVERIFY(f.value(QLatin1String("summary")).toString().contains(Redactor::marker()));
    const QJsonArray evidence = f.value(QLatin1String("evidence")).toArray();
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("passphrase"));
    QCOMPARE(evidence.at(1).toObject().value(QLatin1String("label")).toString(), QStringLiteral("Passphrase"));
    QCOMPARE(evidence.at(1).toObject().value(QLatin1String("value")).toString(), Redactor::marker());
}

void TestReportExport::jsonKeepsTheFixEntries()
{
    // A journal entry whose text holds a quoted installer password: redacting it must mask the
    // password and keep the entry, not turn it into an empty object.
    const auto redactor = redactorWithSecret();
    Report report = reportFullOfSecrets();
    // The same entry as it comes back from the journal file (already redacted once).
    JournalEntry journaled = report.fixes.first();
    journaled.entryId = QStringLiteral("e2");
    journaled.summary = redactor->redact(journaled.summary);
    report.fixes.append(journaled);

    const QJsonObject root = QJsonDocument::fromJson(JsonExporter(*redactor).toJson(report)).object();
    const QJsonArray fixes = root.value(QLatin1String("fixes")).toArray();
    QCOMPARE(fixes.size(), 2);
    for (int i = 0; i < fixes.size(); ++i) {
        const QJsonObject fix = fixes.at(i).toObject();
        QCOMPARE(fix.value(QLatin1String("entryId")).toString(), i == 0 ? QStringLiteral("e1") : QStringLiteral("e2"));
        QCOMPARE(fix.value(QLatin1String("fixId")).toString(), QStringLiteral("some_fix"));
        QCOMPARE(fix.value(QLatin1String("result")).toString(), QStringLiteral("applied"));
        QCOMPARE(fix.value(QLatin1String("simulated")).toBool(), true);
        const QString summary = fix.value(QLatin1String("summary")).toString();
        QVERIFY2(summary.startsWith(QStringLiteral("Ran MARSAgentInstaller.exe /pw:")), qPrintable(summary));
        QVERIFY2(summary.contains(Redactor::marker()), qPrintable(summary));
        QVERIFY(!summary.contains(kInstallerPassword));
        QVERIFY(fix.value(QLatin1String("before"))
                        .toObject()
                        .value(QLatin1String("proxy"))
                        .toString()
                        .contains(Redactor::marker()));
    }
}

void TestReportExport::textCarriesNoSecretAndSaysSimulatedOnce()
{
    const auto redactor = redactorWithSecret();
    const Report report = reportFullOfSecrets();
    const QString text = TextExporter(*redactor).toText(report);
    for (const QString& secret : secrets())
        QVERIFY2(!text.contains(secret), qPrintable(secret + QStringLiteral(" leaked:\n") + text));
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.startsWith(QStringLiteral("SIMULATED: secrets")), qPrintable(firstLine));
    QCOMPARE(firstLine.count(QStringLiteral("SIMULATED")), 1);
    QVERIFY(text.contains(QStringLiteral("FAIL")));
    QVERIFY(text.contains(QStringLiteral("vault_credentials")));

    Report real = reportWith({Verdict::Pass});
    real.systemDescription = QStringLiteral("Linux");
    QVERIFY(!TextExporter(*redactor).toText(real).contains(QStringLiteral("SIMULATED")));
}

void TestReportExport::networkTeamBlockInTextAndJson()
{
    const auto redactor = redactorWithSecret();
    Report report = reportFullOfSecrets();
    // A passing finding's block (the allow-list only) is in the JSON, not in the text.
    Finding passing = finding(QStringLiteral("https_reachability"), Verdict::Pass);
    passing.networkTeam = QStringLiteral("Allow (TCP 443): *.backup.windowsazure.com");
    report.findings.append(passing);

    const QString text = TextExporter(*redactor).toText(report);
    QVERIFY2(text.contains(QStringLiteral("FOR THE NETWORK TEAM (vault_credentials)\n  - login.microsoftonline.com:443 "
                                          "| route http://bob:")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\n  Allow (TCP 443): *.microsoft.com\n")));
    QVERIFY(!text.contains(kUrlPassword));
    QVERIFY(!text.contains(QStringLiteral("FOR THE NETWORK TEAM (https_reachability)")));

    const QJsonArray findings = QJsonDocument::fromJson(JsonExporter(*redactor).toJson(report))
                                        .object()
                                        .value(QLatin1String("findings"))
                                        .toArray();
    const QString block = findings.at(0).toObject().value(QLatin1String("networkTeam")).toString();
    QVERIFY2(block.startsWith(QStringLiteral("- login.microsoftonline.com:443")), qPrintable(block));
    QVERIFY(block.contains(Redactor::marker()) && !block.contains(kUrlPassword));
    QCOMPARE(findings.at(2).toObject().value(QLatin1String("networkTeam")).toString(), passing.networkTeam);
    QVERIFY(!findings.at(1).toObject().contains(QLatin1String("networkTeam"))); // none: no key
}

void TestReportExport::writeIsAtomicAndReportsErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Redactor redactor;
    const Report report = reportWith({Verdict::Pass, Verdict::Warning});
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QString error;
    QVERIFY2(JsonExporter(redactor).write(report, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), JsonExporter(redactor).toJson(report));

    // A folder that cannot exist (its parent is a file): a clear error naming the path.
    const QString blocked = dir.filePath(QStringLiteral("report.json/sub/report.json"));
    error.clear();
    QVERIFY(!JsonExporter(redactor).write(report, blocked, &error));
    QVERIFY2(error.contains(blocked), qPrintable(error));
    QVERIFY(!QFile::exists(blocked));
}

// The journal writes "started" before a fix and its result after it; the report shows one line
// per fix, except for a fix that never finished (the process ended mid-way): that one shows.
void TestReportExport::reportPairsStartedWithTheirResult()
{
    auto entry = [](const char* fixId, const char* session, const char* result) {
        JournalEntry e;
        e.fixId = QString::fromLatin1(fixId);
        e.sessionId = QString::fromLatin1(session);
        e.result = QString::fromLatin1(result);
        return e;
    };
    const QList<JournalEntry> journal{
            entry("delete_windows_temp_tmp", "s1", "started"), entry("delete_windows_temp_tmp", "s1", "applied"),
            entry("clear_attributes", "s1", "started"),        entry("delete_windows_temp_tmp", "s0", "applied"),
            entry("delete_windows_temp_tmp", "s1", "started"), entry("delete_windows_temp_tmp", "s1", "cancelled"),
    };
    const Report r = makeReport(QStringLiteral("s1"), CheckCatalog{}, CheckEnvironment{}, {}, journal, {}, QDateTime());
    QStringList seen;
    for (const JournalEntry& e : r.fixes)
        seen.append(e.fixId + QLatin1Char(':') + e.result);
    QCOMPARE(seen,
             (QStringList{QStringLiteral("delete_windows_temp_tmp:applied"), QStringLiteral("clear_attributes:started"),
                          QStringLiteral("delete_windows_temp_tmp:cancelled")}));
}

void TestReportExport::exitCode_data()
{
    QTest::addColumn<QList<Verdict>>("verdicts");
    QTest::addColumn<int>("code");
    QTest::newRow("nothing ran") << QList<Verdict>{} << 2;
    QTest::newRow("one pass") << QList<Verdict>{Verdict::Pass} << 0;
    QTest::newRow("pass and n/a") << QList<Verdict>{Verdict::Pass, Verdict::NotApplicable} << 0;
    QTest::newRow("only n/a") << QList<Verdict>{Verdict::NotApplicable} << 0;
    QTest::newRow("warning") << QList<Verdict>{Verdict::Pass, Verdict::Warning} << 1;
    QTest::newRow("two warnings") << QList<Verdict>{Verdict::Warning, Verdict::Warning} << 1;
    QTest::newRow("fail") << QList<Verdict>{Verdict::Pass, Verdict::Fail} << 2;
    QTest::newRow("fail after warning") << QList<Verdict>{Verdict::Warning, Verdict::Fail} << 2;
    QTest::newRow("warning after fail") << QList<Verdict>{Verdict::Fail, Verdict::Warning} << 2;
    QTest::newRow("error") << QList<Verdict>{Verdict::Pass, Verdict::Error} << 2;
    QTest::newRow("timed out") << QList<Verdict>{Verdict::TimedOut, Verdict::Pass} << 2;
    QTest::newRow("cancelled") << QList<Verdict>{Verdict::Cancelled} << 2;
    QTest::newRow("cancelled after warning") << QList<Verdict>{Verdict::Warning, Verdict::Cancelled} << 2;
    QTest::newRow("not run") << QList<Verdict>{Verdict::Pass, Verdict::NotRun} << 2;
    QTest::newRow("invalid") << QList<Verdict>{Verdict::Invalid} << 2;
}

void TestReportExport::exitCode()
{
    QFETCH(QList<Verdict>, verdicts);
    QFETCH(int, code);
    QCOMPARE(int(exitCodeFor(reportWith(verdicts))), code);
    // The documented numbers (README, --help) of the codes the CLI sets itself.
    QCOMPARE(int(ExitCode::AllPassed), 0);
    QCOMPARE(int(ExitCode::Warnings), 1);
    QCOMPARE(int(ExitCode::Failures), 2);
    QCOMPARE(int(ExitCode::UsageError), 3);
    QCOMPARE(int(ExitCode::InternalError), 4);
}

void TestReportExport::overall_data()
{
    QTest::addColumn<QList<Verdict>>("verdicts");
    QTest::addColumn<Verdict>("expected");
    QTest::newRow("empty is not run") << QList<Verdict>{} << Verdict::NotRun;
    QTest::newRow("pass") << QList<Verdict>{Verdict::Pass, Verdict::Pass} << Verdict::Pass;
    QTest::newRow("n/a over pass") << QList<Verdict>{Verdict::Pass, Verdict::NotApplicable} << Verdict::NotApplicable;
    QTest::newRow("warning") << QList<Verdict>{Verdict::Warning, Verdict::NotApplicable} << Verdict::Warning;
    QTest::newRow("not run over warning") << QList<Verdict>{Verdict::NotRun, Verdict::Warning} << Verdict::NotRun;
    QTest::newRow("fail is worst") << QList<Verdict>{Verdict::Fail, Verdict::Error, Verdict::TimedOut} << Verdict::Fail;
}

void TestReportExport::overall()
{
    QFETCH(QList<Verdict>, verdicts);
    QFETCH(Verdict, expected);
    QCOMPARE(reportWith(verdicts).overall(), expected);
}

QTEST_GUILESS_MAIN(TestReportExport)
#include "TestReportExport.moc"
