// SPDX-License-Identifier: MIT
// "base" inheritance of scenario files: every list kind merged by key (change, add, remove),
// objects merged field by field, lists replaced, null removing, own fields never inherited,
// nested bases relative to the including file (also in Qt resources), and every way a chain
// can be wrong.
#include "ScenarioTestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
// A base machine with two entries in every keyed list, so each test can change one, remove
// one and add one.
const char* const kBaseMachine = R"({"schema": 1, "name": "base", "description": "the base",
  "account": {"user": "CONTOSO\\admin", "adminMember": true, "adminSource": "base source", "elevation": "elevated"},
  "os": {"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0, "build": 17763,
         "productType": "server"},
  "clock": {"skewSeconds": 0, "timeZoneId": "W. Europe Standard Time"},
  "folders": [{"path": "C:\\A", "attributes": ["hidden"]}, {"path": "C:\\E"}],
  "files": [{"path": "C:\\A\\x.exe", "version": "1.0.0.0", "text": "base text"}, {"path": "C:\\B\\y.log", "text": "y"}],
  "registry": [
    {"hive": "HKLM", "key": "SOFTWARE\\K", "name": "V", "type": "REG_SZ", "data": "base"},
    {"hive": "HKLM", "view": "32", "key": "SOFTWARE\\K", "name": "V", "type": "REG_DWORD", "data": 1},
    {"hive": "HKLM", "key": "SOFTWARE\\K", "name": "W", "type": "REG_SZ", "data": "w"}],
  "services": [{"name": "obengine", "displayName": "Agent", "state": "running"}, {"name": "W32Time", "state": "running"}],
  "disks": [{"root": "C:\\", "totalBytes": 1000, "freeBytes": 500}, {"root": "D:\\", "totalBytes": 2000, "freeBytes": 100}],
  "tempFolder": {"files": [{"name": "a.tmp"}, {"name": "b.tmp"}], "directories": ["d"]},
  "pendingReboot": ["x", "y"],
  "winHttpProxy": {"direct": true},
  "rootStore": {"present": ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"]},
  "knownFolders": {"windows": "C:\\Windows"},
  "expected": {"admin_membership": {"verdict": "pass"}}})";

QByteArray derivedFrom(const char* base, const char* fields)
{
    return QByteArray(R"({"schema": 1, "name": "derived", "base": ")") + base + "\"" + (*fields ? ", " : "") + fields
           + "}";
}

class Files
{
public:
    Files() { QVERIFY(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString write(const QString& name, const QByteArray& json) const
    {
        const QString file = path(name);
        QDir().mkpath(QFileInfo(file).path());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }
    // base.json plus derived.json with `fields`; loads derived.json.
    std::unique_ptr<ScenarioSystem> derive(const char* fields, QString* error = nullptr) const
    {
        write(QStringLiteral("base.json"), kBaseMachine);
        QString message;
        auto system = ScenarioSystem::fromFile(write(QStringLiteral("derived.json"), derivedFrom("base.json", fields)),
                                               &message);
        if (error)
            *error = message;
        else if (!system)
            qWarning("%s", qPrintable(message));
        return system;
    }

private:
    QTemporaryDir m_dir;
};

const auto K = [](const char* key) { return QString::fromUtf8(key); };
} // namespace

class TestScenarioBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inheritsEverything();
    void folders();
    void files();
    void registry();
    void services();
    void disks();
    void otherListsAreReplaced();
    void objectsMergeFieldByField();
    void nullRemoves();
    void nestedBasesResolveRelativeToTheirFile();
    void resourceBase();
    void brokenChains_data();
    void brokenChains();
};

