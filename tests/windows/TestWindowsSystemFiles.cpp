// SPDX-License-Identifier: MIT
// WindowsSystem on real folders (Win32, or Wine's implementation of it): listings with each
// entry's facts, stopping early, many entries, empty and missing folders, paths beyond
// MAX_PATH, the system temp folder and its override, the write probe (and a folder whose
// DACL denies it), and free space. (Attributes: TestWindowsAttributes; deleting:
// TestWindowsDeleteFile.)
#include "WindowsTestSupport.h"
#include "system/WindowsSystem.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <windows.h>
#include <sddl.h>

#include <memory>

using namespace mars;
using namespace mars::test;

namespace {
// Sets a DACL given in SDDL on a file or folder (the owner may always do this).
bool setDacl(const QString& path, const wchar_t* sddl)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, &descriptor, nullptr))
        return false;
    const bool done = ::SetFileSecurityW(wide(path).c_str(), DACL_SECURITY_INFORMATION, descriptor);
    ::LocalFree(descriptor);
    return done;
}
} // namespace

class TestWindowsSystemFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void listsEntriesWithTheirFacts();
    void listingStopsWhenAsked();
    void listsManyEntries();
    void emptyAndMissingFolders();
    void longPaths();

    void systemTempDirDefault();
    void systemTempDirOverride();
    void canModifyFolder();
    void canModifyFolderDenied();
    void diskSpace();
    void pathDetails();
    void pathDetailsThroughAJunction();

private:
    std::unique_ptr<TempFolder> m_temp;
    QString m_dir; // canonical, native separators
};

void TestWindowsSystemFiles::init()
{
    m_temp = std::make_unique<TempFolder>();
    QVERIFY(m_temp->isValid());
    m_dir = m_temp->path();
}

void TestWindowsSystemFiles::cleanup()
{
    m_temp.reset();
}

void TestWindowsSystemFiles::listsEntriesWithTheirFacts()
{
    QVERIFY(writeFile(child(m_dir, QStringLiteral("empty.tmp")), 0));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("ten.tmp")), 10));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("big.log")), 70000));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("ro.tmp"))));
    QVERIFY(setRawAttributes(child(m_dir, QStringLiteral("ro.tmp")), FILE_ATTRIBUTE_READONLY));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("hidden.tmp"))));
    QVERIFY(setRawAttributes(child(m_dir, QStringLiteral("hidden.tmp")), FILE_ATTRIBUTE_HIDDEN));
    QVERIFY(::CreateDirectoryW(wide(child(m_dir, QStringLiteral("sub.tmp"))).c_str(), nullptr));
    QVERIFY(writeFile(child(m_dir, QStringLiteral("sub.tmp\\inner.tmp")))); // not directly inside

    QHash<QString, DirEntry> seen;
    const Probed<qint64> listed = WindowsSystem().files().forEachEntry(m_dir, [&](const DirEntry& entry) {
        seen.insert(entry.name, entry);
        return true;
    });
    QVERIFY2(listed.ok(), qPrintable(listed.reason));
    QCOMPARE(listed.value, 6);
    QCOMPARE(QSet<QString>(seen.keyBegin(), seen.keyEnd()),
             (QSet<QString>{QStringLiteral("empty.tmp"), QStringLiteral("ten.tmp"), QStringLiteral("big.log"),
                            QStringLiteral("ro.tmp"), QStringLiteral("hidden.tmp"), QStringLiteral("sub.tmp")}));
    QCOMPARE(seen.value(QStringLiteral("empty.tmp")).size_bytes, 0);
    QCOMPARE(seen.value(QStringLiteral("ten.tmp")).size_bytes, 10);
    QCOMPARE(seen.value(QStringLiteral("big.log")).size_bytes, 70000);
    QVERIFY(seen.value(QStringLiteral("ten.tmp")).isRegularFile());
    QVERIFY(seen.value(QStringLiteral("ro.tmp")).attributes.testFlag(FileAttribute::ReadOnly));
    QVERIFY(seen.value(QStringLiteral("hidden.tmp")).attributes.testFlag(FileAttribute::Hidden));
    QVERIFY(seen.value(QStringLiteral("hidden.tmp")).isRegularFile());
    const DirEntry sub = seen.value(QStringLiteral("sub.tmp"));
    QVERIFY(sub.isDirectory());
    QVERIFY(!sub.isRegularFile());
    QCOMPARE(sub.size_bytes, 0);
    // Every entry: the file system's own write time, in UTC, to the millisecond.
    for (const DirEntry& entry : std::as_const(seen)) {
        const QDateTime expected = QFileInfo(child(m_dir, entry.name)).lastModified().toUTC();
        QCOMPARE(entry.lastWriteUtc, expected);
        QCOMPARE(entry.lastWriteUtc.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(entry.lastWriteUtc.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    }
}

void TestWindowsSystemFiles::listingStopsWhenAsked()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(child(m_dir, QStringLiteral("f%1.tmp").arg(i))));
    int calls = 0;
    const Probed<qint64> listed =
            WindowsSystem().files().forEachEntry(m_dir, [&](const DirEntry&) { return ++calls < 2; });
    QVERIFY(listed.ok());
    QCOMPARE(calls, 2);
    QCOMPARE(listed.value, 2);
}

