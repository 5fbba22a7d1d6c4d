// SPDX-License-Identifier: MIT
// WindowsSystem::fileAttributes/changeAttributes on real folders and files (Win32, or Wine's
// implementation of it): read-only, hidden and system set and cleared and read back with
// GetFileAttributesW, parents and children untouched, what is refused, NTFS compression and
// EFS where the file system has them, and a junction reported and refused, never followed.
#include "WindowsTestSupport.h"
#include "system/WindowsSystem.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <windows.h>

#include <memory>

using namespace mars;
using namespace mars::test;

namespace {
constexpr DWORD kBasic = FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM;

FileAttributes basicOf(DWORD raw)
{
    return FileAttributes::fromInt(uint(raw & kBasic));
}
} // namespace

class TestWindowsAttributes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void attributesRoundTrip_data();
    void attributesRoundTrip();
    void changeAttributesTouchesNeitherParentNorChildren();
    void changeAttributesRefuses_data();
    void changeAttributesRefuses();
    void compressionRoundTrip();
    void encryptionRoundTrip();
    void junctionIsReportedNeverFollowed();
    void fileSymlinkIsReportedNeverFollowed();
    void fileAttributesOfMissingPath();

private:
    std::unique_ptr<TempFolder> m_temp;
    QString m_dir; // canonical, native separators
};

void TestWindowsAttributes::init()
{
    m_temp = std::make_unique<TempFolder>();
    QVERIFY(m_temp->isValid());
    m_dir = m_temp->path();
}

void TestWindowsAttributes::cleanup()
{
    m_temp.reset();
}

void TestWindowsAttributes::attributesRoundTrip_data()
{
    QTest::addColumn<bool>("folder");
    QTest::addColumn<FileAttributes>("bits");
    const QList<std::pair<const char*, FileAttributes>> sets{
            {"read-only", FileAttribute::ReadOnly},
            {"hidden", FileAttribute::Hidden},
            {"system", FileAttribute::System},
            {"hidden+system", FileAttributes(FileAttribute::Hidden) | FileAttribute::System},
            {"all three", FileAttributes(FileAttribute::ReadOnly) | FileAttribute::Hidden | FileAttribute::System},
    };
    for (const auto& [name, bits] : sets) {
        QTest::addRow("folder %s", name) << true << bits;
        QTest::addRow("file %s", name) << false << bits;
    }
}

void TestWindowsAttributes::attributesRoundTrip()
{
    QFETCH(bool, folder);
    QFETCH(FileAttributes, bits);
    const QString path = child(m_dir, QStringLiteral("target"));
    QVERIFY(folder ? ::CreateDirectoryW(wide(path).c_str(), nullptr) != FALSE : writeFile(path));
    if (folder && bits.testFlag(FileAttribute::ReadOnly)) {
        // Wine keeps read-only as Unix write permission and ignores it on folders.
        QVERIFY(setRawAttributes(path, FILE_ATTRIBUTE_READONLY));
        const bool kept = hasAttribute(path, FILE_ATTRIBUTE_READONLY);
        QVERIFY(setRawAttributes(path, FILE_ATTRIBUTE_NORMAL));
        if (!kept)
            QSKIP("SetFileAttributesW does not keep FILE_ATTRIBUTE_READONLY on a folder here (Wine ignores it on "
                  "directories).");
    }
    const DWORD before = rawAttributes(path);
    const WindowsSystem system;

    const Probed<FileAttributes> set = system.files().changeAttributes(path, bits, {});
    QVERIFY2(set.ok(), qPrintable(set.reason));
    QCOMPARE(set.value & bits, bits);
    const DWORD afterSet = rawAttributes(path); // read independently
    QCOMPARE(basicOf(afterSet), bits);
    QCOMPARE(afterSet & ~kBasic, before & ~kBasic); // archive, directory: as they were
    QCOMPARE(set.value, system.files().fileAttributes(path).value);
    QCOMPARE(system.files().fileAttributes(path).value.testFlag(FileAttribute::Directory), folder);

    const Probed<FileAttributes> cleared = system.files().changeAttributes(path, {}, bits);
    QVERIFY2(cleared.ok(), qPrintable(cleared.reason));
    QCOMPARE(cleared.value & bits, FileAttributes());
    QCOMPARE(rawAttributes(path), before);

    // Setting what is already set, and clearing what is clear, changes nothing and succeeds.
    QVERIFY(system.files().changeAttributes(path, {}, bits).ok());
    QCOMPARE(rawAttributes(path), before);
}

