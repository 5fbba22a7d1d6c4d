// SPDX-License-Identifier: MIT
// ScenarioSystem "files" and "knownFolders": version resources, text tails (never splitting a
// character), attributes, files that join the temp folder's listing, and what deleting or
// re-attributing them does.
#include "ScenarioTestData.h"

#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
// Files a check of the install phase reads: the engine, a log in UTF-16 and one in UTF-8.
const char* const kFiles = R"({"files": [
    {"path": "C:\\Program Files\\Agent\\bin\\cbengine.exe", "version": "2.0.9262.0"},
    {"path": "C:\\Program Files\\Agent\\bin\\plain.dll"},
    {"path": "C:\\Program Files\\Agent\\bin\\locked.exe", "version": "1.2.3.4", "readDenied": true},
    {"path": "C:\\Logs\\utf8.log", "text": "line 1\nZürich €\n", "attributes": ["hidden", "readonly"]},
    {"path": "C:\\Logs\\utf16.log", "text": "a😀b", "encoding": "utf-16le"},
    {"path": "C:\\Windows\\Temp\\OBInstaller0Curr.errlog", "text": "ID: 4024\n", "ageHours": 3},
    {"path": "C:\\Windows\\Temp\\OBPatch.log", "text": "ab", "encoding": "utf-16le"},
    {"path": "c:\\windows\\temp\\big.log", "text": "x", "size": 5000}],
  "tempFolder": {"files": [{"pattern": "tmp{n}.tmp", "count": 2}], "directories": ["sub"]}})";

const QString kEngine = QStringLiteral("C:\\Program Files\\Agent\\bin\\cbengine.exe");
const QString kUtf8Log = QStringLiteral("C:\\Logs\\utf8.log");
const QString kUtf16Log = QStringLiteral("C:\\Logs\\utf16.log");
const QString kInstallerLog = QStringLiteral("C:\\Windows\\Temp\\OBInstaller0Curr.errlog");
} // namespace

class TestScenarioFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownFolders();
    void disksOnlineAndDeduplicated();
    void fileVersion_data();
    void fileVersion();
    void textTail_data();
    void textTail();
    void readDeniedAndMissing();
    void attributesAndParents();
    void tempFilesJoinTheListing();
    void deletingATempFileRemovesItsContent();
    void changeAttributesOfAFile();
};

void TestScenarioFiles::knownFolders()
{
    const auto defaults = fromPatch("{}");
    QVERIFY(defaults);
    QCOMPARE(defaults->files().knownFolder(KnownFolder::Windows).value, QStringLiteral("C:\\Windows"));
    QCOMPARE(defaults->files().knownFolder(KnownFolder::System32).value, QStringLiteral("C:\\Windows\\System32"));
    QCOMPARE(defaults->files().knownFolder(KnownFolder::ProgramFiles).value, QStringLiteral("C:\\Program Files"));

    const auto moved = fromPatch(R"({"knownFolders": {"windows": "d:/WINNT/", "programFiles": "E:\\Programs"}})");
    QVERIFY(moved);
    QVERIFY(moved->files().knownFolder(KnownFolder::Windows).ok());
    QCOMPARE(moved->files().knownFolder(KnownFolder::Windows).value, QStringLiteral("D:\\WINNT")); // canonical spelling
    QCOMPARE(moved->files().knownFolder(KnownFolder::System32).value, QStringLiteral("C:\\Windows\\System32"));
    QCOMPARE(moved->files().knownFolder(KnownFolder::ProgramFiles).value, QStringLiteral("E:\\Programs"));
    QCOMPARE(moved->files().knownFolder(KnownFolder(0)).status, ProbeStatus::Failed); // never out of bounds
    // ProgramData and the profiles folder (#19: FolderAttributesFix never changes them).
    QCOMPARE(moved->files().knownFolder(KnownFolder::ProgramData).value, QStringLiteral("C:\\ProgramData"));
    QCOMPARE(moved->files().knownFolder(KnownFolder::UserProfiles).value, QStringLiteral("C:\\Users"));
    const auto profiles = fromPatch(R"({"knownFolders": {"programData": "D:\\Data", "userProfiles": "E:\\Home"}})");
    QVERIFY(profiles);
    QCOMPARE(profiles->files().knownFolder(KnownFolder::ProgramData).value, QStringLiteral("D:\\Data"));
    QCOMPARE(profiles->files().knownFolder(KnownFolder::UserProfiles).value, QStringLiteral("E:\\Home"));
}