void TestWindowsSystemFiles::listsManyEntries()
{
    // Several batches of FIND_FIRST_EX_LARGE_FETCH.
    for (int i = 0; i < 3000; ++i)
        QVERIFY(writeFile(child(m_dir, QStringLiteral("many-%1.tmp").arg(i)), 1));
    QSet<QString> names;
    const Probed<qint64> listed = WindowsSystem().files().forEachEntry(m_dir, [&](const DirEntry& entry) {
        names.insert(entry.name);
        return true;
    });
    QVERIFY(listed.ok());
    QCOMPARE(listed.value, 3000);
    QCOMPARE(names.size(), 3000);
}

void TestWindowsSystemFiles::emptyAndMissingFolders()
{
    const WindowsSystem system;
    int calls = 0;
    const auto count = [&](const DirEntry&) {
        ++calls;
        return true;
    };
    const Probed<qint64> empty = system.files().forEachEntry(m_dir, count);
    QVERIFY2(empty.ok(), qPrintable(empty.reason));
    QCOMPARE(empty.value, 0);
    QCOMPARE(calls, 0);

    const Probed<qint64> missing = system.files().forEachEntry(child(m_dir, QStringLiteral("missing")), count);
    QCOMPARE(missing.status, ProbeStatus::NotFound);
    QVERIFY(missing.reason.contains(QStringLiteral("missing")));

    const QString file = child(m_dir, QStringLiteral("file.txt"));
    QVERIFY(writeFile(file));
    const Probed<qint64> notAFolder = system.files().forEachEntry(file, count);
    QCOMPARE(notAFolder.status, ProbeStatus::NotFound);
    QCOMPARE(calls, 0);
}

