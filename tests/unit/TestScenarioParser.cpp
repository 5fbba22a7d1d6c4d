// SPDX-License-Identifier: MIT
// ScenarioSystem parsing: the shipped and test scenarios load; every kind of bad file is
// rejected with one sentence naming the file and the line/column or field; no input crashes.
#include "ScenarioTestData.h"
#include "engine/Verdict.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace mars;
using namespace mars::test;

class TestScenarioParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedAndTestScenariosParse_data();
    void shippedAndTestScenariosParse();
    void everyScenarioFileLoads_data();
    void everyScenarioFileLoads();
    void expectationsAreRead();
    void badFilesAreRejected_data();
    void badFilesAreRejected();
    void badContentIsRejected_data();
    void badContentIsRejected();
    void malformedJsonIsRejected_data();
    void malformedJsonIsRejected();
    void neverCrashesOnMangledInput();
    void attributeNames();
};

void TestScenarioParser::shippedAndTestScenariosParse_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("tempEntries");
    QTest::newRow("healthy-server") << shipped("healthy-server.json") << qint64(120);
    QTest::newRow("broken-install") << shipped("broken-install.json") << qint64(70003);
    QTest::newRow("broken-register") << shipped("broken-register.json") << qint64(61001);
    QTest::newRow("warnings-only") << testData("warnings-only.json") << qint64(55022); // + the two installer logs
    QTest::newRow("not-admin") << testData("not-admin.json") << qint64(40);
}

void TestScenarioParser::shippedAndTestScenariosParse()
{
    QFETCH(QString, path);
    QFETCH(qint64, tempEntries);
    const auto system = load(path);
    QVERIFY(system);
    QVERIFY(system->isSimulated());
    QVERIFY(system->description().startsWith(QLatin1String("SIMULATED: ")));
    QVERIFY(!system->name().isEmpty());
    QVERIFY(!system->summary().isEmpty());
    QCOMPARE(list(*system).entries, tempEntries);
}

void TestScenarioParser::everyScenarioFileLoads_data()
{
    // Whatever lands in the scenario folders must load: shipped demos, test machines and the
    // fault scenarios that extend healthy-server.json. Only the two deliberately broken files
    // are left out (badFilesAreRejected covers them).
    QTest::addColumn<QString>("path");
    const QStringList broken{QStringLiteral("corrupt.json"), QStringLiteral("wrong-schema.json")};
    int rows = 0;
    for (const QString& root : {shipped(""), testData("")}) {
        QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (broken.contains(it.fileName()))
                continue;
            QTest::newRow(qPrintable(QDir(QStringLiteral(MARS_SOURCE_DIR)).relativeFilePath(path))) << path;
            ++rows;
        }
    }
    QVERIFY(rows >= 8);
}

void TestScenarioParser::everyScenarioFileLoads()
{
    QFETCH(QString, path);
    QString error;
    const auto system = ScenarioSystem::fromFile(path, &error);
    QVERIFY2(system, qPrintable(error));
    QVERIFY(!system->name().trimmed().isEmpty());
    for (const ScenarioExpectation& expectation : system->expectations()) {
        const Verdict verdict = verdictFromId(expectation.verdictId);
        QVERIFY(verdict != Verdict::Invalid && verdict != Verdict::NotRun);
        QVERIFY(!expectation.checkId.isEmpty());
    }
}

void TestScenarioParser::expectationsAreRead()
{
    const auto system = fromPatch(R"({"expected": {
        "scratch_attributes": {"verdict": "fail", "mentions": ["compressed", "hidden"]},
        "admin_membership": {"verdict": "pass"},
        "os_64bit": {"verdict": "not_applicable", "mentions": []}}})");
    QVERIFY(system);
    const QList<ScenarioExpectation> expected = system->expectations();
    QCOMPARE(expected.size(), 3);
    QCOMPARE(expected.at(0).checkId, QStringLiteral("admin_membership")); // sorted by id
    QCOMPARE(verdictFromId(expected.at(0).verdictId), Verdict::Pass);
    QVERIFY(expected.at(0).mentions.isEmpty());
    QCOMPARE(expected.at(1).checkId, QStringLiteral("os_64bit"));
    QCOMPARE(verdictFromId(expected.at(1).verdictId), Verdict::NotApplicable);
    QCOMPARE(expected.at(2).checkId, QStringLiteral("scratch_attributes"));
    QCOMPARE(verdictFromId(expected.at(2).verdictId), Verdict::Fail);
    QCOMPARE(expected.at(2).mentions, (QStringList{QStringLiteral("compressed"), QStringLiteral("hidden")}));

    // The OS layer spells the verdicts as text; each must be one the engine reads.
    for (const QString& id : ScenarioExpectation::verdictIds()) {
        const Verdict verdict = verdictFromId(id);
        QVERIFY2(verdict != Verdict::Invalid && verdict != Verdict::NotRun, qPrintable(id));
        QCOMPARE(verdictId(verdict), id);
    }

    const auto none = fromPatch("{}");
    QVERIFY(none);
    QVERIFY(none->expectations().isEmpty());
}

