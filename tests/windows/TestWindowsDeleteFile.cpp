// SPDX-License-Identifier: MIT
// WindowsSystem::deleteRegularFile on real files (Win32, or Wine's implementation of it):
// a plain file goes; read-only files, files in use, folders, missing files and names that are
// not a plain name are refused and left. Then F1's check and the real TempCleanupFix over a
// WindowsSystem pointed at a temporary folder, directly and through the FixRunner.
#include "WindowsTestSupport.h"
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "engine/CheckContext.h"
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "logging/Redactor.h"
#include "system/WindowsSystem.h"

#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <windows.h>

#include <memory>

using namespace mars;
using namespace mars::test;

namespace {
// Every .tmp file goes, also the ones the test has just written (on a real machine the cleanup's
// option older_than_hours defaults to 24).
FixOptionValues everyTmpFile()
{
    return {{QStringLiteral("older_than_hours"), 0}};
}

CheckContext cleanupContextFor(const QString& tempDir)
{
    CheckContext context;
    context.env.system = std::make_shared<WindowsSystem>(tempDir);
    context.fixOptions = everyTmpFile();
    return context;
}

qint64 after(const FixOutcome& outcome, const char* key)
{
    return outcome.after.value(QLatin1String(key)).toInteger(-1);
}

int tmpFilesIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden | QDir::System).size();
}
} // namespace

class TestWindowsDeleteFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void deletesAPlainFile();
    void deletesHiddenAndSystemFiles();
    void readOnlyFileStays();
    void fileInUseStays_data();
    void fileInUseStays();
    void mappedFileIsInUse();
    void nameStartingWithByteOrderMark();
    void folderIsNotRegular();
    void missingFileVanished();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
    void folderSpelledDifferently();
    void missingFolder();
    void runDeletesInTheHeldFolder();
    void runOnAnotherFolderTouchesNothing();

    void cleanupFixOnRealFiles();
    void cleanupThroughTheFixRunner();

private:
    std::unique_ptr<TempFolder> m_temp;
    QString m_dir; // canonical, native separators
};

void TestWindowsDeleteFile::init()
{
    m_temp = std::make_unique<TempFolder>();
    QVERIFY(m_temp->isValid());
    m_dir = m_temp->path();
}

void TestWindowsDeleteFile::cleanup()
{
    m_temp.reset();
}

void TestWindowsDeleteFile::deletesAPlainFile()
{
    const QString file = child(m_dir, QStringLiteral("a.tmp"));
    QVERIFY(writeFile(file, 100));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("b.tmp"))));
    QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("a.tmp")), DeleteStatus::Deleted);
    QVERIFY(!exists(file));
    QVERIFY(exists(child(m_dir, QStringLiteral("b.tmp")))); // only the one named
    // The folder may also be given with forward slashes or a trailing separator.
    QCOMPARE(WindowsSystem().files().deleteRegularFile(QDir::fromNativeSeparators(m_dir) + QLatin1Char('/'),
                                                       QStringLiteral("b.tmp")),
             DeleteStatus::Deleted);
    QVERIFY(!exists(child(m_dir, QStringLiteral("b.tmp"))));
}

void TestWindowsDeleteFile::deletesHiddenAndSystemFiles()
{
    // Hidden and system are no protection for a temp file; only read-only is.
    const QString file = child(m_dir, QStringLiteral("hs.tmp"));
    QVERIFY(writeFile(file));
    QVERIFY(setRawAttributes(file, FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM));
    QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("hs.tmp")), DeleteStatus::Deleted);
    QVERIFY(!exists(file));
}

void TestWindowsDeleteFile::readOnlyFileStays()
{
    const QString file = child(m_dir, QStringLiteral("ro.tmp"));
    QVERIFY(writeFile(file));
    QVERIFY(setRawAttributes(file, FILE_ATTRIBUTE_READONLY));
    QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("ro.tmp")), DeleteStatus::ReadOnly);
    QVERIFY(exists(file));
    QVERIFY(hasAttribute(file, FILE_ATTRIBUTE_READONLY)); // untouched
}