void TestWindowsSystemFiles::longPaths()
{
    // A folder path far beyond MAX_PATH, made with the \\?\ form; WindowsSystem is given the
    // plain path and must add the prefix itself.
    QString deep = m_dir;
    QStringList made;
    const auto removeChain = qScopeGuard([&] {
        // QTemporaryDir cannot remove what MAX_PATH hides from it.
        if (!made.isEmpty())
            ::DeleteFileW((L"\\\\?\\" + wide(child(made.constLast(), QStringLiteral("deep.tmp")))).c_str());
        for (auto it = made.crbegin(); it != made.crend(); ++it)
            ::RemoveDirectoryW((L"\\\\?\\" + wide(*it)).c_str());
    });
    while (deep.size() < 400) {
        deep += QStringLiteral("\\") + QString(60, QLatin1Char('d'));
        QVERIFY2(::CreateDirectoryW((L"\\\\?\\" + wide(deep)).c_str(), nullptr), qPrintable(deep));
        made.append(deep);
    }
    const QString deepFile = QStringLiteral("\\\\?\\") + child(deep, QStringLiteral("deep.tmp"));
    QVERIFY(writeFile(deepFile, 3));
    const WindowsSystem system;
    QVERIFY(system.files().fileAttributes(deep).value.testFlag(FileAttribute::Directory));
    QStringList names;
    const Probed<qint64> listed = system.files().forEachEntry(deep, [&](const DirEntry& entry) {
        names.append(entry.name);
        return true;
    });
    QVERIFY2(listed.ok(), qPrintable(listed.reason));
    QCOMPARE(names, QStringList{QStringLiteral("deep.tmp")});
    const Probed<FileAttributes> hidden = system.files().changeAttributes(deep, FileAttribute::Hidden, {});
    QVERIFY2(hidden.ok(), qPrintable(hidden.reason));
    QVERIFY(hasAttribute(QStringLiteral("\\\\?\\") + deep, FILE_ATTRIBUTE_HIDDEN));
    QVERIFY(system.files().changeAttributes(deep, {}, FileAttribute::Hidden).ok());
    QVERIFY(system.files().diskSpace(deep).ok());
    const Probed<bool> writable = system.files().canModifyFolder(deep);
    QVERIFY2(writable.ok() && writable.value, qPrintable(writable.reason));

    const Probed<QString> canonicalDeep = WindowsSystem(deep).files().systemTempDir();
    if (canonicalDeep.osError == ERROR_MORE_DATA)
        QSKIP("GetFinalPathNameByHandleW fails beyond MAX_PATH here (Wine reads the name into a MAX_PATH buffer: "
              "error 234), so the canonical folder and the deletion that relies on it cannot be proven.");
    QVERIFY2(canonicalDeep.ok(), qPrintable(canonicalDeep.reason));
    QCOMPARE(canonicalDeep.value, deep);
    QCOMPARE(system.files().deleteRegularFile(deep, QStringLiteral("deep.tmp")), DeleteStatus::Deleted);
    QVERIFY(!exists(deepFile));
}

void TestWindowsSystemFiles::systemTempDirDefault()
{
    wchar_t windows[MAX_PATH + 1];
    const UINT length = ::GetWindowsDirectoryW(windows, MAX_PATH + 1);
    QVERIFY(length > 0 && length <= MAX_PATH);
    const QString windowsDir = QString::fromWCharArray(windows, int(length));
    const Probed<QString> temp = WindowsSystem().files().systemTempDir();
    QVERIFY2(temp.ok(), qPrintable(temp.reason));
    QCOMPARE(temp.value.compare(windowsDir + QStringLiteral("\\Temp"), Qt::CaseInsensitive), 0);
    QVERIFY(temp.value.endsWith(QStringLiteral("\\Temp"), Qt::CaseInsensitive));
    // Not this user's temp folder (GetTempPathW).
    wchar_t userTemp[MAX_PATH + 2];
    const DWORD userLength = ::GetTempPathW(MAX_PATH + 2, userTemp);
    QVERIFY(userLength > 0);
    QVERIFY(QDir::cleanPath(QString::fromWCharArray(userTemp, int(userLength)))
                    .compare(QDir::cleanPath(temp.value), Qt::CaseInsensitive)
            != 0);
}

void TestWindowsSystemFiles::systemTempDirOverride()
{
    // Forward slashes, a trailing separator and "..": the same canonical native path.
    const QString sub = child(m_dir, QStringLiteral("sub"));
    QVERIFY(::CreateDirectoryW(wide(sub).c_str(), nullptr));
    const QString messy = QDir::fromNativeSeparators(sub) + QStringLiteral("/../");
    const Probed<QString> temp = WindowsSystem(messy).files().systemTempDir();
    QVERIFY2(temp.ok(), qPrintable(temp.reason));
    QCOMPARE(temp.value, m_dir);
    QVERIFY(!temp.value.contains(QLatin1Char('/')));
    QVERIFY(!temp.value.startsWith(QStringLiteral("\\\\?\\")));
    QCOMPARE(QFileInfo(temp.value)
                     .canonicalFilePath()
                     .compare(QFileInfo(m_temp->qtPath()).canonicalFilePath(), Qt::CaseInsensitive),
             0);

    const Probed<QString> missing = WindowsSystem(child(m_dir, QStringLiteral("missing"))).files().systemTempDir();
    QCOMPARE(missing.status, ProbeStatus::NotFound);
    QVERIFY(!missing.reason.isEmpty());
    const QString file = child(m_dir, QStringLiteral("file.txt"));
    QVERIFY(writeFile(file));
    QCOMPARE(WindowsSystem(file).files().systemTempDir().status, ProbeStatus::NotFound);
}