void TestScenarioParser::badFilesAreRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated JSON") << testData("corrupt.json")
                                    << QStringLiteral("corrupt.json: the file is not valid JSON at line 6, column");
    QTest::newRow("wrong types") << testData("wrong-schema.json")
                                 << QStringLiteral("wrong-schema.json: account must be an object");
    QTest::newRow("missing file") << testData("no-such-scenario.json")
                                  << QStringLiteral("no-such-scenario.json: the scenario file does not exist");
    QTest::newRow("a folder") << testData("") << QStringLiteral("this is not a file");
}

void TestScenarioParser::badFilesAreRejected()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ScenarioSystem::fromFile(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error)); // a sentence
    QVERIFY(!ScenarioSystem::fromFile(path, nullptr)); // no error out-parameter: still no crash
}

void TestScenarioParser::badContentIsRejected_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* patch, const char* expected) {
        QTest::newRow(name) << QByteArray(patch) << QString::fromUtf8(expected);
    };
    row("typo at top level", R"({"servics": []})", "the file has an unknown field \"servics\"");
    row("typo in a section", R"({"account": {"user": "u", "adminMember": true, "elevaton": "elevated"}})",
        "account has an unknown field \"elevaton\"");
    row("schema missing", R"({"schema": null})", "schema is missing");
    row("schema 2", R"({"schema": 2})", "schema is 2, but this program reads only schema 1");
    row("schema as text", R"({"schema": "1"})", "schema must be a whole number");
    row("name empty", R"({"name": " "})", "name must not be empty");
    row("account missing", R"({"account": null})", "account is missing");
    row("account a number", R"({"account": 5})", "account must be an object");
    row("elevation unknown", R"({"account": {"user": "u", "adminMember": true, "elevation": "root"}})",
        "account.elevation must be one of elevated, limited, not_admin");
    row("elevated non-admin", R"({"account": {"user": "u", "adminMember": false, "elevation": "elevated"}})",
        "account.elevation must be not_admin when account.adminMember is false");
    row("adminMember as text", R"({"account": {"user": "u", "adminMember": "yes", "elevation": "elevated"}})",
        "account.adminMember must be true or false");
    row("build not whole",
        R"({"os": {"productName": "W", "major": 10, "minor": 0, "build": 1.5, "productType": "server"}})",
        "os.build must be a whole number from 0 to 10000000");
    row("product type", R"({"os": {"productName": "W", "major": 10, "minor": 0, "build": 1, "productType": "dc"}})",
        "os.productType must be one of workstation, domain_controller, server");
    row("attribute typo", R"({"folders": [{"path": "C:\\X", "attributes": ["hiden"]}]})",
        "folders[0].attributes[0] must be one of readonly, hidden");
    row("relative path", R"({"folders": [{"path": "Windows\\Temp"}]})",
        "folders[0].path must be an absolute Windows path");
    row("wildcard in path", R"({"folders": [{"path": "C:\\Temp\\*"}]})",
        "folders[0].path must be an absolute Windows path");
    row("folder twice", R"({"folders": [{"path": "C:\\Data"}, {"path": "c:/DATA/"}]})",
        "folders[1].path repeats the folder C:\\DATA");
    row("pattern without {n}", R"({"tempFolder": {"files": [{"pattern": "tmp.tmp", "count": 3}]}})",
        "tempFolder.files[0].pattern must contain {n} exactly once");
    row("count too large", R"({"tempFolder": {"files": [{"pattern": "t{n}.tmp", "count": 1000001}]}})",
        "tempFolder.files[0].count must be a whole number from 0 to 1000000");
    row("count absurd", R"({"tempFolder": {"files": [{"pattern": "t{n}.tmp", "count": 1e300}]}})",
        "tempFolder.files[0].count must be a whole number");
    row("in use above count", R"({"tempFolder": {"files": [{"pattern": "t{n}.tmp", "count": 10, "inUse": 11}]}})",
        "tempFolder.files[0].inUse must be a whole number from 0 to 10");
    row("name twice", R"({"tempFolder": {"files": [{"name": "A.tmp"}, {"name": "a.TMP"}]}})",
        "tempFolder.files[1].name names \"a.TMP\" a second time");
    row("generator collides",
        R"({"tempFolder": {"files": [{"name": "tmp0002.tmp"}, {"pattern": "TMP{n}.TMP", "count": 3}]}})",
        "tempFolder.files[1].pattern names \"TMP0002.TMP\" a second time");
    row("directory clashes", R"({"tempFolder": {"files": [{"name": "x.tmp"}], "directories": ["X.tmp"]}})",
        "tempFolder.directories[0] names \"X.tmp\" a second time");
    row("name and pattern", R"({"tempFolder": {"files": [{"name": "a", "pattern": "b{n}", "count": 1}]}})",
        "tempFolder.files[0] has both name and pattern");
    row("name with folder", R"({"tempFolder": {"files": [{"name": "sub\\a.tmp"}]}})",
        "tempFolder.files[0].name must be a plain file name");
    row("files while missing", R"({"tempFolder": {"exists": false, "files": [{"name": "a.tmp"}]}})",
        "tempFolder.exists is false, so the folder cannot hold files");
    row("missing but listed", R"({"tempFolder": {"exists": false}, "folders": [{"path": "C:\\Windows\\Temp\\x"}]})",
        "tempFolder.exists is false, but folders lists C:\\Windows\\Temp");
    row("registry type", R"({"registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_DWROD", "data": 1}]})",
        "registry[0].type must be one of REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY");
    row("registry hive",
        R"({"registry": [{"hive": "HKEY_LOCAL_MACHINE", "key": "K", "name": "V", "type": "REG_SZ", "data": ""}]})",
        "registry[0].hive must be one of HKLM, HKU, HKCU");
    row("dword too large",
        R"({"registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_DWORD", "data": 4294967296}]})",
        "registry[0].data must be a number from 0 to 4294967295");
    row("dword negative",
        R"({"registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_DWORD", "data": -1}]})",
        "registry[0].data must be a number from 0 to 4294967295");
    row("binary not hex",
        R"({"registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_BINARY", "data": "zz"}]})",
        "registry[0].data must be a string of hex bytes");
    row("multi-sz not a list",
        R"({"registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_MULTI_SZ", "data": "a"}]})",
        "registry[0].data must be a list");
    row("registry readDenied as text",
        R"({"registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_SZ", "data": "", "readDenied": 1}]})",
        "registry[0].readDenied must be true or false");
    row("registry data missing", R"({"registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_SZ"}]})",
        "registry[0].data is missing");
    row("value twice",
        R"({"registry": [{"hive": "HKLM", "key": "SOFTWARE\\A", "name": "V", "type": "REG_SZ", "data": "1"},
                         {"hive": "HKLM", "key": "software\\a\\", "name": "v", "type": "REG_SZ", "data": "2"}]})",
        "registry[1] repeats the value \"v\" of HKLM\\software\\a");
    row("service state", R"({"services": [{"name": "obengine", "state": "up"}]})",
        "services[0].state must be one of stopped, start_pending, stop_pending, running, paused");
    row("service twice",
        R"({"services": [{"name": "obengine", "state": "running"}, {"name": "OBEngine", "state": "stopped"}]})",
        "services[1].name repeats the service OBEngine");
    row("disk too full", R"({"disks": [{"root": "C:\\", "totalBytes": 10, "freeBytes": 11}]})",
        "disks[0].freeBytes is larger than totalBytes");
    row("disk online not a bool", R"({"disks": [{"root": "C:\\", "totalBytes": 1, "freeBytes": 0, "online": "no"}]})",
        "disks[0].online must be true or false");
    row("disk dedup not a bool", R"({"disks": [{"root": "C:\\", "totalBytes": 1, "freeBytes": 0, "dedup": 1}]})",
        "disks[0].dedup must be true or false");
    row("folder age negative", R"({"folders": [{"path": "C:\\A", "ageHours": -1}]})", "folders[0].ageHours");
    row("folder age a string", R"({"folders": [{"path": "C:\\A", "ageHours": "old"}]})", "folders[0].ageHours");
    row("utc without zone", R"({"clock": {"utc": "2024-05-01T09:30:00"}})",
        "clock.utc must be an ISO 8601 date and time");
    row("utc and skew", R"({"clock": {"utc": "2024-05-01T09:30:00Z", "skewSeconds": 5}})",
        "clock gives both utc and skewSeconds");
    row("region in small letters", R"({"clock": {"region": "nl"}})", "clock.region must be a two-letter ISO 3166");
    row("region unknown", R"({"clock": {"region": "QQ"}})", "clock.region must be a two-letter ISO 3166");
    row("region a name", R"({"clock": {"region": "Netherlands"}})", "clock.region must be a two-letter ISO 3166");
    row("uptime negative", R"({"clock": {"uptimeHours": -1}})", "clock.uptimeHours must be");
    row("proxy without server", R"({"winHttpProxy": {"direct": false}})", "winHttpProxy.proxyServer must be given");
    row("proxy twice", R"({"winHttpProxy": {"direct": true, "proxyServer": "p:8080"}})", "winHttpProxy.direct is true");
    row("root store: unknown field", R"({"rootStore": {"presnt": []}})", "rootStore has an unknown field \"presnt\"");
    row("root store: a list", R"({"rootStore": []})", "rootStore must be an object");
    row("root store: present not a list", R"({"rootStore": {"present": "df3c24f9bfd666761b268073fe06d1cc8d4f82a4"}})",
        "rootStore.present must be a list");
    row("root store: short thumbprint", R"({"rootStore": {"absent": ["df3c24f9"]}})",
        "rootStore.absent[0] must be a SHA-1 thumbprint: 40 hexadecimal digits");
    row("root store: thumbprint with blanks",
        R"({"rootStore": {"present": ["df 3c 24 f9 bf d6 66 76 1b 26 80 73 fe 06 d1 cc 8d 4f 82 a4"]}})",
        "rootStore.present[0] must be a SHA-1 thumbprint");
    row("root store: not hex", R"({"rootStore": {"present": ["zf3c24f9bfd666761b268073fe06d1cc8d4f82a4"]}})",
        "rootStore.present[0] must be a SHA-1 thumbprint");
    row("root store: thumbprint twice",
        R"({"rootStore": {"absent": ["df3c24f9bfd666761b268073fe06d1cc8d4f82a4",
                                     "DF3C24F9BFD666761B268073FE06D1CC8D4F82A4"]}})",
        "rootStore.absent[1] repeats the thumbprint DF3C24F9BFD666761B268073FE06D1CC8D4F82A4");
    row("root store: present and absent", R"({"rootStore": {"present": [], "absent": []}})",
        "rootStore gives both present and absent");
    row("root store: error and a list", R"({"rootStore": {"error": "denied", "absent": []}})",
        "rootStore gives error together with other fields");
    row("root store: empty error", R"({"rootStore": {"error": " "}})", "rootStore.error must not be empty");
    row("network: unknown field", R"({"network": {"ofline": true}})", "network has an unknown field");
    row("network: rule without host or proxy", R"({"network": {"exchanges": [{"failedLayer": "tcp"}]}})",
        "network.exchanges[0] needs exactly one of");
    row("network: rule with host and proxy", R"({"network": {"exchanges": [{"host": "a", "proxy": "p:1"}]}})",
        "network.exchanges[0] needs exactly one of");
    row("network: proxy without port", R"({"network": {"exchanges": [{"proxy": "p"}]}})",
        "network.exchanges[0].proxy must be host:port");
    row("network: unknown layer", R"({"network": {"exchanges": [{"host": "a", "failedLayer": "udp"}]}})",
        "network.exchanges[0].failedLayer must be one of");
    row("network: failure without layer", R"({"network": {"exchanges": [{"host": "a", "failure": "x"}]}})",
        "gives a failure but no failedLayer");
    row("network: failed and answered",
        R"({"network": {"exchanges": [{"host": "a", "failedLayer": "tcp", "httpStatus": 200}]}})",
        "has both a failedLayer and an httpStatus");
    row("network: proxy layer on a host rule", R"({"network": {"exchanges": [{"host": "a", "failedLayer": "proxy"}]}})",
        "only a \"proxy\" rule can fail at");
    row("network: bad thumbprint", R"({"network": {"exchanges": [{"host": "a", "rootSha1": "xyz"}]}})",
        "rootSha1 must be 40 hexadecimal digits");
    row("network: status out of range", R"({"network": {"exchanges": [{"host": "a", "httpStatus": 99}]}})",
        "httpStatus");
    // The computer's names in "os" (H3): a whole os object each, as the patch replaces it.
