// SPDX-License-Identifier: MIT
// PosixSystem::volumeInfo against the real mounts of the Linux box (nearest existing parent,
// drive type from the file system), its statfs fallback for paths no mount table entry covers
// (a chroot, issue #18), and the Windows-only probes of issue #4 that answer NotApplicable
// with a plain reason.
#include "system/PosixStatfsVolume.h"
#include "system/PosixSystem.h"

#include <QDir>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace mars;

namespace {
// The mount QStorageInfo finds for `path`, or an invalid one when the mount table has no entry
// covering it (a chroot): then PosixSystem answers from statfs instead.
QStorageInfo coveringMount(const QString& path)
{
    const QStorageInfo storage(path);
    if (storage.isValid() && PosixStatfsVolume::covers(storage.rootPath(), QFileInfo(path).canonicalFilePath()))
        return storage;
    return {};
}

// The root volumeInfo must report for `path`: the covering mount's, else unknown (empty).
QString expectedRoot(const QString& path)
{
    const QStorageInfo storage = coveringMount(path);
    return storage.isValid() ? storage.rootPath() : QString();
}

// Whether the mount table's type for a file system is one the statfs name stands for
// ("ext4" for "ext2/ext3/ext4", "smb3" for "cifs", "fuse.sshfs" for "fuse").
bool sameFileSystem(const QString& statfsName, const QString& mountType)
{
    if (statfsName.split(QLatin1Char('/')).contains(mountType))
        return true;
    if (statfsName == QLatin1String("cifs"))
        return mountType == QLatin1String("smb3");
    if (statfsName == QLatin1String("nfs"))
        return mountType == QLatin1String("nfs4");
    if (statfsName == QLatin1String("tmpfs"))
        return mountType == QLatin1String("devtmpfs");
    if (statfsName == QLatin1String("fuse"))
        return mountType.startsWith(QLatin1String("fuse"));
    return false;
}
} // namespace

class TestPosixVolumes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootVolume();
    void missingPathUsesNearestExistingParent();
    void driveTypes_data();
    void driveTypes();
    void emptyPath();
    void statfsVolume_data();
    void statfsVolume();
    void statfsMissingPath();
    void fileSystemMagic_data();
    void fileSystemMagic();
    void mountCovers_data();
    void mountCovers();
    void windowsOnlyProbes();
};

void TestPosixVolumes::rootVolume()
{
    const PosixSystem system;
    const auto root = system.files().volumeInfo(QStringLiteral("/"));
    QVERIFY2(root.ok(), qPrintable(root.reason));
    QVERIFY(!root.value.fileSystem.isEmpty());
    QVERIFY(!root.value.unc);
    const QStorageInfo mount = coveringMount(QStringLiteral("/"));
    if (mount.isValid()) {
        QCOMPARE(root.value.root, QStringLiteral("/"));
        QCOMPARE(root.value.fileSystem, QString::fromUtf8(mount.fileSystemType()));
    } else {
        // In a chroot: statfs's answer, with the mount point unknown rather than a guessed "/".
        const auto statfs = PosixStatfsVolume::probe(QStringLiteral("/"));
        QVERIFY2(statfs.ok(), qPrintable(statfs.reason));
        QCOMPARE(root.value.root, QString());
        QCOMPARE(root.value.fileSystem, statfs.value.fileSystem);
        QCOMPARE(root.value.driveType, statfs.value.driveType);
    }
}

void TestPosixVolumes::missingPathUsesNearestExistingParent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const PosixSystem system;
    const auto existing = system.files().volumeInfo(dir.path());
    QVERIFY2(existing.ok(), qPrintable(existing.reason));
    QCOMPARE(existing.value.root, expectedRoot(dir.path()));
    // Not created yet, several levels deep: the folder that does exist decides.
    const auto missing = system.files().volumeInfo(dir.filePath(QStringLiteral("not/yet/created")));
    QVERIFY2(missing.ok(), qPrintable(missing.reason));
    QCOMPARE(missing.value.root, existing.value.root);
    QCOMPARE(missing.value.fileSystem, existing.value.fileSystem);
    QCOMPARE(missing.value.driveType, existing.value.driveType);
    // A relative path is taken from the current folder.
    const auto relative = system.files().volumeInfo(QStringLiteral("no-such-folder/x"));
    QVERIFY(relative.ok());
    QCOMPARE(relative.value.root, expectedRoot(QDir::currentPath()));
}