void TestWindowsSystemFiles::canModifyFolder()
{
    QVERIFY(writeFile(child(m_dir, QStringLiteral("keep.txt"))));
    const WindowsSystem system;
    const Probed<bool> writable = system.files().canModifyFolder(m_dir);
    QVERIFY2(writable.ok(), qPrintable(writable.reason));
    QVERIFY(writable.value);
    // The probe file is gone again: only keep.txt is left.
    QCOMPARE(QDir(m_dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("keep.txt")});

    const Probed<bool> missing = system.files().canModifyFolder(child(m_dir, QStringLiteral("missing")));
    QCOMPARE(missing.status, ProbeStatus::NotFound);
}

void TestWindowsSystemFiles::canModifyFolderDenied()
{
    // A folder whose DACL lets everyone read only: no new files, no deleting other files.
    const QString locked = child(m_dir, QStringLiteral("locked"));
    QVERIFY(::CreateDirectoryW(wide(locked).c_str(), nullptr));
    const QString file = child(locked, QStringLiteral("owned-by-someone.tmp"));
    QVERIFY(writeFile(file));
    QVERIFY(setDacl(file, L"D:P(A;;FR;;;WD)"));
    QVERIFY(setDacl(locked, L"D:P(A;;FR;;;WD)"));
    const auto restore = qScopeGuard([&] {
        setDacl(locked, L"D:P(A;OICI;FA;;;WD)");
        setDacl(file, L"D:P(A;;FA;;;WD)");
    });
    {
        UniqueHandle probe(::CreateFileW(wide(child(locked, QStringLiteral("probe.txt"))).c_str(), GENERIC_WRITE, 0,
                                         nullptr, CREATE_NEW, FILE_FLAG_DELETE_ON_CLOSE, nullptr));
        if (probe.isValid())
            QSKIP("The folder's DACL is not enforced here (Wine ignores file ACLs), so a denied folder cannot be "
                  "made.");
    }
    const WindowsSystem system;
    const Probed<bool> writable = system.files().canModifyFolder(locked);
    QVERIFY2(writable.ok(), qPrintable(writable.reason)); // denied is an answer, not an error
    QVERIFY(!writable.value);
    QCOMPARE(system.files().deleteRegularFile(locked, QStringLiteral("owned-by-someone.tmp")), DeleteStatus::Denied);
    QVERIFY(exists(file));
}

void TestWindowsSystemFiles::diskSpace()
{
    const Probed<DiskSpace> space = WindowsSystem().files().diskSpace(m_dir);
    QVERIFY2(space.ok(), qPrintable(space.reason));
    QVERIFY(space.value.free_bytes > 0);
    QVERIFY(space.value.total_bytes >= space.value.free_bytes);
    QVERIFY(space.value.volumeRoot.endsWith(QLatin1Char('\\')));
    QVERIFY(m_dir.startsWith(space.value.volumeRoot, Qt::CaseInsensitive));
    ULARGE_INTEGER available{}, total{};
    QVERIFY(::GetDiskFreeSpaceExW(wide(space.value.volumeRoot).c_str(), &available, &total, nullptr));
    QCOMPARE(space.value.total_bytes, qint64(total.QuadPart));
    QCOMPARE(WindowsSystem().files().diskSpace(child(m_dir, QStringLiteral("missing"))).status, ProbeStatus::NotFound);
}