void TestWindowsDeleteFile::fileInUseStays_data()
{
    QTest::addColumn<uint>("access");
    QTest::addColumn<uint>("share");
    QTest::newRow("read, share read") << uint(GENERIC_READ) << uint(FILE_SHARE_READ);
    QTest::newRow("write, share read+write") << uint(GENERIC_WRITE) << uint(FILE_SHARE_READ | FILE_SHARE_WRITE);
    QTest::newRow("read, share nothing") << uint(GENERIC_READ) << 0u;
    // Its owner would allow the deletion, but a temp file somebody has open right now is
    // left for the next run (see WindowsDeleteFile.cpp).
    QTest::newRow("read, share everything")
            << uint(GENERIC_READ) << uint(FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE);
}

void TestWindowsDeleteFile::fileInUseStays()
{
    QFETCH(uint, access);
    QFETCH(uint, share);
    const QString file = child(m_dir, QStringLiteral("locked.tmp"));
    QVERIFY(writeFile(file));
    {
        UniqueHandle held(::CreateFileW(wide(file).c_str(), access, share, nullptr, OPEN_EXISTING,
                                        FILE_ATTRIBUTE_NORMAL, nullptr));
        QVERIFY(held.isValid());
        QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("locked.tmp")), DeleteStatus::InUse);
        QVERIFY(exists(file));
    }
    // Closed: now it goes.
    QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("locked.tmp")), DeleteStatus::Deleted);
    QVERIFY(!exists(file));
}

void TestWindowsDeleteFile::mappedFileIsInUse()
{
    // A mapped file whose handle is closed (how the loader keeps a DLL that an installer
    // extracted as a .tmp file): it opens for DELETE, but the deletion is refused. That is a
    // file in use, not a lack of rights.
    const QString file = child(m_dir, QStringLiteral("mapped.tmp"));
    QVERIFY(writeFile(file, 100));
    UniqueHandle opened(::CreateFileW(wide(file).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                      OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    QVERIFY(opened.isValid());
    UniqueHandle mapping(::CreateFileMappingW(opened.get(), nullptr, PAGE_READONLY, 0, 0, nullptr));
    QVERIFY(mapping.isValid());
    const void* view = ::MapViewOfFile(mapping.get(), FILE_MAP_READ, 0, 0, 0);
    QVERIFY(view);
    opened.reset();
    mapping.reset();
    const DeleteStatus whileMapped = WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("mapped.tmp"));
    ::UnmapViewOfFile(view);
    QCOMPARE(whileMapped, DeleteStatus::InUse);
    QVERIFY(exists(file));
    QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("mapped.tmp")), DeleteStatus::Deleted);
    QVERIFY(!exists(file));
}

void TestWindowsDeleteFile::nameStartingWithByteOrderMark()
{
    // U+FEFF is a valid first character of a file name. The listing must give it back, or
    // "\uFEFFa.tmp" reads as "a.tmp" and deleting the listed name deletes the other file.
    const QString bomName = QChar(0xFEFF) + QStringLiteral("a.tmp");
    const QString bomFile = child(m_dir, bomName);
    const QString plainFile = child(m_dir, QStringLiteral("a.tmp"));
    QVERIFY(writeFile(bomFile));
    QVERIFY(writeFile(plainFile));
    const auto removeBoth = qScopeGuard([&] {
        // QDir (used by QTemporaryDir) loses the U+FEFF too and could not remove the file.
        ::DeleteFileW(wide(bomFile).c_str());
        ::DeleteFileW(wide(plainFile).c_str());
    });
    QStringList names;
    const WindowsSystem system;
    QVERIFY(system.files()
                    .forEachEntry(m_dir,
                                  [&](const DirEntry& entry) {
                                      names.append(entry.name);
                                      return true;
                                  })
                    .ok());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("a.tmp"), bomName}));
    QCOMPARE(system.files().deleteRegularFile(m_dir, bomName), DeleteStatus::Deleted);
    QVERIFY(!exists(bomFile));
    QVERIFY(exists(plainFile));
}

void TestWindowsDeleteFile::folderIsNotRegular()
{
    const QString folder = child(m_dir, QStringLiteral("x.tmp"));
    QVERIFY(::CreateDirectoryW(wide(folder).c_str(), nullptr));
    QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("x.tmp")), DeleteStatus::NotRegular);
    QVERIFY(hasAttribute(folder, FILE_ATTRIBUTE_DIRECTORY));
}

void TestWindowsDeleteFile::missingFileVanished()
{
    QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, QStringLiteral("gone.tmp")), DeleteStatus::Vanished);
}