void TestScenarioFiles::disksOnlineAndDeduplicated()
{
    // disks[].online and disks[].dedup (#19): an offline volume answers "not ready" for what is
    // on it and reports no file system; deduplication is answered per volume, NotApplicable
    // for a share, NotFound where no disk is.
    const auto system = fromPatch(R"({"disks": [
        {"root": "C:\\", "totalBytes": 100, "freeBytes": 50},
        {"root": "D:\\", "totalBytes": 100, "freeBytes": 50, "dedup": true},
        {"root": "E:\\", "totalBytes": 100, "freeBytes": 50, "online": false}],
      "folders": [{"path": "E:\\Cache", "ageHours": 2}, {"path": "D:\\Cache", "ageHours": 2}],
      "clock": {"utc": "2024-05-01T09:30:00Z"}})");
    QVERIFY(system);
    const FilesProbe& files = system->files();
    QCOMPARE(files.volumeDeduplicated(QStringLiteral("C:\\x")).value, false);
    QVERIFY(files.volumeDeduplicated(QStringLiteral("C:\\x")).ok());
    QCOMPARE(files.volumeDeduplicated(QStringLiteral("D:\\Cache")).value, true);
    QCOMPARE(files.volumeDeduplicated(QStringLiteral("F:\\x")).status, ProbeStatus::NotFound);
    QCOMPARE(files.volumeDeduplicated(QStringLiteral("\\\\nas\\share\\x")).status, ProbeStatus::NotApplicable);
    QCOMPARE(files.volumeDeduplicated(QStringLiteral("E:\\Cache")).osError, 21u);
    const auto offline = files.volumeInfo(QStringLiteral("E:\\Cache"));
    QVERIFY(offline.ok());
    QVERIFY(!offline.value.online);
    QVERIFY(offline.value.fileSystem.isEmpty());
    QVERIFY(files.volumeInfo(QStringLiteral("D:\\Cache")).value.online);
    QCOMPARE(files.fileAttributes(QStringLiteral("E:\\Cache")).osError, 21u);
    QCOMPARE(files.pathDetails(QStringLiteral("E:\\Cache")).status, ProbeStatus::Failed);
    QCOMPARE(files.forEachEntry(QStringLiteral("E:\\"), [](const DirEntry&) { return true; }).osError, 21u);
    QCOMPARE(files.diskSpace(QStringLiteral("E:\\Cache")).osError, 21u);
    const auto written = files.pathDetails(QStringLiteral("d:\\cache"));
    QVERIFY(written.ok());
    QCOMPARE(written.value.finalPath, QStringLiteral("D:\\Cache"));
    QCOMPARE(written.value.lastWriteUtc, QDateTime(QDate(2024, 5, 1), QTime(7, 30), Qt::UTC));
}

