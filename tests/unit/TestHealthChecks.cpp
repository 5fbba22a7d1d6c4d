// SPDX-License-Identifier: MIT
// The agent runtime checks (catalog I): I1 obengine_service, I2 management_agent_service, I4
// mars_log_scan (each row of the log pattern table -> its error id, redaction of a planted secret
// in a quoted line, the bounded read of a huge log), I7 psmodulepath_and_execution_policy and I8
// msonlinebackup_module_files, each on healthy-server.json with one change; the start fixes of
// I1 and I2 previewed, applied and verified by re-running their check.
#include "ScenarioTestData.h"
#include "catalog/health/ManagementAgentServiceCheck.h"
#include "catalog/health/MarsLogPatterns.h"
#include "catalog/health/MarsLogScanCheck.h"
#include "catalog/health/MsOnlineBackupModuleCheck.h"
#include "catalog/health/ObEngineServiceCheck.h"
#include "catalog/health/PsModulePathCheck.h"
#include "catalog/health/StartManagementAgentFix.h"
#include "catalog/health/StartObEngineServiceFix.h"
#include "engine/CheckContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mars;
using namespace mars::test;

namespace {
const QString kLog = kInstallDir + QStringLiteral("\\Temp\\CBEngineCurr.errlog");

// healthy-server.json with the top-level fields of `patch` (a JSON object's members).
std::shared_ptr<SystemProbe> derived(const QTemporaryDir&, const QByteArray& patch)
{
    return onHealthyServer(patch);
}

QByteArray logWith(const QString& text)
{
    QJsonObject file{{QStringLiteral("path"), kLog}, {QStringLiteral("text"), text}};
    return "\"files\": " + QJsonDocument(QJsonArray{file}).toJson(QJsonDocument::Compact);
}

QByteArray service(const char* name, const char* fields)
{
    return QByteArray(R"("services": [{"name": ")") + name + "\", " + fields + "}]";
}

QByteArray registry(const char* key, const char* name, const char* type, const char* data)
{
    return QByteArray(R"("registry": [{"hive": "HKLM", "key": ")") + key + R"(", "name": ")" + name + R"(", "type": ")"
           + type + R"(", "data": )" + data + "}]";
}

const char* const kShell = R"(SOFTWARE\\Microsoft\\PowerShell\\1\\ShellIds\\Microsoft.PowerShell)";
const char* const kPolicy = R"(SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell)";

QString everything(const Finding& f)
{
    QString all = f.summary + f.detail + f.remedy;
    for (const Evidence& e : f.evidence)
        all += e.label + e.value;
    return all;
}
} // namespace

class TestHealthChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void patternRows_data();
    void patternRows();
    void everyRowIsReachable();
    void timestampsAndEndpoints();
    void checks_data();
    void checks();
    void quotedLineIsRedacted();
    void hugeLogIsReadFromTheEnd();
    void startFixesRepairAndVerify_data();
    void startFixesRepairAndVerify();

private:
    QTemporaryDir m_dir;
};

void TestHealthChecks::patternRows_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("errorId"); // empty: no row matches
    const auto row = [](const char* name, const char* line, const char* id) {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromLatin1(id);
    };
    row("34513", "Invalid vault credentials provided. (ID: 34513)", "34513");
    row("34528", "Unable to read the vault credentials file provided. (ID: 34528)", "34528");
    row("34528 by name", "CBPUnableToReadVaultCredentialFile thrown", "34528");
    row("expired vault credentials", "Vault credentials file provided has expired", "vault_credentials_expired");
    row("expired by name", "FullyQualifiedErrorId: CBPUserExpiredVaultCredentials", "vault_credentials_expired");
    row("100110", "not downloaded from the vault associated with this server. (ID: 100110)", "100110");
    row("407", "The remote server returned an error: (407) Proxy Authentication Required.", "407");
    row("407 words only", "Proxy Authentication Required", "407");
    row("100050", "unable to connect to Microsoft Azure Backup. (ID: 100050)", "100050");
    row("0x1FC07", "internal service error [0x1FC07]", "0x1FC07");
    row("34506", "Error 34506. The encryption passphrase stored on this computer is not correctly configured.",
        "34506");
    row("230006", "Resource not provisioned in service stamp. (ID: 230006)", "230006");
    row("0x1FBD3", "service version and agent versions do not match (0x1FBD3)", "0x1FBD3");
    row("10054", "An existing connection was forcibly closed by the remote host", "10054");
    row("10054 code", "socket error 10054", "10054");
    row("dns", "The remote name could not be resolved: 'login.microsoftonline.com'", "name_not_resolved");
    row("connection", "A connection attempt failed because the connected party did not respond 20.1.2.3:443",
        "connection_failed");
    row("tls", "Could not create SSL/TLS secure channel", "tls");
    row("schannel", "SChannel error 0x80090326", "tls");
    row("certificate expired", "The certificate has expired", "expired");
    // Numbers inside other numbers, or words without their context, are not errors.
    row("longer number", "processed 1345130 bytes", "");
    row("hex id", "thread 0x34513a", "");
    row("407 without proxy", "copied 407 files", "");
    row("tls without error", "Negotiated TLS 1.2", "");
    row("plain line", "Service started, version 2.0.9506.0", "");
    row("most specific first", "(ID: 34513) The remote name could not be resolved", "34513");
}