#define MARS_OS R"("os": {"productName": "W", "major": 10, "minor": 0, "build": 1, "productType": "server", )"
    row("identity: NetBIOS too long",
        "{" MARS_OS R"("computerName": "FILESERVER-AMSTERDAM", "joinStatus": "unjoined"}})",
        "os.computerName must be 1 to 15 characters");
    row("identity: dotted NetBIOS name", "{" MARS_OS R"("computerName": "fs01.contoso", "joinStatus": "unjoined"}})",
        "os.computerName must be 1 to 15 characters");
    row("identity: names without computerName", "{" MARS_OS R"("dnsDomain": "contoso.com", "joinStatus": "unjoined"}})",
        "os.computerName is missing");
    row("identity: no join status", "{" MARS_OS R"("computerName": "FS01"}})", "os.joinStatus is missing");
    row("identity: unknown join status", "{" MARS_OS R"("computerName": "FS01", "joinStatus": "azure_ad"}})",
        "os.joinStatus must be one of");
    row("identity: domain without name", "{" MARS_OS R"("computerName": "FS01", "joinStatus": "domain"}})",
        "os.joinName is required when joinStatus is workgroup or domain");
    row("identity: unjoined with a name",
        "{" MARS_OS R"("computerName": "FS01", "joinStatus": "unjoined", "joinName": "CONTOSO"}})",
        "os.joinName is only allowed");
    row("identity: DNS suffix with a dot", "{" MARS_OS R"("computerName": "FS01", "dnsDomain": ".contoso.com",
        "joinStatus": "unjoined"}})",
        "os.dnsDomain must be a DNS suffix");
    row("identity: DNS host name with a dot",
        "{" MARS_OS R"("computerName": "FS01", "dnsHostName": "fs01.contoso", "joinStatus": "unjoined"}})",
        "os.dnsHostName must be 1 to 63 characters");
    row("identity: error and names", "{" MARS_OS R"("computerName": "FS01", "identityError": "denied"}})",
        "gives identityError together with");
    row("identity: empty error", "{" MARS_OS R"("identityError": " "}})", "os.identityError must not be empty");