void TestPosixVolumes::driveTypes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<DriveType>("driveType");
    QTest::newRow("/proc is virtual") << QStringLiteral("/proc") << DriveType::Unknown;
    QTest::newRow("/dev/shm is memory") << QStringLiteral("/dev/shm") << DriveType::RamDisk;
    // A mount backed by a block device, if this box (or container) has one.
    const QStringList remote{QStringLiteral("nfs"),  QStringLiteral("nfs4"),  QStringLiteral("cifs"),
                             QStringLiteral("smb3"), QStringLiteral("smbfs"), QStringLiteral("fuse.sshfs"),
                             QStringLiteral("9p"),   QStringLiteral("ceph"),  QStringLiteral("glusterfs")};
    for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
        const QString type = QString::fromUtf8(volume.fileSystemType());
        if (volume.device().startsWith("/dev/") && !remote.contains(type) && type != QLatin1String("tmpfs")) {
            QTest::newRow("block device") << volume.rootPath() << DriveType::Fixed;
            break;
        }
    }
}

void TestPosixVolumes::driveTypes()
{
    QFETCH(QString, path);
    QFETCH(DriveType, driveType);
    const QStorageInfo storage(path);
    if (!storage.isValid() || QDir::cleanPath(storage.rootPath()) != QDir::cleanPath(path))
        QSKIP("this box has no such mount");
    const PosixSystem system;
    const auto answer = system.files().volumeInfo(path);
    QVERIFY2(answer.ok(), qPrintable(answer.reason));
    QCOMPARE(answer.value.root, storage.rootPath());
    QCOMPARE(answer.value.fileSystem, QString::fromUtf8(storage.fileSystemType()));
    QCOMPARE(answer.value.driveType, driveType);
}

void TestPosixVolumes::emptyPath()
{
    const PosixSystem system;
    const auto answer = system.files().volumeInfo(QString());
    QCOMPARE(answer.status, ProbeStatus::NotFound);
    QVERIFY(!answer.reason.isEmpty());
}

void TestPosixVolumes::statfsVolume_data()
{
    QTest::addColumn<QString>("path"); // empty: a new temporary folder
    QTest::addColumn<QString>("fileSystem"); // empty: box-dependent, any name the magic list knows
    QTest::addColumn<DriveType>("driveType"); // checked only with fileSystem
    QTest::newRow("/") << QStringLiteral("/") << QString() << DriveType::Unknown;
    QTest::newRow("temporary folder") << QString() << QString() << DriveType::Unknown;
    QTest::newRow("/dev/shm") << QStringLiteral("/dev/shm") << QStringLiteral("tmpfs") << DriveType::RamDisk;
    QTest::newRow("/proc") << QStringLiteral("/proc") << QStringLiteral("proc") << DriveType::Unknown;
}

// The fallback forced, whatever this box's mount table says.
void TestPosixVolumes::statfsVolume()
{
    QFETCH(QString, path);
    QFETCH(QString, fileSystem);
    QFETCH(DriveType, driveType);
    QTemporaryDir dir;
    if (path.isEmpty()) {
        QVERIFY(dir.isValid());
        path = dir.path();
    }
    if (!QFileInfo::exists(path))
        QSKIP("this box has no such folder");
    const auto answer = PosixStatfsVolume::probe(path);
    QVERIFY2(answer.ok(), qPrintable(answer.reason));
    QCOMPARE(answer.value.root, QString());
    QVERIFY(!answer.value.unc);
    QVERIFY2(!answer.value.fileSystem.isEmpty(), "statfs reported a file system type missing from the list");
    if (!fileSystem.isEmpty()) {
        QCOMPARE(answer.value.fileSystem, fileSystem);
        QCOMPARE(answer.value.driveType, driveType);
    }
    // Where the mount table does cover the path, both must tell the same file system, and the
    // same drive type unless one of them cannot tell (ZFS has no /dev/ device, FUSE hides sshfs).
    const QStorageInfo mount = coveringMount(path);
    if (mount.isValid()) {
        const QString mountType = QString::fromUtf8(mount.fileSystemType());
        QVERIFY2(sameFileSystem(answer.value.fileSystem, mountType),
                 qPrintable(QStringLiteral("statfs: %1, mount table: %2").arg(answer.value.fileSystem, mountType)));
        const auto mounted = PosixSystem().files().volumeInfo(path);
        QVERIFY2(mounted.ok(), qPrintable(mounted.reason));
        if (mounted.value.driveType != DriveType::Unknown && answer.value.driveType != DriveType::Unknown)
            QCOMPARE(answer.value.driveType, mounted.value.driveType);
    }
}

void TestPosixVolumes::statfsMissingPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto answer = PosixStatfsVolume::probe(dir.filePath(QStringLiteral("not/there")));
    QCOMPARE(answer.status, ProbeStatus::NotFound);
    QCOMPARE(answer.osError, quint32(ENOENT));
    QVERIFY2(answer.reason.contains(dir.filePath(QStringLiteral("not/there"))), qPrintable(answer.reason));
}