void TestScenarioBase::inheritsEverything()
{
    const Files files;
    const auto system = files.derive("");
    QVERIFY(system);
    QCOMPARE(system->name(), K("derived"));
    QCOMPARE(system->summary(), QString()); // never inherited
    QVERIFY(system->expectations().isEmpty()); // never inherited
    QCOMPARE(system->machine().account().value.adminSource, K("base source"));
    QCOMPARE(system->files().fileAttributes(K("C:\\A")).value, FileAttribute::Directory | FileAttribute::Hidden);
    QCOMPARE(system->files().fileVersion(K("C:\\A\\x.exe")).value, K("1.0.0.0"));
    QCOMPARE(list(*system).entries, qint64(3));
    QCOMPARE(system->machine().pendingRebootReasons().value, (QStringList{K("x"), K("y")}));
    QCOMPARE(system->network().localMachineRoots({QByteArray(40, 'a'), QByteArray(40, 'c')}).value,
             QList<QByteArray>{QByteArray(40, 'a')});

    const auto own = files.derive(R"("description": "mine", "expected": {"os_64bit": {"verdict": "fail"}})");
    QVERIFY(own);
    QCOMPARE(own->summary(), K("mine"));
    QCOMPARE(own->expectations().size(), 1);
    QCOMPARE(own->expectations().at(0).checkId, K("os_64bit"));
}

void TestScenarioBase::folders()
{
    const Files files;
    const auto system = files.derive(R"("folders": [{"path": "c:/a/", "attributes": ["compressed"]},
        {"path": "C:\\New", "writableWithoutElevation": true}, {"path": "c:\\e", "remove": true}])");
    QVERIFY(system);
    // A changed entry takes the derived fields: the attribute list is replaced, not joined.
    QCOMPARE(system->files().fileAttributes(K("C:\\A")).value, FileAttribute::Directory | FileAttribute::Compressed);
    QCOMPARE(system->files().canModifyFolder(K("C:\\New")).value, true);
    QCOMPARE(system->files().fileAttributes(K("C:\\E")).status, ProbeStatus::NotFound);
}

void TestScenarioBase::files()
{
    const Files files;
    const auto system = files.derive(R"("files": [{"path": "C:\\A\\X.EXE", "version": "2.0.9262.0"},
        {"path": "C:\\B\\y.log", "remove": true}, {"path": "C:\\Windows\\Temp\\new.log", "text": "new"}])");
    QVERIFY(system);
    QCOMPARE(system->files().fileVersion(K("C:\\A\\x.exe")).value, K("2.0.9262.0"));
    QCOMPARE(system->files().readTextTail(K("C:\\A\\x.exe"), 100).value, K("base text")); // unchanged fields stay
    QCOMPARE(system->files().fileAttributes(K("C:\\B\\y.log")).status, ProbeStatus::NotFound);
    QCOMPARE(system->files().fileAttributes(K("C:\\B")).status, ProbeStatus::NotFound); // nothing implies it any more
    QCOMPARE(system->files().readTextTail(K("C:\\Windows\\Temp\\new.log"), 100).value, K("new"));
    QCOMPARE(list(*system).entries, qint64(4)); // a.tmp, b.tmp, d, new.log
}

void TestScenarioBase::registry()
{
    const Files files;
    const auto system = files.derive(R"("registry": [
        {"hive": "HKLM", "key": "software\\k\\", "name": "v", "type": "REG_SZ", "data": "derived"},
        {"hive": "HKLM", "key": "SOFTWARE\\WOW6432Node\\K", "name": "V", "data": 7},
        {"hive": "HKLM", "key": "SOFTWARE\\K", "name": "W", "remove": true},
        {"hive": "HKCU", "key": "Software\\New", "name": "N", "type": "REG_SZ", "data": "n"}])");
    QVERIFY(system);
    const QString key = K("SOFTWARE\\K");
    QCOMPARE(
            system->registry().readRegistry(RegistryHive::LocalMachine, key, K("V"), RegistryView::Native64).value.data,
            QVariant(K("derived")));
    // The 32-bit view is another value; matched through its WOW6432Node spelling, type kept.
    const auto wow = system->registry().readRegistry(RegistryHive::LocalMachine, key, K("V"), RegistryView::Wow32);
    QCOMPARE(wow.value.type, RegistryValue::Type::Dword);
    QCOMPARE(wow.value.data.value<quint32>(), quint32(7));
    const auto removed =
            system->registry().readRegistry(RegistryHive::LocalMachine, key, K("W"), RegistryView::Native64);
    QCOMPARE(removed.status, ProbeStatus::NotFound);
    QVERIFY(removed.reason.contains(K("\"W\""))); // the value is gone, its key is not
    QVERIFY(system->registry()
                    .readRegistry(RegistryHive::CurrentUser, K("Software\\New"), K("N"), RegistryView::Native64)
                    .ok());
}