#undef MARS_OS
    row("reboot reasons", R"({"pendingReboot": [1]})", "pendingReboot[0] must be a string");
    row("update history typo", R"({"updateHistory": {"lastInstallAge": 3}})",
        "updateHistory has an unknown field \"lastInstallAge\"");
    row("update history age", R"({"updateHistory": {"lastInstallAgeDays": -1}})",
        "updateHistory.lastInstallAgeDays must be a whole number from 0 to 36500");
    row("update history error and entries", R"({"updateHistory": {"error": "disabled", "totalEntries": 3}})",
        "updateHistory gives error together with other fields");
    row("update history empty error", R"({"updateHistory": {"error": " "}})", "updateHistory.error must not be empty");
    row("update history title alone", R"({"updateHistory": {"lastInstallTitle": "KB1"}})",
        "updateHistory.lastInstallTitle needs lastInstallAgeDays");
    row("update history without entries", R"({"updateHistory": {"totalEntries": 0, "lastInstallAgeDays": 2}})",
        "updateHistory.totalEntries is 0");

    // scheduledTasks
    row("tasks typo", R"({"scheduledTasks": {"task": []}})", "scheduledTasks has an unknown field \"task\"");
    row("tasks not a list", R"({"scheduledTasks": {"tasks": {}}})", "scheduledTasks.tasks must be");
    row("task field typo", R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "enable": true}]}})",
        "scheduledTasks.tasks[0] has an unknown field \"enable\"");
    row("task without path", R"({"scheduledTasks": {"tasks": [{"userId": "SYSTEM"}]}})",
        "scheduledTasks.tasks[0].path is missing");
    row("task path relative", R"({"scheduledTasks": {"tasks": [{"path": "A\\t", "userId": "SYSTEM"}]}})",
        "scheduledTasks.tasks[0].path must be a task's full path starting with a backslash");
    row("task path a folder", R"({"scheduledTasks": {"tasks": [{"path": "\\A\\", "userId": "SYSTEM"}]}})",
        "scheduledTasks.tasks[0].path must be a task's full path");
    row("task repeated",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM"}, {"path": "\\a\\T", "groupId": "Administrators"}]}})",
        "scheduledTasks.tasks[1].path repeats the task \\a\\T");
    row("task without principal", R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t"}]}})",
        "scheduledTasks.tasks[0] needs userId or groupId");
    row("task logon type",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "logonType": "service"}]}})",
        "scheduledTasks.tasks[0].logonType must be one of none, password, s4u");
    row("task run level",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "runLevel": "admin"}]}})",
        "scheduledTasks.tasks[0].runLevel must be one of limited, highest");
    row("task instances",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "multipleInstances": "ignore"}]}})",
        "scheduledTasks.tasks[0].multipleInstances must be one of parallel, queue, ignore_new, stop_existing");
    row("trigger type",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "triggers": [{"type": "hourly"}]}]}})",
        "scheduledTasks.tasks[0].triggers[0].type must be one of time, daily, weekly");
    row("trigger without type",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "triggers": [{}]}]}})",
        "scheduledTasks.tasks[0].triggers[0].type is missing");
    row("trigger enabled text",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "triggers": [{"type": "daily", "enabled": "yes"}]}]}})",
        "scheduledTasks.tasks[0].triggers[0].enabled must be");
    row("task result without run",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "lastResult": 1}]}})",
        "scheduledTasks.tasks[0].lastResult needs lastRunAgeHours");
    row("task run age negative",
        R"({"scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "lastRunAgeHours": -1}]}})",
        "scheduledTasks.tasks[0].lastRunAgeHours must be a whole number");
    row("task folder relative", R"({"scheduledTasks": {"folders": ["Microsoft"]}})",
        "scheduledTasks.folders[0] must be a Task Scheduler path starting with a backslash");
    row("tasks error and tasks", R"({"scheduledTasks": {"error": "down", "tasks": []}})",
        "scheduledTasks gives error together with other fields");
    row("tasks empty error", R"({"scheduledTasks": {"error": ""}})", "scheduledTasks.error must not be empty");

    // files
    row("file field typo", R"({"files": [{"path": "C:\\a.exe", "verson": "1.0.0.0"}]})",
        "files[0] has an unknown field \"verson\"");
    row("file without path", R"({"files": [{"version": "1.0.0.0"}]})", "files[0].path is missing");
    row("file path relative", R"({"files": [{"path": "bin\\a.exe"}]})", "files[0].path must be an absolute");
    row("version of three parts", R"({"files": [{"path": "C:\\a.exe", "version": "2.0.9262"}]})",
        "files[0].version must be four numbers from 0 to 65535");
    row("version part too large", R"({"files": [{"path": "C:\\a.exe", "version": "1.0.0.65536"}]})",
        "files[0].version must be four numbers");
    row("version with letters", R"({"files": [{"path": "C:\\a.exe", "version": "1.0.0.0a"}]})",
        "files[0].version must be four numbers");
    row("encoding unknown", R"({"files": [{"path": "C:\\a.log", "encoding": "utf-16"}]})",
        "files[0].encoding must be one of utf-8, utf-16le");
    row("file is a directory", R"({"files": [{"path": "C:\\a", "attributes": ["archive", "directory"]}]})",
        "files[0].attributes[1] is directory, but a file is not a folder");
    row("file attribute typo", R"({"files": [{"path": "C:\\a", "attributes": ["hiden"]}]})",
        "files[0].attributes[0] must be one of readonly, hidden");
    row("file size negative", R"({"files": [{"path": "C:\\a", "size": -1}]})", "files[0].size must be a whole number");
    row("file readDenied text", R"({"files": [{"path": "C:\\a", "readDenied": "yes"}]})",
        "files[0].readDenied must be true or false");
    row("file text a number", R"({"files": [{"path": "C:\\a", "text": 5}]})", "files[0].text must be a string");
    row("file twice", R"({"files": [{"path": "C:\\Bin\\a.exe"}, {"path": "c:/bin/A.EXE"}]})",
        "files[1].path repeats the file C:\\bin\\A.EXE");
    row("file is a listed folder", R"({"folders": [{"path": "C:\\X"}], "files": [{"path": "c:\\x"}]})",
        "files[0].path names C:\\X, which is a folder");
    row("file is a parent", R"({"files": [{"path": "C:\\a"}, {"path": "C:\\a\\b.txt"}]})",
        "files[0].path names C:\\a, which is a folder");
    row("file is the temp folder", R"({"files": [{"path": "C:\\Windows\\Temp"}]})",
        "files[0].path names C:\\Windows\\Temp, which is a folder");
    row("file is a disk root", R"({"files": [{"path": "D:\\"}]})", "files[0].path is the root of a drive");
    row("file is a share root", R"({"files": [{"path": "\\\\srv\\share"}]})", "files[0].path is the root of a drive");
    row("file also in tempFolder",
        R"({"tempFolder": {"files": [{"name": "OBPatch.log"}]}, "files": [{"path": "C:\\Windows\\Temp\\obpatch.LOG"}]})",
        "files[0].path names \"obpatch.LOG\", which tempFolder already lists");
    row("file in a missing temp folder",
        R"({"tempFolder": {"exists": false}, "files": [{"path": "C:\\Windows\\Temp\\a.log"}]})",
        "files[0].path is inside C:\\Windows\\Temp, but tempFolder.exists is false");
    row("files not a list", R"({"files": {"path": "C:\\a"}})", "files must be a list");

    // knownFolders, disks
    row("known folder typo", R"({"knownFolders": {"system": "C:\\Windows\\System32"}})",
        "knownFolders has an unknown field \"system\"; the known fields are windows, system32, programFiles, "
        "programData, userProfiles");
    row("known folder relative", R"({"knownFolders": {"windows": "Windows"}})",
        "knownFolders.windows must be an absolute Windows path");
    row("drive type unknown", R"({"disks": [{"root": "C:\\", "totalBytes": 1, "freeBytes": 0, "driveType": "ssd"}]})",
        "disks[0].driveType must be one of fixed, removable, remote, cdrom, ramdisk, unknown");
    row("share not remote",
        R"({"disks": [{"root": "\\\\nas\\b", "totalBytes": 1, "freeBytes": 0, "driveType": "fixed"}]})",
        "disks[0].driveType must be remote for the share \\\\nas\\b");
    row("file system a number", R"({"disks": [{"root": "C:\\", "totalBytes": 1, "freeBytes": 0, "fileSystem": 7}]})",
        "disks[0].fileSystem must be a string");

    // expected
    row("expected a list", R"({"expected": []})", "expected must be an object");
    row("expected id in camel case", R"({"expected": {"adminMembership": {"verdict": "fail"}}})",
        "expected has the key \"adminMembership\", which is not a check id");
    row("expected id with double _", R"({"expected": {"admin__membership": {"verdict": "fail"}}})",
        "expected has the key \"admin__membership\", which is not a check id");
    row("expected verdict not_run", R"({"expected": {"admin_membership": {"verdict": "not_run"}}})",
        "expected.admin_membership.verdict must be one of pass, warning, fail, not_applicable, error, timed_out, "
        "cancelled");
    row("expected verdict missing", R"({"expected": {"admin_membership": {"mentions": ["x"]}}})",
        "expected.admin_membership.verdict is missing");
    row("expected field typo", R"({"expected": {"admin_membership": {"verdict": "fail", "mention": ["x"]}}})",
        "expected.admin_membership has an unknown field \"mention\"; the known fields are verdict, mentions");
    row("mention empty", R"({"expected": {"admin_membership": {"verdict": "fail", "mentions": ["a", " "]}}})",
        "expected.admin_membership.mentions[1] must not be empty");
    row("mention a number", R"({"expected": {"admin_membership": {"verdict": "fail", "mentions": [1]}}})",
        "expected.admin_membership.mentions[0] must be a string");
    row("expectation not an object", R"({"expected": {"admin_membership": "fail"}})",
        "expected.admin_membership must be an object");

    // base (the merge itself: TestScenarioBase)
    row("remove without base", R"({"folders": [{"path": "C:\\X", "remove": true}]})",
        "folders[0] has \"remove\", but the file has no base to remove it from");
    row("base a number", R"({"base": 5})", "base must be a string naming another scenario file");
    row("base empty", R"({"base": " "})", "base must be a string naming another scenario file");
    row("base missing", R"({"base": "no-such-base.json"})", "base names ");
}