void TestWindowsAttributes::changeAttributesTouchesNeitherParentNorChildren()
{
    const QString parent = child(m_dir, QStringLiteral("parent"));
    const QString folder = child(parent, QStringLiteral("folder"));
    const QString inner = child(folder, QStringLiteral("inner.txt"));
    QVERIFY(::CreateDirectoryW(wide(parent).c_str(), nullptr));
    QVERIFY(::CreateDirectoryW(wide(folder).c_str(), nullptr));
    QVERIFY(writeFile(inner));
    const DWORD parentBefore = rawAttributes(parent);
    const DWORD innerBefore = rawAttributes(inner);
    const FileAttributes bits = FileAttributes(FileAttribute::Hidden) | FileAttribute::System;
    const Probed<FileAttributes> set = WindowsSystem().files().changeAttributes(folder, bits, {});
    QVERIFY2(set.ok(), qPrintable(set.reason));
    QCOMPARE(basicOf(rawAttributes(folder)), bits);
    QCOMPARE(rawAttributes(parent), parentBefore);
    QCOMPARE(rawAttributes(inner), innerBefore);
    QVERIFY(WindowsSystem().files().changeAttributes(folder, {}, bits).ok());
}

void TestWindowsAttributes::changeAttributesRefuses_data()
{
    QTest::addColumn<FileAttributes>("set");
    QTest::addColumn<FileAttributes>("clear");
    QTest::newRow("directory bit") << FileAttributes(FileAttribute::Directory) << FileAttributes();
    QTest::newRow("reparse bit") << FileAttributes() << FileAttributes(FileAttribute::ReparsePoint);
    QTest::newRow("archive") << FileAttributes(FileAttribute::Archive) << FileAttributes();
    QTest::newRow("sparse") << FileAttributes(FileAttribute::Sparse) << FileAttributes();
    QTest::newRow("set and clear") << FileAttributes(FileAttribute::Hidden) << FileAttributes(FileAttribute::Hidden);
    QTest::newRow("compressed and encrypted")
            << (FileAttributes(FileAttribute::Compressed) | FileAttribute::Encrypted) << FileAttributes();
}

void TestWindowsAttributes::changeAttributesRefuses()
{
    QFETCH(FileAttributes, set);
    QFETCH(FileAttributes, clear);
    const QString path = child(m_dir, QStringLiteral("f.txt"));
    QVERIFY(writeFile(path));
    const DWORD before = rawAttributes(path);
    const Probed<FileAttributes> result = WindowsSystem().files().changeAttributes(path, set, clear);
    QCOMPARE(result.status, ProbeStatus::Failed);
    QVERIFY(!result.reason.isEmpty());
    QCOMPARE(rawAttributes(path), before);
}

void TestWindowsAttributes::compressionRoundTrip()
{
    const QString folder = child(m_dir, QStringLiteral("compressed"));
    QVERIFY(::CreateDirectoryW(wide(folder).c_str(), nullptr));
    const WindowsSystem system;
    const Probed<FileAttributes> set = system.files().changeAttributes(folder, FileAttribute::Compressed, {});
    if (!set.ok() && (set.osError == ERROR_INVALID_FUNCTION || set.osError == ERROR_NOT_SUPPORTED))
        QSKIP(qPrintable(QStringLiteral("FSCTL_SET_COMPRESSION is not available here (Wine does not implement it; "
                                        "FAT/exFAT/ReFS have no compression): ")
                         + set.reason));
    QVERIFY2(set.ok(), qPrintable(set.reason));
    QVERIFY(set.value.testFlag(FileAttribute::Compressed));
    QVERIFY(hasAttribute(folder, FILE_ATTRIBUTE_COMPRESSED));
    const Probed<FileAttributes> cleared = system.files().changeAttributes(folder, {}, FileAttribute::Compressed);
    QVERIFY2(cleared.ok(), qPrintable(cleared.reason));
    QVERIFY(!cleared.value.testFlag(FileAttribute::Compressed));
    QVERIFY(exists(folder) && !hasAttribute(folder, FILE_ATTRIBUTE_COMPRESSED));
}

void TestWindowsAttributes::encryptionRoundTrip()
{
    const QString file = child(m_dir, QStringLiteral("secret.txt"));
    QVERIFY(writeFile(file));
    const WindowsSystem system;
    const Probed<FileAttributes> set = system.files().changeAttributes(file, FileAttribute::Encrypted, {});
    if (!set.ok())
        QSKIP(qPrintable(QStringLiteral("EFS is not available here (Windows Home editions, FAT volumes, or disabled "
                                        "by policy): ")
                         + set.reason));
    if (!set.value.testFlag(FileAttribute::Encrypted))
        QSKIP("EncryptFileW reported success but the file is not encrypted: Wine's EncryptFileW/DecryptFileW "
              "return success and do nothing.");
    QVERIFY(hasAttribute(file, FILE_ATTRIBUTE_ENCRYPTED));
    const Probed<FileAttributes> cleared = system.files().changeAttributes(file, {}, FileAttribute::Encrypted);
    QVERIFY2(cleared.ok(), qPrintable(cleared.reason));
    QVERIFY(!cleared.value.testFlag(FileAttribute::Encrypted));
    QVERIFY(exists(file) && !hasAttribute(file, FILE_ATTRIBUTE_ENCRYPTED));
}