void TestHealthChecks::patternRows()
{
    QFETCH(QString, line);
    QFETCH(QString, errorId);
    const health::LogPattern* p = health::matchLogLine(line);
    QCOMPARE(p ? QString::fromLatin1(p->errorId) : QString(), errorId);
    if (p) {
        QVERIFY(!health::patternText(*p).isEmpty());
        QVERIFY(!health::patternRemedy(*p).isEmpty());
    }
}

void TestHealthChecks::everyRowIsReachable()
{
    // Every row's id is unique and the data rows above cover each of them.
    QSet<QString> ids;
    for (const health::LogPattern& p : health::logPatterns())
        ids.insert(QString::fromLatin1(p.errorId));
    QCOMPARE(ids.size(), health::logPatterns().size());
    const QStringList covered{QStringLiteral("34513"),
                              QStringLiteral("34528"),
                              QStringLiteral("vault_credentials_expired"),
                              QStringLiteral("100110"),
                              QStringLiteral("407"),
                              QStringLiteral("100050"),
                              QStringLiteral("0x1FC07"),
                              QStringLiteral("34506"),
                              QStringLiteral("230006"),
                              QStringLiteral("0x1FBD3"),
                              QStringLiteral("10054"),
                              QStringLiteral("name_not_resolved"),
                              QStringLiteral("connection_failed"),
                              QStringLiteral("tls"),
                              QStringLiteral("expired")};
    QCOMPARE(QSet<QString>(covered.cbegin(), covered.cend()), ids);
}

void TestHealthChecks::timestampsAndEndpoints()
{
    QCOMPARE(health::lineTimestamp(QStringLiteral("1F30\t2A48\t05/02\t09:14:07.903\t71\tFAILED")),
             QStringLiteral("05/02 09:14:07.903"));
    QCOMPARE(health::lineTimestamp(QStringLiteral("2024-05-02 09:20:14 closed")),
             QStringLiteral("2024-05-02 09:20:14"));
    QCOMPARE(health::lineTimestamp(QStringLiteral("no time here 12:00:00 far away in the message text ......")),
             QString());
    QCOMPARE(health::endpointIn(QStringLiteral("did not respond 20.150.1.4:443 in time")),
             QStringLiteral("20.150.1.4:443"));
    QCOMPARE(health::endpointIn(QStringLiteral("version 2.0.9506.0:4430")), QString());
}

