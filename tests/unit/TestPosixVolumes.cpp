// SPDX-License-Identifier: MIT
// PosixSystem::volumeInfo against the real mounts of the Linux box (nearest existing parent,
// drive type from the file system), and the Windows-only probes of issue #4 that answer
// NotApplicable with a plain reason.
#include "system/PosixSystem.h"

#include <QDir>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;

class TestPosixVolumes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootVolume();
    void missingPathUsesNearestExistingParent();
    void driveTypes_data();
    void driveTypes();
    void emptyPath();
    void windowsOnlyProbes();
};

void TestPosixVolumes::rootVolume()
{
    const PosixSystem system;
    const auto root = system.volumeInfo(QStringLiteral("/"));
    QVERIFY2(root.ok(), qPrintable(root.reason));
    QCOMPARE(root.value.root, QStringLiteral("/"));
    QCOMPARE(root.value.fileSystem, QString::fromUtf8(QStorageInfo::root().fileSystemType()));
    QVERIFY(!root.value.fileSystem.isEmpty());
    QVERIFY(!root.value.unc);
}

void TestPosixVolumes::missingPathUsesNearestExistingParent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const PosixSystem system;
    const auto existing = system.volumeInfo(dir.path());
    QVERIFY2(existing.ok(), qPrintable(existing.reason));
    QCOMPARE(existing.value.root, QStorageInfo(dir.path()).rootPath());
    // Not created yet, several levels deep: the folder that does exist decides.
    const auto missing = system.volumeInfo(dir.filePath(QStringLiteral("not/yet/created")));
    QVERIFY2(missing.ok(), qPrintable(missing.reason));
    QCOMPARE(missing.value.root, existing.value.root);
    QCOMPARE(missing.value.fileSystem, existing.value.fileSystem);
    QCOMPARE(missing.value.driveType, existing.value.driveType);
    // A relative path is taken from the current folder.
    const auto relative = system.volumeInfo(QStringLiteral("no-such-folder/x"));
    QVERIFY(relative.ok());
    QCOMPARE(relative.value.root, QStorageInfo(QDir::currentPath()).rootPath());
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
    const auto answer = system.volumeInfo(path);
    QVERIFY2(answer.ok(), qPrintable(answer.reason));
    QCOMPARE(answer.value.root, storage.rootPath());
    QCOMPARE(answer.value.fileSystem, QString::fromUtf8(storage.fileSystemType()));
    QCOMPARE(answer.value.driveType, driveType);
}

void TestPosixVolumes::emptyPath()
{
    const PosixSystem system;
    const auto answer = system.volumeInfo(QString());
    QCOMPARE(answer.status, ProbeStatus::NotFound);
    QVERIFY(!answer.reason.isEmpty());
}

void TestPosixVolumes::windowsOnlyProbes()
{
    const PosixSystem system;
    const auto known = system.knownFolder(KnownFolder::System32);
    const auto version = system.fileVersion(QStringLiteral("/bin/sh"));
    const auto stop = system.stopService(QStringLiteral("obengine"));
    const auto write = system.writeRegistryString(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\X"),
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
