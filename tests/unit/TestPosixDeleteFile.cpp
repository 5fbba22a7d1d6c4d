// SPDX-License-Identifier: MIT
// PosixSystem::deleteRegularFile, the one call that deletes: what it deletes, what it refuses
// (folders, links, FIFOs, read-only and locked files, a folder swapped for a symlink); and the
// cleanup's run of deletions in one held folder (openFolderForDeletion).
#include "TempFolderTestSupport.h"
#include "system/PosixSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mars;
using namespace mars::test;

namespace {
// A file descriptor closed at scope exit, so a failed QVERIFY does not leak a lock.
struct ScopedFd
{
    int fd = -1;
    ~ScopedFd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
} // namespace

class TestPosixDeleteFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deleteRegularFile_data();
    void deleteRegularFile();
    void refusesAFolderSwappedForALink();
    void runDeletesInTheHeldFolder();
    void runRefusesEverythingWhenTheFolderIsALink();
};

void TestPosixDeleteFile::deleteRegularFile_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<DeleteStatus>("expected");
    QTest::addColumn<bool>("survives");
    QTest::newRow("plain file") << QStringLiteral("plain") << DeleteStatus::Deleted << false;
    QTest::newRow("open without a lock") << QStringLiteral("open") << DeleteStatus::Deleted << false;
    QTest::newRow("exclusive flock") << QStringLiteral("flock-ex") << DeleteStatus::InUse << true;
    QTest::newRow("shared flock") << QStringLiteral("flock-sh") << DeleteStatus::InUse << true;
    QTest::newRow("read-only") << QStringLiteral("readonly") << DeleteStatus::ReadOnly << true;
    QTest::newRow("folder") << QStringLiteral("folder") << DeleteStatus::NotRegular << true;
    QTest::newRow("link to a file") << QStringLiteral("link") << DeleteStatus::NotRegular << true;
    QTest::newRow("fifo") << QStringLiteral("fifo") << DeleteStatus::NotRegular << true; // and does not block
    QTest::newRow("missing") << QStringLiteral("missing") << DeleteStatus::Vanished << false;
}

void TestPosixDeleteFile::deleteRegularFile()
{
    QFETCH(QString, setup);
    QFETCH(DeleteStatus, expected);
    QFETCH(bool, survives);
    QTemporaryDir temp, outside;
    QVERIFY(temp.isValid() && outside.isValid());
    const QString name = QStringLiteral("victim.tmp");
    const QString path = QDir(temp.path()).filePath(name);
    const QString target = QDir(outside.path()).filePath(QStringLiteral("target"));
    writeFile(target);
    ScopedFd holder;
    if (setup == QLatin1String("folder")) {
        QVERIFY(QDir(temp.path()).mkdir(name));
    } else if (setup == QLatin1String("link")) {
        QVERIFY(QFile::link(target, path));
    } else if (setup == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (setup != QLatin1String("missing")) {
        writeFile(path);
    }
    if (setup == QLatin1String("readonly"))
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    if (setup == QLatin1String("open") || setup.startsWith(QLatin1String("flock"))) {
        holder.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(holder.fd >= 0);
    }
    if (setup == QLatin1String("flock-ex"))
        QCOMPARE(::flock(holder.fd, LOCK_EX), 0);
    if (setup == QLatin1String("flock-sh"))
        QCOMPARE(::flock(holder.fd, LOCK_SH), 0);

    const PosixSystem system(temp.path());
    QCOMPARE(system.files().deleteRegularFile(temp.path(), name), expected);
    struct stat st
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st) == 0, survives);
    QVERIFY(QFile::exists(target)); // a link's target is never touched
    // Names that would leave the folder are refused outright.
    QCOMPARE(system.files().deleteRegularFile(temp.path(), QStringLiteral("../x.tmp")), DeleteStatus::NotRegular);
    QCOMPARE(system.files().deleteRegularFile(temp.path(), QStringLiteral("..")), DeleteStatus::NotRegular);
    if (setup == QLatin1String("readonly"))
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

// If the previewed folder is replaced by a symlink (to somewhere else) before deleting, nothing
// behind the link is touched.
void TestPosixDeleteFile::refusesAFolderSwappedForALink()
{
    QTemporaryDir base, elsewhere;
    QVERIFY(base.isValid() && elsewhere.isValid());
    const QString folder = QDir(base.path()).filePath(QStringLiteral("temp"));
    QVERIFY(QDir().mkpath(folder));
    writeFile(QDir(folder).filePath(QStringLiteral("x.tmp")));
    writeFile(QDir(elsewhere.path()).filePath(QStringLiteral("x.tmp")));
    PosixSystem system(folder);
    const Probed<QString> listed = system.files().systemTempDir();
    QVERIFY(listed.ok());

    QVERIFY(QDir(base.path()).rename(QStringLiteral("temp"), QStringLiteral("temp.old")));
    QVERIFY(QFile::link(elsewhere.path(), folder)); // the same path now leads elsewhere
    QCOMPARE(system.files().deleteRegularFile(listed.value, QStringLiteral("x.tmp")), DeleteStatus::NotRegular);
    QVERIFY(QFile::exists(QDir(elsewhere.path()).filePath(QStringLiteral("x.tmp"))));

    // A parent folder swapped for a link is refused too.
    const QString parentLink = QDir(base.path()).filePath(QStringLiteral("parent-link"));
    QVERIFY(QFile::link(base.path(), parentLink));
    QCOMPARE(system.files().deleteRegularFile(QDir(parentLink).filePath(QStringLiteral("temp.old")),
                                              QStringLiteral("x.tmp")),
             DeleteStatus::NotRegular);
    QVERIFY(QFile::exists(QDir(base.path()).filePath(QStringLiteral("temp.old/x.tmp"))));
}

