// SPDX-License-Identifier: MIT
// PosixSystem::deleteRegularFile, the one call that deletes: what it deletes, what it refuses
// (folders, links, FIFOs, read-only and locked files, a folder swapped for a symlink).
#include "TempFolderTestSupport.h"
#include "system/PosixSystem.h"

#include <QDir>
#include <QFile>
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

QTEST_GUILESS_MAIN(TestPosixDeleteFile)
#include "TestPosixDeleteFile.moc"