void TestWindowsDeleteFile::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent") << QStringLiteral("..\\%1\\victim.tmp");
    QTest::newRow("parent, slash") << QStringLiteral("../%1/victim.tmp");
    QTest::newRow("sub-path") << QStringLiteral("sub\\victim.tmp");
    QTest::newRow("absolute") << QStringLiteral("%2\\victim.tmp");
    QTest::newRow("dot-dot") << QStringLiteral("..");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("empty") << QString();
    QTest::newRow("stream") << QStringLiteral("victim.tmp:secret");
    QTest::newRow("wildcard") << QStringLiteral("*.tmp");
}

void TestWindowsDeleteFile::badNamesAreRefused()
{
    QFETCH(QString, name);
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString outsideDir = canonical(outside.path());
    const QString victim = child(outsideDir, QStringLiteral("victim.tmp"));
    QVERIFY(writeFile(victim));
    QVERIFY(::CreateDirectoryW(wide(child(m_dir, QStringLiteral("sub"))).c_str(), nullptr));
    const QString inSub = child(m_dir, QStringLiteral("sub\\victim.tmp"));
    QVERIFY(writeFile(inSub));
    const QString here = child(m_dir, QStringLiteral("victim.tmp"));
    QVERIFY(writeFile(here));
    // The outside folder is a sibling of ours under the user's temp folder.
    name.replace(QStringLiteral("%1"), outsideDir.section(QLatin1Char('\\'), -1));
    name.replace(QStringLiteral("%2"), outsideDir);

    QCOMPARE(WindowsSystem().files().deleteRegularFile(m_dir, name), DeleteStatus::NotRegular);
    QVERIFY(exists(victim));
    QVERIFY(exists(inSub));
    QVERIFY(exists(here));
}

void TestWindowsDeleteFile::folderSpelledDifferently()
{
    // ".." inside the folder path resolves to the same folder: allowed. A relative folder is
    // not the canonical path: refused.
    const QString file = child(m_dir, QStringLiteral("a.tmp"));
    QVERIFY(writeFile(file));
    QVERIFY(::CreateDirectoryW(wide(child(m_dir, QStringLiteral("sub"))).c_str(), nullptr));
    QCOMPARE(
            WindowsSystem().files().deleteRegularFile(child(m_dir, QStringLiteral("sub\\..")), QStringLiteral("a.tmp")),
            DeleteStatus::Deleted);
    QVERIFY(writeFile(file));
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir));
    const DeleteStatus relative =
            WindowsSystem().files().deleteRegularFile(QStringLiteral("."), QStringLiteral("a.tmp"));
    QVERIFY(QDir::setCurrent(cwd));
    QCOMPARE(relative, DeleteStatus::NotRegular);
    QVERIFY(exists(file));
}

void TestWindowsDeleteFile::missingFolder()
{
    QCOMPARE(
            WindowsSystem().files().deleteRegularFile(child(m_dir, QStringLiteral("missing")), QStringLiteral("a.tmp")),
            DeleteStatus::Vanished);
}