void TestScenarioFiles::fileVersion_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<QString>("version");
    QTest::addColumn<quint32>("osError");
    QTest::newRow("engine") << kEngine << ProbeStatus::Ok << QStringLiteral("2.0.9262.0") << 0u;
    QTest::newRow("other spelling") << QStringLiteral("c:/program files/agent/BIN/CBENGINE.EXE") << ProbeStatus::Ok
                                    << QStringLiteral("2.0.9262.0") << 0u;
    QTest::newRow("no version resource") << QStringLiteral("C:\\Program Files\\Agent\\bin\\plain.dll")
                                         << ProbeStatus::Failed << QString() << 1813u;
    QTest::newRow("generated temp file") << QStringLiteral("C:\\Windows\\Temp\\tmp0001.tmp") << ProbeStatus::Failed
                                         << QString() << 1813u;
    QTest::newRow("read denied") << QStringLiteral("C:\\Program Files\\Agent\\bin\\locked.exe") << ProbeStatus::Denied
                                 << QString() << 5u;
    QTest::newRow("a folder") << QStringLiteral("C:\\Program Files\\Agent\\bin") << ProbeStatus::Failed << QString()
                              << 5u;
    QTest::newRow("a temp directory") << QStringLiteral("C:\\Windows\\Temp\\sub") << ProbeStatus::Failed << QString()
                                      << 5u;
    QTest::newRow("missing") << QStringLiteral("C:\\Program Files\\Agent\\bin\\nope.exe") << ProbeStatus::NotFound
                             << QString() << 2u;
}

void TestScenarioFiles::fileVersion()
{
    QFETCH(QString, path);
    QFETCH(ProbeStatus, status);
    QFETCH(QString, version);
    QFETCH(quint32, osError);
    const auto system = fromPatch(kFiles);
    QVERIFY(system);
    const auto answer = system->files().fileVersion(path);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.value, version);
    QCOMPARE(answer.osError, osError);
    if (!answer.ok())
        QVERIFY2(answer.reason.contains(path), qPrintable(answer.reason));
}

void TestScenarioFiles::textTail_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("tail");
    // "line 1\nZürich €\n" is 19 bytes in UTF-8: ü takes two, € three.
    const QString utf8 = QStringLiteral("line 1\nZürich €\n");
    QTest::newRow("utf-8 whole") << kUtf8Log << qint64(19) << utf8;
    QTest::newRow("utf-8 more than the file") << kUtf8Log << qint64(1 << 20) << utf8;
    QTest::newRow("utf-8 ends") << kUtf8Log << qint64(5) << QStringLiteral(" €\n");
    QTest::newRow("utf-8 inside €") << kUtf8Log << qint64(3) << QStringLiteral("\n"); // never half a character
    QTest::newRow("utf-8 inside ü") << kUtf8Log << qint64(10) << QStringLiteral("rich €\n");
    QTest::newRow("utf-8 at ü") << kUtf8Log << qint64(11) << QStringLiteral("ürich €\n");
    QTest::newRow("zero bytes") << kUtf8Log << qint64(0) << QString();
    QTest::newRow("negative") << kUtf8Log << qint64(-4) << QString();
    // "a😀b" is four UTF-16 units: the emoji is a surrogate pair.
    QTest::newRow("utf-16 whole") << kUtf16Log << qint64(8) << QStringLiteral("a😀b");
    QTest::newRow("utf-16 pair") << kUtf16Log << qint64(6) << QStringLiteral("😀b");
    QTest::newRow("utf-16 inside pair") << kUtf16Log << qint64(4) << QStringLiteral("b");
    QTest::newRow("utf-16 odd byte count") << kUtf16Log << qint64(7) << QStringLiteral("😀b");
    QTest::newRow("utf-16 one byte") << kUtf16Log << qint64(1) << QString();
    QTest::newRow("temp log") << kInstallerLog.toUpper() << qint64(100) << QStringLiteral("ID: 4024\n");
    QTest::newRow("generated temp file") << QStringLiteral("C:\\Windows\\Temp\\tmp0002.tmp") << qint64(100)
                                         << QString();
}

void TestScenarioFiles::textTail()
{
    QFETCH(QString, path);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, tail);
    const auto system = fromPatch(kFiles);
    QVERIFY(system);
    const auto answer = system->files().readTextTail(path, maxBytes);
    QVERIFY2(answer.ok(), qPrintable(answer.reason));
    QCOMPARE(answer.value, tail);
}