// A run opens the folder once: each file is deleted (or refused) as deleteRegularFile would, and
// when the folder's path is swapped for a link halfway, the run stays in the folder it checked.
void TestPosixDeleteFile::runDeletesInTheHeldFolder()
{
    QTemporaryDir base, elsewhere;
    QVERIFY(base.isValid() && elsewhere.isValid());
    const QString folder = QDir(base.path()).filePath(QStringLiteral("temp"));
    QVERIFY(QDir().mkpath(folder));
    for (const char* name : {"a.tmp", "b.tmp", "c.tmp", "ro.tmp"})
        writeFile(QDir(folder).filePath(QLatin1String(name)));
    writeFile(QDir(elsewhere.path()).filePath(QStringLiteral("c.tmp")));
    QVERIFY(QDir(folder).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::setPermissions(QDir(folder).filePath(QStringLiteral("ro.tmp")), QFile::ReadOwner));
    PosixSystem system(folder);
    const Probed<QString> listed = system.files().systemTempDir();
    QVERIFY(listed.ok());

    const std::unique_ptr<FolderDeletion> run = system.files().openFolderForDeletion(listed.value);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("a.tmp")), DeleteStatus::Deleted);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("a.tmp")), DeleteStatus::Vanished);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("ro.tmp")), DeleteStatus::ReadOnly);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("sub")), DeleteStatus::NotRegular);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("../temp/b.tmp")), DeleteStatus::NotRegular);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("..")), DeleteStatus::NotRegular);
    {
        ScopedFd locked{::open(QFile::encodeName(QDir(folder).filePath(QStringLiteral("b.tmp"))).constData(),
                               O_RDONLY | O_CLOEXEC)};
        QVERIFY(locked.fd >= 0);
        QCOMPARE(::flock(locked.fd, LOCK_EX | LOCK_NB), 0);
        QCOMPARE(run->deleteRegularFile(QStringLiteral("b.tmp")), DeleteStatus::InUse);
    }
    QCOMPARE(run->deleteRegularFile(QStringLiteral("b.tmp")), DeleteStatus::Deleted);

    // The folder's path now leads elsewhere: the run keeps deleting in the folder it opened.
    QVERIFY(QDir(base.path()).rename(QStringLiteral("temp"), QStringLiteral("temp.old")));
    QVERIFY(QFile::link(elsewhere.path(), folder));
    QCOMPARE(run->deleteRegularFile(QStringLiteral("c.tmp")), DeleteStatus::Deleted);
    QVERIFY(QFile::exists(QDir(elsewhere.path()).filePath(QStringLiteral("c.tmp"))));
    QVERIFY(!QFile::exists(QDir(base.path()).filePath(QStringLiteral("temp.old/c.tmp"))));
    QVERIFY(QFile::exists(QDir(base.path()).filePath(QStringLiteral("temp.old/ro.tmp"))));
    QVERIFY(QFile::setPermissions(QDir(base.path()).filePath(QStringLiteral("temp.old/ro.tmp")),
                                  QFile::ReadOwner | QFile::WriteOwner));
}

// A run on a folder that is not the one listed (a link in its place, or missing) touches nothing
// and says so for every file.
void TestPosixDeleteFile::runRefusesEverythingWhenTheFolderIsALink()
{
    QTemporaryDir base, elsewhere;
    QVERIFY(base.isValid() && elsewhere.isValid());
    writeFile(QDir(elsewhere.path()).filePath(QStringLiteral("x.tmp")));
    const QString link = QDir(base.path()).filePath(QStringLiteral("temp"));
    QVERIFY(QFile::link(elsewhere.path(), link));
    PosixSystem system;
    const std::unique_ptr<FolderDeletion> run = system.files().openFolderForDeletion(link);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("x.tmp")), DeleteStatus::NotRegular);
    QCOMPARE(run->deleteRegularFile(QStringLiteral("y.tmp")), DeleteStatus::NotRegular);
    QVERIFY(QFile::exists(QDir(elsewhere.path()).filePath(QStringLiteral("x.tmp"))));

    // Through a parent that is a link: the path is not canonical, so it is not the listed folder.
    const QString parentLink = QDir(base.path()).filePath(QStringLiteral("up"));
    QVERIFY(QFile::link(QFileInfo(elsewhere.path()).absolutePath(), parentLink));
    const QString viaLink = QDir(parentLink).filePath(QFileInfo(elsewhere.path()).fileName());
    QCOMPARE(system.files().openFolderForDeletion(viaLink)->deleteRegularFile(QStringLiteral("x.tmp")),
             DeleteStatus::NotRegular);
    QVERIFY(QFile::exists(QDir(elsewhere.path()).filePath(QStringLiteral("x.tmp"))));

    QCOMPARE(system.files()
                     .openFolderForDeletion(QDir(base.path()).filePath(QStringLiteral("missing")))
                     ->deleteRegularFile(QStringLiteral("x.tmp")),
             DeleteStatus::Vanished);
}

QTEST_GUILESS_MAIN(TestPosixDeleteFile)
#include "TestPosixDeleteFile.moc"