// A run (openFolderForDeletion) checks the folder once and opens each file relative to it: the
// same answers as deleteRegularFile, and while it lasts the folder cannot be renamed (so no
// junction can take its place).
void TestWindowsDeleteFile::runDeletesInTheHeldFolder()
{
    for (const char* name : {"a.tmp", "b.tmp", "ro.tmp", "locked.tmp"})
        QVERIFY(writeFile(child(m_dir, QLatin1String(name))));
    QVERIFY(setRawAttributes(child(m_dir, QStringLiteral("ro.tmp")), FILE_ATTRIBUTE_READONLY));
    QVERIFY(::CreateDirectoryW(wide(child(m_dir, QStringLiteral("sub.tmp"))).c_str(), nullptr));
    const WindowsSystem system;
    const std::unique_ptr<FolderDeletion> run = system.files().openFolderForDeletion(m_dir);

    QCOMPARE(run->deleteRegularFile(QStringLiteral("a.tmp")), DeleteStatus::Deleted);
    QVERIFY(!exists(child(m_dir, QStringLiteral("a.tmp"))));
    QCOMPARE(run->deleteRegularFile(QStringLiteral("a.tmp")), DeleteStatus::Vanished);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("RO.TMP")), DeleteStatus::ReadOnly);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("sub.tmp")), DeleteStatus::NotRegular);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("sub.tmp\\..\\b.tmp")), DeleteStatus::NotRegular);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("b.tmp:stream")), DeleteStatus::NotRegular);
    {
        UniqueHandle held(::CreateFileW(wide(child(m_dir, QStringLiteral("locked.tmp"))).c_str(), GENERIC_READ,
                                        FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
        QVERIFY(held.isValid());
        QCOMPARE(run->deleteRegularFile(QStringLiteral("locked.tmp")), DeleteStatus::InUse);
    }
    QCOMPARE(run->deleteRegularFile(QStringLiteral("locked.tmp")), DeleteStatus::Deleted);

    // Held without FILE_SHARE_DELETE: nobody can move the folder away while the run lasts.
    const QString moved = m_dir + QStringLiteral("-moved");
    QVERIFY(!::MoveFileW(wide(m_dir).c_str(), wide(moved).c_str()));
    QCOMPARE(run->deleteRegularFile(QStringLiteral("b.tmp")), DeleteStatus::Deleted);
    QVERIFY(exists(child(m_dir, QStringLiteral("ro.tmp"))) && exists(child(m_dir, QStringLiteral("sub.tmp"))));
    QVERIFY(setRawAttributes(child(m_dir, QStringLiteral("ro.tmp")), FILE_ATTRIBUTE_NORMAL));
}

// A run asked for something that is not the listed folder (a file, a missing folder, a junction)
// refuses every file and deletes nothing.
void TestWindowsDeleteFile::runOnAnotherFolderTouchesNothing()
{
    const QString file = child(m_dir, QStringLiteral("file"));
    QVERIFY(writeFile(file));
    const WindowsSystem system;
    QCOMPARE(system.files().openFolderForDeletion(file)->deleteRegularFile(QStringLiteral("x.tmp")),
             DeleteStatus::NotRegular);
    QVERIFY(exists(file));
    QCOMPARE(system.files()
                     .openFolderForDeletion(child(m_dir, QStringLiteral("missing")))
                     ->deleteRegularFile(QStringLiteral("x.tmp")),
             DeleteStatus::Vanished);

    const QString target = child(m_dir, QStringLiteral("target"));
    QVERIFY(::CreateDirectoryW(wide(target).c_str(), nullptr));
    const QString victim = child(target, QStringLiteral("victim.tmp"));
    QVERIFY(writeFile(victim));
    const QString link = child(m_dir, QStringLiteral("link"));
    const DWORD error = createJunction(link, target);
    if (error == ERROR_NOT_SUPPORTED || error == ERROR_INVALID_FUNCTION)
        QSKIP("Junctions cannot be created here (Wine has no reparse points); the file and the missing folder "
              "above were checked.");
    QCOMPARE(error, DWORD(ERROR_SUCCESS));
    const std::unique_ptr<FolderDeletion> run = system.files().openFolderForDeletion(link);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("victim.tmp")), DeleteStatus::NotRegular);
    QVERIFY(exists(victim));
}