void TestWindowsSystemFiles::pathDetails()
{
    // #19: safety decisions compare final paths. Attributes and last write as
    // GetFileAttributesExW says; the final path the same however the folder is spelled.
    const WindowsSystem system;
    const QString folder = child(m_dir, QStringLiteral("Agent"));
    QVERIFY(::CreateDirectoryW(wide(folder).c_str(), nullptr));
    const QString file = child(folder, QStringLiteral("a.txt"));
    QVERIFY(writeFile(file));
    const Probed<PathDetails> details = system.files().pathDetails(folder);
    QVERIFY2(details.ok(), qPrintable(details.reason));
    QVERIFY(details.value.attributes.testFlag(FileAttribute::Directory));
    WIN32_FILE_ATTRIBUTE_DATA data{};
    QVERIFY(::GetFileAttributesExW(wide(folder).c_str(), GetFileExInfoStandard, &data));
    QCOMPARE(details.value.lastWriteUtc, win::fileTimeToUtc(data.ftLastWriteTime));
    QVERIFY(details.value.lastWriteUtc.isValid());
    QVERIFY2(details.value.finalPath.compare(folder, Qt::CaseInsensitive) == 0, qPrintable(details.value.finalPath));
    QVERIFY(!details.value.finalPath.startsWith(QLatin1String("\\\\?\\")));
    const QStringList spellings{QString(folder + QStringLiteral("\\..\\Agent")),
                                QString(QDir::fromNativeSeparators(folder) + QLatin1Char('/')), folder.toUpper()};
    for (const QString& other : spellings) {
        const Probed<PathDetails> same = system.files().pathDetails(other);
        QVERIFY2(same.ok(), qPrintable(other + QStringLiteral(": ") + same.reason));
        QVERIFY2(same.value.finalPath.compare(details.value.finalPath, Qt::CaseInsensitive) == 0,
                 qPrintable(other + QStringLiteral(" -> ") + same.value.finalPath));
    }
    const Probed<PathDetails> ofFile = system.files().pathDetails(file);
    QVERIFY2(ofFile.ok(), qPrintable(ofFile.reason));
    QVERIFY(!ofFile.value.attributes.testFlag(FileAttribute::Directory));
    QVERIFY(ofFile.value.finalPath.endsWith(QStringLiteral("\\a.txt"), Qt::CaseInsensitive));
    QCOMPARE(ofFile.value.size_bytes, QFileInfo(file).size()); // the support bundle's "of 3.2 MB"
    QCOMPARE(details.value.size_bytes, -1); // a folder has none
    QCOMPARE(system.files().pathDetails(child(folder, QStringLiteral("missing"))).status, ProbeStatus::NotFound);
}

void TestWindowsSystemFiles::pathDetailsThroughAJunction()
{
    const WindowsSystem system;
    const QString target = child(m_dir, QStringLiteral("Data"));
    QVERIFY(::CreateDirectoryW(wide(target).c_str(), nullptr));
    const QString link = child(m_dir, QStringLiteral("Link"));
    const DWORD error = createJunction(link, target);
    if (error != 0)
        QSKIP(qPrintable(
                QStringLiteral("No junction could be made here (%1); Wine has none.").arg(win::errorText(error))));
    // The link answers for itself (a reparse point), and leads to the target.
    const Probed<PathDetails> viaLink = system.files().pathDetails(link);
    QVERIFY2(viaLink.ok(), qPrintable(viaLink.reason));
    QVERIFY(viaLink.value.attributes.testFlag(FileAttribute::ReparsePoint));
    QCOMPARE(viaLink.value.finalPath.compare(target, Qt::CaseInsensitive), 0);
    // A folder reached through the junction on the way names its real place.
    QVERIFY(::CreateDirectoryW(wide(child(target, QStringLiteral("Agent"))).c_str(), nullptr));
    const Probed<PathDetails> below = system.files().pathDetails(child(link, QStringLiteral("Agent")));
    QVERIFY2(below.ok(), qPrintable(below.reason));
    QVERIFY(!below.value.attributes.testFlag(FileAttribute::ReparsePoint));
    QCOMPARE(below.value.finalPath.compare(child(target, QStringLiteral("Agent")), Qt::CaseInsensitive), 0);
}

QTEST_GUILESS_MAIN(TestWindowsSystemFiles)
#include "TestWindowsSystemFiles.moc"