void TestScenarioFiles::readDeniedAndMissing()
{
    const auto system = fromPatch(kFiles);
    QVERIFY(system);
    const QString locked = QStringLiteral("C:\\Program Files\\Agent\\bin\\locked.exe");
    const auto denied = system->files().readTextTail(locked, 100);
    QCOMPARE(denied.status, ProbeStatus::Denied);
    QCOMPARE(denied.osError, quint32(5));
    QVERIFY(denied.reason.contains(locked));
    QVERIFY(system->files().fileAttributes(locked).ok()); // it exists; only reading it is refused
    QCOMPARE(system->files().readTextTail(QStringLiteral("C:\\Logs\\nope.log"), 10).status, ProbeStatus::NotFound);
    QCOMPARE(system->files().readTextTail(QStringLiteral("C:\\Logs"), 10).status, ProbeStatus::Failed);
    QCOMPARE(system->files().readTextTail(QStringLiteral("C:\\Windows\\Temp\\sub"), 10).status, ProbeStatus::Failed);
}

void TestScenarioFiles::attributesAndParents()
{
    const auto system = fromPatch(kFiles);
    QVERIFY(system);
    QCOMPARE(system->files().fileAttributes(kEngine).value, FileAttributes(FileAttribute::Archive)); // the default
    QCOMPARE(system->files().fileAttributes(kUtf8Log).value, FileAttribute::Hidden | FileAttribute::ReadOnly);
    // Every parent of a file is a folder, as for listed folders.
    for (const char* folder :
         {"C:\\Program Files\\Agent\\bin", "C:\\Program Files\\Agent", "C:\\Program Files", "C:\\", "C:\\Logs"}) {
        const auto answer = system->files().fileAttributes(QString::fromUtf8(folder));
        QVERIFY2(answer.ok(), folder);
        QCOMPARE(answer.value, FileAttributes(FileAttribute::Directory));
    }
    QCOMPARE(system->files().canModifyFolder(kEngine).status, ProbeStatus::NotFound); // a file is not a folder
    // Listing a folder other than the temp folder yields the files described in it, by name,
    // with their attributes and sizes (documented).
    QList<DirEntry> logs;
    QCOMPARE(system->files()
                     .forEachEntry(QStringLiteral("C:\\Logs"),
                                   [&logs](const DirEntry& entry) {
                                       logs.append(entry);
                                       return true;
                                   })
                     .value,
             qint64(2));
    QCOMPARE(logs.at(0).name, QStringLiteral("utf16.log"));
    QCOMPARE(logs.at(1).name, QStringLiteral("utf8.log"));
    QCOMPARE(logs.at(1).attributes, FileAttribute::Hidden | FileAttribute::ReadOnly);
    QVERIFY(logs.at(1).size_bytes > 0);
    // pathDetails: the object's own spelling as its final path, its attributes.
    const auto details = system->files().pathDetails(QStringLiteral("c:/logs/UTF8.LOG"));
    QVERIFY(details.ok());
    QCOMPARE(details.value.finalPath, kUtf8Log);
    QCOMPARE(details.value.attributes, FileAttribute::Hidden | FileAttribute::ReadOnly);
    QVERIFY(!details.value.lastWriteUtc.isValid()); // no ageHours: not described
    QCOMPARE(system->files().pathDetails(QStringLiteral("C:\\Logs\\none.log")).status, ProbeStatus::NotFound);
}