void TestWindowsDeleteFile::cleanupFixOnRealFiles()
{
    for (int i = 0; i < 25; ++i)
        QVERIFY(writeFile(child(m_dir, QStringLiteral("f%1.tmp").arg(i)), 100));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("UPPER.TMP")), 100));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("hidden.tmp")), 100));
    QVERIFY(setRawAttributes(child(m_dir, QStringLiteral("hidden.tmp")), FILE_ATTRIBUTE_HIDDEN));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("keep.log"))));
    QVERIFY(::CreateDirectoryW(wide(child(m_dir, QStringLiteral("x.tmp"))).c_str(), nullptr));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("x.tmp\\inner.tmp")))); // not directly inside
    const QString readOnly = child(m_dir, QStringLiteral("ro.tmp"));
    QVERIFY(writeFile(readOnly));
    QVERIFY(setRawAttributes(readOnly, FILE_ATTRIBUTE_READONLY));
    const QString locked = child(m_dir, QStringLiteral("locked.tmp"));
    QVERIFY(writeFile(locked, 100));
    UniqueHandle held(::CreateFileW(wide(locked).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                    OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    QVERIFY(held.isValid());

    const CheckContext context = cleanupContextFor(m_temp->qtPath()); // as --temp-dir gives it: not canonical
    const Finding before = TempTmpCountCheck().run(context);
    QCOMPARE(before.verdict, Verdict::Pass);
    QCOMPARE(before.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("29"));
    QCOMPARE(before.evidenceValue(QStringLiteral("readonly_tmp_files")), QStringLiteral("1"));
    QCOMPARE(before.evidenceValue(QStringLiteral("non_file_tmp_entries")), QStringLiteral("1"));
    QCOMPARE(before.evidenceValue(QStringLiteral("folder_entries")), QStringLiteral("31"));
    QCOMPARE(before.evidenceValue(QStringLiteral("folder")), m_dir);

    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.itemCount, 28); // in use is only known when deleting; read-only is left out
    QCOMPARE(plan.totalBytes, qint64(28 * 100));
    QCOMPARE(plan.parameters.value(QStringLiteral("folder")).toString(), m_dir);
    QVERIFY(plan.changes.constFirst().target.startsWith(m_dir + QLatin1Char('\\')));
    QCOMPARE(tmpFilesIn(m_dir), 29); // the preview changed nothing

    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::PartlyApplied);
    QCOMPARE(after(outcome, "deleted"), 27);
    QCOMPARE(after(outcome, "bytesFreed"), 27 * 100);
    QCOMPARE(after(outcome, "skippedInUse"), 1);
    QCOMPARE(after(outcome, "skippedReadOnly"), 1);
    QCOMPARE(after(outcome, "skippedNotRegular"), 0);
    QCOMPARE(after(outcome, "denied") + after(outcome, "failed") + after(outcome, "alreadyGone"), 0);
    QVERIFY(exists(locked));
    QVERIFY(exists(readOnly));
    QVERIFY(exists(child(m_dir, QStringLiteral("keep.log"))));
    QVERIFY(exists(child(m_dir, QStringLiteral("x.tmp\\inner.tmp"))));
    QCOMPARE(tmpFilesIn(m_dir), 2);

    // Once the handle is closed the next run deletes it; the read-only file still stays.
    held.reset();
    const FixOutcome second = fix.apply(context, fix.preview(context));
    QCOMPARE(after(second, "deleted"), 1);
    QCOMPARE(after(second, "skippedReadOnly"), 1);
    QVERIFY(!exists(locked));
    QVERIFY(exists(readOnly));
}

void TestWindowsDeleteFile::cleanupThroughTheFixRunner()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    for (int i = 0; i < 600; ++i)
        QVERIFY(writeFile(child(m_dir, QStringLiteral("f%1.tmp").arg(i)), 5));
    const QString locked = child(m_dir, QStringLiteral("locked.tmp"));
    QVERIFY(writeFile(locked, 5));
    UniqueHandle held(::CreateFileW(wide(locked).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                    FILE_ATTRIBUTE_NORMAL, nullptr));
    QVERIFY(held.isValid());

    CheckEnvironment environment;
    environment.system = std::make_shared<WindowsSystem>(m_dir);
    const auto journal = std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                                      QStringLiteral("session-w"), std::make_shared<Redactor>());
    CheckRunner checks;
    FixRunner fixes(&checks, journal);
    QSignalSpy finished(&checks, &CheckRunner::checkFinished);
    checks.start({std::make_shared<TempTmpCountCheck>()}, environment);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(checks.finding(TempTmpCountCheck::id()).evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("601"));

    const auto fix = std::make_shared<TempCleanupFix>();
    QSignalSpy previewed(&fixes, &FixRunner::previewReady);
    fixes.preview(fix, environment, everyTmpFile());
    QVERIFY(previewed.wait(20000));
    const FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QCOMPARE(plan.itemCount, 601);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));

    QSignalSpy applied(&fixes, &FixRunner::applied);
    fixes.apply(fix, plan, environment);
    QVERIFY(applied.wait(20000));
    const FixOutcome outcome = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::PartlyApplied);
    QCOMPARE(after(outcome, "deleted"), 600);
    QCOMPARE(after(outcome, "skippedInUse"), 1);
    const QList<JournalEntry> entries = journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().after.value(QLatin1String("deleted")).toInteger(), 600);

    // The owning check runs again and sees the one file left.
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(checks.finding(TempTmpCountCheck::id()).evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("1"));
    QCOMPARE(tmpFilesIn(m_dir), 1);
}

QTEST_GUILESS_MAIN(TestWindowsDeleteFile)
#include "TestWindowsDeleteFile.moc"