void TestHealthChecks::checks_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("installing"); // the goal is to install, not to register
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentions");

    const QString i1 = ObEngineServiceCheck::id(), i2 = ManagementAgentServiceCheck::id(), i4 = MarsLogScanCheck::id(),
                  i7 = PsModulePathCheck::id(), i8 = MsOnlineBackupModuleCheck::id();
    const QByteArray noAgent =
            R"("registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup",
        "name": "InstallPath", "remove": true}], "services": [{"name": "obengine", "remove": true}])";
    const bool r = false;
    QTest::newRow("I1 running") << i1 << QByteArray() << r << Verdict::Pass << "running";
    QTest::newRow("I1 stopped") << i1 << service("obengine", R"("state": "stopped")") << r << Verdict::Fail
                                << "stopped";
    QTest::newRow("I1 paused") << i1 << service("obengine", R"("state": "paused")") << r << Verdict::Fail << "paused";
    QTest::newRow("I1 starting") << i1 << service("obengine", R"("state": "start_pending")") << r << Verdict::Warning
                                 << "starting";
    QTest::newRow("I1 no agent, registering") << i1 << noAgent << r << Verdict::Fail << "install the agent first";
    QTest::newRow("I1 no agent, installing") << i1 << noAgent << true << Verdict::NotApplicable << "not installed";
    QTest::newRow("I2 running") << i2 << QByteArray() << r << Verdict::Pass << "running";
    QTest::newRow("I2 disabled") << i2
                                 << service("OBRecoveryServicesManagementAgent",
                                            R"("state": "stopped", "startType": "disabled")")
                                 << r << Verdict::Warning << "disabled";
    QTest::newRow("I2 no agent") << i2 << noAgent << r << Verdict::NotApplicable << "not installed";
    QTest::newRow("I4 clean log") << i4 << QByteArray() << r << Verdict::Pass << "CBEngineCurr.errlog";
    QTest::newRow("I4 no log") << i4
                               << QByteArray(R"("files": [{"path": ")") + kLog.toUtf8().replace("\\", "\\\\")
                                          + R"(", "remove": true}])"
                               << r << Verdict::NotApplicable << "not written a log";
    QTest::newRow("I4 newest hit wins") << i4
                                        << logWith(QStringLiteral(
                                                   "05/01 10:00:00 (ID: 34513)\r\n05/02 11:00:00 (ID: 230006)\r\n"))
                                        << r << Verdict::Warning << "renamed server";
    QTest::newRow("I4 utf-16 log")
            << i4 << logWith(QStringLiteral("error 10054")).replace("}]", R"(, "encoding": "utf-16le"}])") << r
            << Verdict::Warning << "10054";
    QTest::newRow("I7 healthy") << i7 << QByteArray() << r << Verdict::Pass << "RemoteSigned";
    QTest::newRow("I7 path through %ProgramFiles%")
            << i7
            << registry(
                       R"(SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment)", "PSModulePath",
                       "REG_EXPAND_SZ",
                       R"("%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules\\;%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\")")
            << r << Verdict::Pass << "RemoteSigned";
    QTest::newRow("I7 GPO unrestricted")
            << i7
            << QByteArray(R"("registry": [{"hive": "HKLM", "key": ")") + kPolicy
                       + R"(", "name": "EnableScripts", "type": "REG_DWORD", "data": 1}, {"hive": "HKLM", "key": ")"
                       + kPolicy + R"(", "name": "ExecutionPolicy", "type": "REG_SZ", "data": "Unrestricted"}])"
            << r << Verdict::Pass << "Group Policy";
    QTest::newRow("I7 AllSigned") << i7 << registry(kShell, "ExecutionPolicy", "REG_SZ", R"("allsigned")") << r
                                  << Verdict::Warning << "AllSigned";
    QTest::newRow("I7 Undefined = default")
            << i7 << registry(kShell, "ExecutionPolicy", "REG_SZ", R"("Undefined")") << r << Verdict::Pass << "default";
    QTest::newRow("I7 client default Restricted")
            << i7 << QByteArray(R"("os": {"productName": "Windows 10 Pro", "productType": "workstation"})") << r
            << Verdict::Fail << "Restricted";
    QTest::newRow("I7 Server 2012 default (unconfirmed)")
            << i7
            << QByteArray(
                       R"("os": {"productName": "Windows Server 2012 Standard", "major": 6, "minor": 2, "build": 9200}, )"
                       R"("registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "name": "CurrentBuild", "type": "REG_SZ", "data": "9200"}])")
            << r << Verdict::Warning << "Restricted";
    QTest::newRow("I7 unreadable")
            << i7
            << QByteArray(R"("registry": [{"hive": "HKLM", "key": ")") + kShell
                       + R"(", "name": "ExecutionPolicy", "type": "REG_SZ", "data": "x", "readDenied": true}])"
            << r << Verdict::Error << "could not be read";
    QTest::newRow("I8 present") << i8 << QByteArray() << r << Verdict::Pass << "in place";
    QTest::newRow("I8 folder missing")
            << i8
            << QByteArray(
                       R"("files": [{"path": "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\MSOnlineBackup\\MSOnlineBackup.psd1", "remove": true}],)"
                       R"( "folders": [{"path": "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\MSOnlineBackup", "remove": true}])")
            << r << Verdict::Fail << "folder";
    QTest::newRow("I8 no agent") << i8 << noAgent << r << Verdict::NotApplicable << "not installed";
}

void TestHealthChecks::checks()
{
    QFETCH(QString, checkId);
    QFETCH(QByteArray, patch);
    QFETCH(bool, installing);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentions);
    std::shared_ptr<SystemProbe> system = derived(m_dir, patch);
    QVERIFY(system);
    const std::shared_ptr<Check> all[] = {std::make_shared<ObEngineServiceCheck>(),
                                          std::make_shared<ManagementAgentServiceCheck>(),
                                          std::make_shared<MarsLogScanCheck>(), std::make_shared<PsModulePathCheck>(),
                                          std::make_shared<MsOnlineBackupModuleCheck>()};
    const auto check =
            std::find_if(std::begin(all), std::end(all), [&](const auto& c) { return c->info().id == checkId; });
    QVERIFY(check != std::end(all));
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = installing ? Goal::Install : Goal::Register;
    const Finding f = (*check)->run(context);
    const QString where = verdictId(f.verdict) + QStringLiteral(": ") + f.summary + QLatin1Char('\n') + f.detail;
    QVERIFY2(f.verdict == verdict, qPrintable(where));
    QVERIFY2(f.summary.contains(mentions, Qt::CaseInsensitive), qPrintable(where));
    if (verdictNeedsAttention(f.verdict) && f.verdict != Verdict::Error)
        QVERIFY2(!f.remedy.isEmpty() || !f.fixIds.isEmpty(), qPrintable(where));
}