void TestScenarioBase::services()
{
    const Files files;
    const auto system = files.derive(R"("services": [{"name": "OBENGINE", "state": "stopped"},
        {"name": "w32time", "remove": true}, {"name": "New", "state": "paused"}])");
    QVERIFY(system);
    const ServiceInfo agent = system->services().service(K("obengine")).value;
    QCOMPARE(agent.state, ServiceState::Stopped);
    QCOMPARE(agent.displayName, K("Agent")); // kept from the base
    QCOMPARE(system->services().service(K("W32Time")).status, ProbeStatus::NotFound);
    QCOMPARE(system->services().service(K("new")).value.state, ServiceState::Paused);
}

void TestScenarioBase::disks()
{
    const Files files;
    const auto system = files.derive(R"("disks": [{"root": "c:", "freeBytes": 10, "fileSystem": "ReFS"},
        {"root": "D:\\", "remove": true}, {"root": "E:\\", "totalBytes": 9, "freeBytes": 9, "driveType": "removable"}])");
    QVERIFY(system);
    QCOMPARE(system->files().diskSpace(K("C:\\x")).value.total_bytes, qint64(1000));
    QCOMPARE(system->files().diskSpace(K("C:\\x")).value.free_bytes, qint64(10));
    QCOMPARE(system->files().volumeInfo(K("C:\\x")).value.fileSystem, K("ReFS"));
    QCOMPARE(system->files().diskSpace(K("D:\\x")).status, ProbeStatus::NotFound);
    QCOMPARE(system->files().volumeInfo(K("E:\\x")).value.driveType, DriveType::Removable);
}

void TestScenarioBase::otherListsAreReplaced()
{
    const Files files;
    const auto system = files.derive(R"("pendingReboot": ["z"], "tempFolder": {"files": [{"name": "c.tmp"}]})");
    QVERIFY(system);
    QCOMPARE(system->machine().pendingRebootReasons().value, QStringList{K("z")});
    QStringList names;
    system->files().forEachEntry(kTemp, [&names](const DirEntry& entry) {
        names.append(entry.name);
        return true;
    });
    QCOMPARE(names, (QStringList{K("c.tmp"), K("d")})); // files replaced, directories inherited
}

void TestScenarioBase::objectsMergeFieldByField()
{
    const Files files;
    const auto system = files.derive(R"("account": {"elevation": "limited"}, "os": {"build": 20348},
        "winHttpProxy": {"direct": false, "proxyServer": "proxy:8080"}, "knownFolders": {"system32": "D:\\S32"},
        "clock": {"skewSeconds": 60}, "rootStore": {"present": null, "absent": ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]})");
    QVERIFY(system);
    const AccountInfo account = system->machine().account().value;
    QCOMPARE(account.elevation, TokenElevation::Limited);
    QCOMPARE(account.userName, K("CONTOSO\\admin"));
    QCOMPARE(system->machine().osInfo().value.build, 20348);
    QCOMPARE(system->machine().osInfo().value.productName, K("Windows Server 2019 Standard"));
    QCOMPARE(system->network().winHttpProxy().value.proxyServer, K("proxy:8080"));
    QCOMPARE(system->files().knownFolder(KnownFolder::System32).value, K("D:\\S32"));
    QCOMPARE(system->files().knownFolder(KnownFolder::Windows).value, K("C:\\Windows"));
    QCOMPARE(system->machine().clock().value.timeZoneId, K("W. Europe Standard Time"));
    // The base's closed list gone, the derived file's "absent" in force: only 'a…' is missing.
    QCOMPARE(system->network().localMachineRoots({QByteArray(40, 'a'), QByteArray(40, 'c')}).value,
             QList<QByteArray>{QByteArray(40, 'c')});
    QString error;
    QVERIFY(!files.derive(R"("rootStore": {"absent": ["cccccccccccccccccccccccccccccccccccccccc"]})", &error));
    QVERIFY2(error.contains(K("rootStore gives both present and absent")), qPrintable(error));
}