void TestWindowsAttributes::junctionIsReportedNeverFollowed()
{
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString target = canonical(outside.path());
    const QString victim = child(target, QStringLiteral("victim.tmp"));
    QVERIFY(writeFile(victim));
    const QString link = child(m_dir, QStringLiteral("link.tmp"));
    const DWORD error = createJunction(link, target);
    if (error == ERROR_NOT_SUPPORTED || error == ERROR_INVALID_FUNCTION)
        QSKIP("Junctions cannot be created here (Wine has no reparse points: FSCTL_SET_REPARSE_POINT fails with "
              "error 50).");
    QCOMPARE(error, DWORD(ERROR_SUCCESS));
    const WindowsSystem system;

    // Listing: reported as a reparse point, not a regular file; its contents are not listed.
    QList<DirEntry> entries;
    QVERIFY(system.files()
                    .forEachEntry(m_dir,
                                  [&](const DirEntry& e) {
                                      entries.append(e);
                                      return true;
                                  })
                    .ok());
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().isReparsePoint());
    QVERIFY(!entries.first().isRegularFile());
    QVERIFY(system.files().fileAttributes(link).value.testFlag(FileAttribute::ReparsePoint));

    // Attributes: refused, and neither the link nor its target changes.
    const DWORD targetBefore = rawAttributes(target);
    const Probed<FileAttributes> changed = system.files().changeAttributes(link, FileAttribute::Hidden, {});
    QCOMPARE(changed.status, ProbeStatus::Failed);
    QVERIFY(changed.reason.contains(QStringLiteral("link")));
    QCOMPARE(rawAttributes(target), targetBefore);
    QVERIFY(exists(link) && !hasAttribute(link, FILE_ATTRIBUTE_HIDDEN));

    // Deleting: the junction is not a file, and the folder it points to is not the listed one.
    QCOMPARE(system.files().deleteRegularFile(m_dir, QStringLiteral("link.tmp")), DeleteStatus::NotRegular);
    QCOMPARE(system.files().deleteRegularFile(link, QStringLiteral("victim.tmp")), DeleteStatus::NotRegular);
    QVERIFY(exists(victim));
    // A junction higher up the path: the folder opens, but its real path is elsewhere.
    QVERIFY(::CreateDirectoryW(wide(child(target, QStringLiteral("sub"))).c_str(), nullptr));
    const QString deeper = child(target, QStringLiteral("sub\\victim.tmp"));
    QVERIFY(writeFile(deeper));
    QCOMPARE(system.files().deleteRegularFile(child(link, QStringLiteral("sub")), QStringLiteral("victim.tmp")),
             DeleteStatus::NotRegular);
    QVERIFY(exists(deeper));
    QVERIFY(::RemoveDirectoryW(wide(link).c_str())); // removes the junction only
    QVERIFY(exists(victim));
}

void TestWindowsAttributes::fileSymlinkIsReportedNeverFollowed()
{
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString target = child(canonical(outside.path()), QStringLiteral("target.txt"));
    QVERIFY(writeFile(target, 42));
    const QString link = child(m_dir, QStringLiteral("y.tmp"));
    // Unprivileged creation needs Developer Mode; otherwise the privilege of an elevated admin.
    if (!::CreateSymbolicLinkW(wide(link).c_str(), wide(target).c_str(),
                               SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE)) {
        const DWORD error = ::GetLastError();
        QSKIP(qPrintable(QStringLiteral("CreateSymbolicLinkW failed with error %1 (symbolic links need Developer "
                                        "Mode or an elevated administrator).")
                                 .arg(error)));
    }
    if (!hasAttribute(link, FILE_ATTRIBUTE_REPARSE_POINT))
        QSKIP("CreateSymbolicLinkW reported success but made no reparse point (Wine's CreateSymbolicLinkW does "
              "nothing).");
    const WindowsSystem system;
    QList<DirEntry> entries;
    QVERIFY(system.files()
                    .forEachEntry(m_dir,
                                  [&](const DirEntry& e) {
                                      entries.append(e);
                                      return true;
                                  })
                    .ok());
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().isReparsePoint());
    QVERIFY(!entries.first().isRegularFile());
    const DWORD targetBefore = rawAttributes(target);
    QCOMPARE(system.files().changeAttributes(link, FileAttribute::ReadOnly, {}).status, ProbeStatus::Failed);
    QCOMPARE(rawAttributes(target), targetBefore);
    QCOMPARE(system.files().deleteRegularFile(m_dir, QStringLiteral("y.tmp")), DeleteStatus::NotRegular);
    QVERIFY(exists(link));
    QCOMPARE(QFileInfo(target).size(), 42);
}

void TestWindowsAttributes::fileAttributesOfMissingPath()
{
    const Probed<FileAttributes> missing = WindowsSystem().files().fileAttributes(child(m_dir, QStringLiteral("nope")));
    QCOMPARE(missing.status, ProbeStatus::NotFound);
    QCOMPARE(missing.osError, quint32(ERROR_FILE_NOT_FOUND));
    QVERIFY(missing.reason.contains(QStringLiteral("nope")));
    QCOMPARE(WindowsSystem()
                     .files()
                     .changeAttributes(child(m_dir, QStringLiteral("nope")), FileAttribute::Hidden, {})
                     .status,
             ProbeStatus::NotFound);
}

QTEST_GUILESS_MAIN(TestWindowsAttributes)
#include "TestWindowsAttributes.moc"