void TestHealthChecks::quotedLineIsRedacted()
{
    // A planted secret in the quoted line never reaches the finding; the error is still named.
    std::shared_ptr<SystemProbe> system = derived(
            m_dir, logWith(QStringLiteral("05/02 09:14:07 (ID: 100050) proxy user backup password=Hunter2Hunter2 "
                                          "via https://svc:TopSecret99@proxy.contoso.com:8080/\r\n")));
    QVERIFY(system);
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    const Finding f = MarsLogScanCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Warning);
    QCOMPARE(f.reason, QStringLiteral("100050"));
    const QString all = everything(f);
    QVERIFY2(!all.contains(QLatin1String("Hunter2Hunter2")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("TopSecret99")), qPrintable(all));
    QVERIFY2(f.summary.contains(QLatin1String("[REDACTED]")), qPrintable(f.summary));
    QVERIFY2(f.summary.contains(QLatin1String("05/02 09:14:07")), qPrintable(f.summary));
    // A long line is cut after redaction, never before it.
    const QString quoted =
            MarsLogScanCheck::quoted(QStringLiteral("word ").repeated(60) + QStringLiteral("password=abcdefgh"));
    QCOMPARE(quoted.size(), MarsLogScanCheck::kQuoteChars);
    QVERIFY(!MarsLogScanCheck::quoted(QStringLiteral("password=abcdefgh")).contains(QLatin1String("abcdefgh")));
}

void TestHealthChecks::hugeLogIsReadFromTheEnd()
{
    // 2 MiB of log: an old 34513 at the very start lies outside the 256 KiB read from the end,
    // the 0x1FC07 near the end is found.
    QString text = QStringLiteral("01/02 08:00:00 (ID: 34513)\r\n");
    const QString filler = QStringLiteral("1F30\t2A48\t05/02\t09:00:00.000\t71\tUploading block to the service\r\n");
    while (text.size() < 2 * 1024 * 1024)
        text += filler;
    text += QStringLiteral("05/02 10:00:00 internal service error [0x1FC07]\r\n") + filler;
    std::shared_ptr<SystemProbe> system = derived(m_dir, logWith(text));
    QVERIFY(system);
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    const Finding f = MarsLogScanCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Warning);
    QCOMPARE(f.reason, QStringLiteral("0x1FC07"));
    QVERIFY(f.evidenceValue(QStringLiteral("error_34513")).isEmpty());
    QVERIFY(f.evidenceValue(QStringLiteral("error_0x1fc07")).startsWith(QLatin1String("1 time")));
}

void TestHealthChecks::startFixesRepairAndVerify_data()
{
    QTest::addColumn<QString>("serviceName");
    QTest::addColumn<QString>("fixId");
    QTest::newRow("I1 obengine") << QStringLiteral("obengine") << StartObEngineServiceFix::id();
    QTest::newRow("I2 management agent") << ManagementAgentServiceCheck::serviceName() << StartManagementAgentFix::id();
}

void TestHealthChecks::startFixesRepairAndVerify()
{
    QFETCH(QString, serviceName);
    QFETCH(QString, fixId);
    std::shared_ptr<SystemProbe> system =
            derived(m_dir, service(serviceName.toLatin1().constData(), R"("state": "stopped")"));
    QVERIFY(system);
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    const bool i1 = fixId == StartObEngineServiceFix::id();
    const std::shared_ptr<Check> check = i1 ? std::shared_ptr<Check>(std::make_shared<ObEngineServiceCheck>())
                                            : std::make_shared<ManagementAgentServiceCheck>();
    const std::shared_ptr<Fix> fix = i1 ? std::shared_ptr<Fix>(std::make_shared<StartObEngineServiceFix>())
                                        : std::make_shared<StartManagementAgentFix>();
    const Finding before = check->run(context);
    QCOMPARE(before.fixIds, QStringList{fixId});
    QCOMPARE(fix->info().checkId, check->info().id);

    const FixPlan plan = fix->preview(context); // previewed: stopped -> running, changes nothing
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(plan.changes.first().before, QStringLiteral("stopped"));
    QCOMPARE(system->services().service(serviceName).value.state, ServiceState::Stopped);

    const FixOutcome outcome = fix->apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(outcome.before.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    const Finding after = check->run(context); // the FixRunner's re-run
    QCOMPARE(after.verdict, Verdict::Pass);
    QVERIFY(after.fixIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "TestHealthChecks.moc"