void TestScenarioParser::badContentIsRejected()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ScenarioSystem::fromJson(scenarioWith(patch.constData()), QStringLiteral("case.json"), &error));
    QVERIFY2(error.startsWith(QLatin1String("case.json: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestScenarioParser::malformedJsonIsRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("raw.json: the file is empty");
    QTest::newRow("blank") << QByteArray(" \n\t ") << QStringLiteral("raw.json: the file is empty");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("raw.json: the top level must be a JSON object");
    QTest::newRow("trailing comma") << QByteArray("{\n  \"schema\": 1,\n}")
                                    << QStringLiteral("raw.json: the file is not valid JSON at line 3, column");
    // Qt reports the offset just past the offending "x"; counting bytes instead of characters
    // would say column 21.
    QTest::newRow("column counts characters")
            << QByteArray("{\"name\": \"Zürich\" x}") << QStringLiteral("not valid JSON at line 1, column 20");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("raw.json: the file is not valid JSON");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << QStringLiteral("raw.json: the file is not valid JSON");
}

void TestScenarioParser::malformedJsonIsRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ScenarioSystem::fromJson(json, QStringLiteral("raw.json"), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestScenarioParser::neverCrashesOnMangledInput()
{
    QFile file(shipped("broken-register.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    // Every truncation (the file a crashed editor leaves behind) ...
    for (qsizetype length = 0; length < json.size(); length += 13) {
        QString error;
        QVERIFY(!ScenarioSystem::fromJson(json.left(length), QStringLiteral("t.json"), &error));
        QVERIFY(error.startsWith(QLatin1String("t.json: ")));
    }
    // ... and random damage: either a machine or one error, never a crash.
    QRandomGenerator random(20240501);
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = json;
        for (int flips = 0; flips < 3; ++flips)
            damaged[random.bounded(damaged.size())] = char(random.bounded(256));
        QString error;
        const auto system = ScenarioSystem::fromJson(damaged, QStringLiteral("d.json"), &error);
        QVERIFY(system || error.startsWith(QLatin1String("d.json: ")));
    }
}

void TestScenarioParser::attributeNames()
{
    const FileAttribute all[] = {FileAttribute::ReadOnly,     FileAttribute::Hidden,     FileAttribute::System,
                                 FileAttribute::Directory,    FileAttribute::Archive,    FileAttribute::Sparse,
                                 FileAttribute::ReparsePoint, FileAttribute::Compressed, FileAttribute::Encrypted};
    for (const FileAttribute attribute : all) {
        FileAttribute parsed{};
        QVERIFY(fileAttributeFromName(fileAttributeName(attribute), &parsed));
        QCOMPARE(parsed, attribute);
    }
    QCOMPARE(fileAttributeName(FileAttribute::ReparsePoint), QStringLiteral("reparse_point"));
    QCOMPARE(fileAttributeNames(FileAttribute::Compressed | FileAttribute::Hidden | FileAttribute::Directory),
             (QStringList{QStringLiteral("hidden"), QStringLiteral("directory"), QStringLiteral("compressed")}));
    QCOMPARE(fileAttributeNames(FileAttributes::fromInt(0x80 | 0x1)),
             (QStringList{QStringLiteral("readonly"), QStringLiteral("0x80")}));
    QVERIFY(fileAttributeNames({}).isEmpty());
    QVERIFY(fileAttributeFromName(QStringLiteral(" Hidden "), nullptr));
    QVERIFY(!fileAttributeFromName(QStringLiteral("hiden"), nullptr));
    QVERIFY(!fileAttributeFromName(QString(), nullptr));
}

QTEST_GUILESS_MAIN(TestScenarioParser)
#include "TestScenarioParser.moc"