void TestScenarioFiles::tempFilesJoinTheListing()
{
    const auto system = fromPatch(kFiles);
    QVERIFY(system);
    QHash<QString, DirEntry> entries;
    QStringList order;
    system->files().forEachEntry(kTemp, [&](const DirEntry& entry) {
        entries.insert(entry.name, entry);
        order.append(entry.name);
        return true;
    });
    // tempFolder's entries first, then the files in the order they are listed.
    QCOMPARE(order, (QStringList{QStringLiteral("tmp0001.tmp"), QStringLiteral("tmp0002.tmp"), QStringLiteral("sub"),
                                 QStringLiteral("OBInstaller0Curr.errlog"), QStringLiteral("OBPatch.log"),
                                 QStringLiteral("big.log")}));
    const DirEntry installer = entries.value(QStringLiteral("OBInstaller0Curr.errlog"));
    QCOMPARE(installer.size_bytes, qint64(9)); // the UTF-8 text
    QVERIFY(installer.isRegularFile());
    QCOMPARE(installer.attributes, FileAttributes(FileAttribute::Archive));
    const qint64 age_s = installer.lastWriteUtc.secsTo(system->machine().clock().value.utcNow);
    QVERIFY2(age_s >= 3 * 3600 - 5 && age_s <= 3 * 3600 + 5, qPrintable(QString::number(age_s)));
    QCOMPARE(entries.value(QStringLiteral("OBPatch.log")).size_bytes, qint64(6)); // byte-order mark + 2 units
    QCOMPARE(entries.value(QStringLiteral("big.log")).size_bytes, qint64(5000)); // given size wins
    QCOMPARE(system->files().fileAttributes(kInstallerLog).value, FileAttributes(FileAttribute::Archive));
}

void TestScenarioFiles::deletingATempFileRemovesItsContent()
{
    const auto system = fromPatch(kFiles);
    QVERIFY(system);
    QCOMPARE(system->files().deleteRegularFile(kTemp, QStringLiteral("obinstaller0curr.ERRLOG")),
             DeleteStatus::Deleted);
    QCOMPARE(system->files().readTextTail(kInstallerLog, 100).status, ProbeStatus::NotFound);
    QCOMPARE(system->files().fileVersion(kInstallerLog).status, ProbeStatus::NotFound);
    QCOMPARE(system->files().fileAttributes(kInstallerLog).status, ProbeStatus::NotFound);
    QCOMPARE(list(*system).entries, qint64(5));
    // Files outside the temp folder are never deleted by this action.
    QCOMPARE(system->files().deleteRegularFile(QStringLiteral("C:\\Logs"), QStringLiteral("utf8.log")),
             DeleteStatus::Vanished);
    QVERIFY(system->files().readTextTail(kUtf8Log, 100).ok());
}

void TestScenarioFiles::changeAttributesOfAFile()
{
    const auto limited = fromPatch(R"({"account": {"user": "u", "adminMember": true, "elevation": "limited"},
        "files": [{"path": "C:\\Data\\a.exe", "attributes": ["hidden", "system"]},
                  {"path": "C:\\Windows\\Temp\\b.log", "attributes": ["readonly"]}]})");
    QVERIFY(limited);
    const QString file = QStringLiteral("c:\\data\\A.exe");
    QCOMPARE(limited->files().changeAttributes(file, {}, FileAttribute::Hidden).status, ProbeStatus::Denied);
    QCOMPARE(limited->machine().relaunchElevated({}).status, RelaunchStatus::SimulatedElevated);
    const auto changed = limited->files().changeAttributes(file, FileAttribute::Archive | FileAttribute::Directory,
                                                           FileAttribute::Hidden);
    QVERIFY(changed.ok());
    QCOMPARE(changed.value, FileAttribute::System | FileAttribute::Archive); // Directory is never set
    QCOMPARE(limited->files().fileAttributes(file).value, FileAttribute::System | FileAttribute::Archive);
    // A temp file is deleted by the rules of the temp folder: read-only first, then cleared.
    QCOMPARE(limited->files().deleteRegularFile(kTemp, QStringLiteral("b.log")), DeleteStatus::ReadOnly);
    QVERIFY(limited->files().changeAttributes(kTemp + QStringLiteral("\\b.log"), {}, FileAttribute::ReadOnly).ok());
    QCOMPARE(limited->files().deleteRegularFile(kTemp, QStringLiteral("b.log")), DeleteStatus::Deleted);
}

QTEST_GUILESS_MAIN(TestScenarioFiles)
#include "TestScenarioFiles.moc"