void TestScenarioBase::nullRemoves()
{
    const Files files;
    // A field of an object, a field of a list entry, a whole section.
    const auto system = files.derive(R"("clock": {"skewSeconds": null, "utc": "2024-05-01T09:30:00Z"},
        "files": [{"path": "C:\\A\\x.exe", "version": null}], "disks": null, "tempFolder": {"exists": false,
        "files": null, "directories": null})");
    QVERIFY(system);
    QCOMPARE(system->machine().clock().value.utcNow, QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(system->files().fileVersion(K("C:\\A\\x.exe")).status, ProbeStatus::Failed); // no version resource now
    QCOMPARE(system->files().diskSpace(K("C:\\")).status, ProbeStatus::NotFound);
    QCOMPARE(system->files().forEachEntry(kTemp, [](const DirEntry&) { return true; }).status, ProbeStatus::NotFound);
}

void TestScenarioBase::nestedBasesResolveRelativeToTheirFile()
{
    const Files files;
    files.write(K("machines/base.json"), kBaseMachine);
    files.write(K("machines/faults/middle.json"),
                derivedFrom("../base.json", R"("services": [{"name": "obengine", "state": "stopped"}])"));
    const QString top = files.write(
            K("top.json"), derivedFrom("machines/faults/middle.json", R"("account": {"elevation": "limited"})"));
    QString error;
    const auto system = ScenarioSystem::fromFile(top, &error);
    QVERIFY2(system, qPrintable(error));
    QCOMPARE(system->name(), K("derived"));
    QCOMPARE(system->machine().account().value.elevation, TokenElevation::Limited); // from top.json
    QCOMPARE(system->services().service(K("obengine")).value.state, ServiceState::Stopped); // from middle.json
    QCOMPARE(system->files().fileVersion(K("C:\\A\\x.exe")).value, K("1.0.0.0")); // from base.json

    // Four levels are fine.
    files.write(K("l1.json"), derivedFrom("top.json", ""));
    files.write(K("l2.json"), derivedFrom("l1.json", ""));
    QVERIFY(ScenarioSystem::fromFile(files.path(K("l2.json")), &error));
}

void TestScenarioBase::resourceBase()
{
    // The shipped scenarios are in the resources too; a base there resolves there.
    QVERIFY(load(QStringLiteral(":/scenarios/healthy-server.json")));
    for (const char* base :
         {"healthy-server.json", "../scenarios/./healthy-server.json", ":/scenarios/healthy-server.json"}) {
        QString error;
        const auto system = ScenarioSystem::fromJson(derivedFrom(base, R"("account": {"elevation": "limited"})"),
                                                     K(":/scenarios/fault.json"), &error);
        QVERIFY2(system, qPrintable(error));
        QCOMPARE(system->machine().account().value.elevation, TokenElevation::Limited);
        QCOMPARE(system->services().service(K("obengine")).value.state, ServiceState::Running);
    }
}

void TestScenarioBase::brokenChains_data()
{
    QTest::addColumn<QString>("file"); // in the temporary folder; loaded
    QTest::addColumn<QStringList>("files"); // name=content pairs written first
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, QStringList written, const char* expected) {
        QTest::newRow(name) << K("derived.json") << written << QString::fromUtf8(expected);
    };
    const auto derived = [](const char* fields) -> QString {
        return K("derived.json=") + QString::fromUtf8(derivedFrom("base.json", fields));
    };
    const QString base = K("base.json=") + QString::fromUtf8(kBaseMachine);
    row("missing base", {derived("")}, "derived.json: base names ");
    row("base is a folder", {derived(""), K("base.json/x=1")}, "which is not a file");
    row("self cycle", {K("derived.json=") + QString::fromUtf8(derivedFrom("derived.json", ""))},
        "derived.json: base makes a cycle: ");
    row("two-file cycle", {derived(""), K("base.json=") + QString::fromUtf8(derivedFrom("./derived.json", ""))},
        "base.json: base makes a cycle: ");
    row("too deep",
        {derived(""), K("base.json=") + QString::fromUtf8(derivedFrom("b2.json", "")),
         K("b2.json=") + QString::fromUtf8(derivedFrom("b3.json", "")),
         K("b3.json=") + QString::fromUtf8(derivedFrom("b4.json", "")),
         K("b4.json=") + QString::fromUtf8(derivedFrom("b5.json", "")),
         K("b5.json=") + QString::fromUtf8(kBaseMachine)},
        "b4.json: base goes deeper than 4 levels: ");
    row("base not JSON", {derived(""), K("base.json={\"schema\": 1,")}, "base.json: the file is not valid JSON");
    row("base schema 2", {derived(""), K("base.json={\"schema\": 2}")},
        "base.json: schema is 2, but this program reads only schema 1");
    row("derived schema 2", {K("derived.json={\"schema\": 2, \"base\": \"base.json\"}"), base},
        "derived.json: schema is 2, but this program reads only schema 1");
    row("base without schema", {derived(""), K("base.json={\"name\": \"b\"}")}, "base.json: schema is missing");
    row("remove of nothing", {derived(R"("folders": [{"path": "C:\\Nope", "remove": true}])"), base},
        "derived.json: folders[0] removes C:\\Nope, which its base does not have");
    row("remove of a missing value",
        {derived(R"("registry": [{"hive": "HKLM", "key": "SOFTWARE\\K", "name": "Nope", "remove": true}])"), base},
        "registry[0] removes the value \"Nope\" of HKLM\\SOFTWARE\\K, which its base does not have");
    row("remove false", {derived(R"("services": [{"name": "obengine", "remove": false}])"), base},
        "services[0].remove must be true");
    row("remove with fields", {derived(R"("disks": [{"root": "D:", "remove": true, "freeBytes": 1}])"), base},
        "disks[0] removes D:, so it takes only root and remove, not \"freeBytes\"");
    row("removed folder not empty", {derived(R"("folders": [{"path": "C:\\A", "remove": true}])"), base},
        "folders[0] removes C:\\A, but C:\\A\\x.exe is still inside it");
    row("entry twice",
        {derived(R"("services": [{"name": "a", "state": "running"}, {"name": "A", "state": "running"}])"), base},
        "services[1] names A a second time");
    row("entry without key", {derived(R"("files": [{"version": "1.0.0.0"}])"), base},
        "files[0].path must be given as a string: in a file with a base, entries are matched");
    row("entry not an object", {derived(R"("folders": ["C:\\X"])"), base}, "folders[0] must be an object");
    // Issue #14: a base is a built-in scenario or a file in the scenario's own folder tree, never
    // anything else on the machine (a device would block, a share would be authenticated to).
    QTest::newRow("base outside the tree")
            << K("sub/derived.json")
            << QStringList{K("sub/derived.json=") + QString::fromUtf8(derivedFrom("../base.json", "")), base}
            << K("which is outside the folder of the scenario file");
#ifdef Q_OS_UNIX
    QTest::newRow("base an absolute file elsewhere")
            << K("derived.json") << QStringList{K("derived.json=") + QString::fromUtf8(derivedFrom("/etc/passwd", ""))}
            << K("which is outside the folder of the scenario file");
    QTest::newRow("base a device") << K("derived.json")
                                   << QStringList{K("derived.json=") + QString::fromUtf8(derivedFrom("/dev/zero", ""))}
                                   << K("which is outside the folder of the scenario file");
#endif
    QTest::newRow("base another resource")
            << K("derived.json")
            << QStringList{K("derived.json=") + QString::fromUtf8(derivedFrom(":/endpoints/public.json", ""))}
            << K("which is not one of the built-in scenarios");
    row("merged machine invalid", {derived(R"("clock": {"utc": "2024-05-01T09:30:00Z"})"), base},
        "derived.json (merged with its base base.json): clock gives both utc and skewSeconds");
}

void TestScenarioBase::brokenChains()
{
    QFETCH(QString, file);
    QFETCH(QStringList, files);
    QFETCH(QString, expected);
    const Files folder;
    for (const QString& entry : std::as_const(files)) {
        const qsizetype cut = entry.indexOf(QLatin1Char('='));
        folder.write(entry.left(cut), entry.mid(cut + 1).toUtf8());
    }
    QString error;
    QVERIFY(!ScenarioSystem::fromFile(folder.path(file), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestScenarioBase)
#include "TestScenarioBase.moc"