void TestPosixVolumes::fileSystemMagic_data()
{
    QTest::addColumn<quint32>("magic");
    QTest::addColumn<QString>("fileSystem");
    QTest::addColumn<DriveType>("driveType");
    const auto row = [](const char* name, quint32 magic, const char* fileSystem, DriveType driveType) {
        QTest::newRow(name) << magic << QString::fromLatin1(fileSystem) << driveType;
    };
    row("ext4", 0xEF53, "ext2/ext3/ext4", DriveType::Fixed);
    row("xfs", 0x58465342, "xfs", DriveType::Fixed);
    row("btrfs", 0x9123683E, "btrfs", DriveType::Fixed);
    row("zfs", 0x2FC12FC1, "zfs", DriveType::Fixed);
    row("vfat", 0x4D44, "vfat", DriveType::Fixed);
    row("ntfs", 0x5346544E, "ntfs", DriveType::Fixed);
    row("ntfs3", 0x7366746E, "ntfs3", DriveType::Fixed);
    row("squashfs", 0x73717368, "squashfs", DriveType::Fixed);
    row("tmpfs", 0x01021994, "tmpfs", DriveType::RamDisk);
    row("ramfs", 0x858458F6, "ramfs", DriveType::RamDisk);
    row("nfs", 0x6969, "nfs", DriveType::Remote);
    row("cifs", 0xFF534D42, "cifs", DriveType::Remote);
    row("smb2", 0xFE534D42, "cifs", DriveType::Remote);
    row("9p", 0x01021997, "9p", DriveType::Remote);
    row("ceph", 0x00C36400, "ceph", DriveType::Remote);
    row("overlay", 0x794C7630, "overlay", DriveType::Unknown);
    row("fuse", 0x65735546, "fuse", DriveType::Unknown);
    row("proc", 0x9FA0, "proc", DriveType::Unknown);
    row("sysfs", 0x62656572, "sysfs", DriveType::Unknown);
    row("unlisted", 0x12345678, "", DriveType::Unknown);
    row("zero", 0, "", DriveType::Unknown);
}

void TestPosixVolumes::fileSystemMagic()
{
    QFETCH(quint32, magic);
    QFETCH(QString, fileSystem);
    QFETCH(DriveType, driveType);
    QCOMPARE(PosixStatfsVolume::fileSystemName(magic), fileSystem);
    QCOMPARE(PosixStatfsVolume::driveType(magic), driveType);
}

void TestPosixVolumes::mountCovers_data()
{
    QTest::addColumn<QString>("mountRoot");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("covers");
    QTest::newRow("root covers all") << QStringLiteral("/") << QStringLiteral("/tmp/x") << true;
    QTest::newRow("root itself") << QStringLiteral("/") << QStringLiteral("/") << true;
    QTest::newRow("the mount point") << QStringLiteral("/proc") << QStringLiteral("/proc") << true;
    QTest::newRow("below it") << QStringLiteral("/dev") << QStringLiteral("/dev/shm") << true;
    QTest::newRow("same prefix, other folder") << QStringLiteral("/home") << QStringLiteral("/homework") << false;
    QTest::newRow("other mount") << QStringLiteral("/proc") << QStringLiteral("/tmp") << false;
    QTest::newRow("no mount (chroot)") << QString() << QStringLiteral("/tmp") << false;
    QTest::newRow("vanished path") << QStringLiteral("/") << QString() << false;
}

void TestPosixVolumes::mountCovers()
{
    QFETCH(QString, mountRoot);
    QFETCH(QString, path);
    QFETCH(bool, covers);
    QCOMPARE(PosixStatfsVolume::covers(mountRoot, path), covers);
}

void TestPosixVolumes::windowsOnlyProbes()
{
    const PosixSystem system;
    const auto known = system.files().knownFolder(KnownFolder::System32);
    const auto version = system.files().fileVersion(QStringLiteral("/bin/sh"));
    const auto stop = system.services().stopService(QStringLiteral("obengine"));
    const auto write =
            system.registry().writeRegistryString(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\X"),
                                                  QStringLiteral("V"), QStringLiteral("D"), RegistryView::Native64);
    const QList<std::pair<ProbeStatus, QString>> answers{{known.status, known.reason},
                                                         {version.status, version.reason},
                                                         {stop.status, stop.reason},
                                                         {write.status, write.reason}};
    for (const auto& [status, reason] : answers) {
        QCOMPARE(status, ProbeStatus::NotApplicable);
        QVERIFY2(reason.startsWith(QLatin1String("Linux has no ")), qPrintable(reason));
        QVERIFY2(reason.endsWith(QLatin1Char('.')), qPrintable(reason));
    }
    QVERIFY(known.reason.contains(QLatin1String("system32")));
}

QTEST_GUILESS_MAIN(TestPosixVolumes)
#include "TestPosixVolumes.moc"
