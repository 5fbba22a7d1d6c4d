// SPDX-License-Identifier: MIT
// PosixSystem::changeAttributes acts on the object it looked at (issue #14): a second thread keeps
// swapping the target name between an ordinary file and a symbolic link to a read-only file
// elsewhere (renameat2 RENAME_EXCHANGE, atomic). With lstat + chmod by name, the victim gained
// write permission within a few thousand tries; through the O_PATH descriptor it never does.
// Also the plain refusals: a symbolic link and a FIFO are left alone.
#include "system/PosixSystem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace mars;

namespace {
QByteArray raw(const QString& path)
{
    return QFile::encodeName(path);
}

bool makeFile(const QString& path, mode_t mode)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write("x", 1) == 1 && ::chmod(raw(path).constData(), mode) == 0;
}

mode_t modeOf(const QString& path)
{
    struct stat st = {};
    return ::lstat(raw(path).constData(), &st) == 0 ? (st.st_mode & 07777) : mode_t(-1);
}
} // namespace

class TestPosixAttributeRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void swappedLinkIsNeverFollowed();
    void linkAndFifoRefused();
};

void TestPosixAttributeRace::swappedLinkIsNeverFollowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("outside")) && QDir(dir.path()).mkpath(QStringLiteral("work")));
    const QString victim = dir.filePath(QStringLiteral("outside/victim"));
    const QString target = dir.filePath(QStringLiteral("work/target")); // what the fix changes
    const QString other = dir.filePath(QStringLiteral("work/other")); // swapped with it
    QVERIFY(makeFile(victim, 0400));
    QVERIFY(makeFile(target, 0444));
    QVERIFY(::symlink(raw(victim).constData(), raw(other).constData()) == 0);

    std::atomic<bool> stop{false};
    std::atomic<long> swaps{0};
    std::thread swapper([&] {
        const QByteArray a = raw(target), b = raw(other);
        while (!stop.load(std::memory_order_relaxed)) {
            if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_EXCHANGE) != 0)
                return; // not supported here: swaps stays 0 and the test skips
            swaps.fetch_add(1, std::memory_order_relaxed);
        }
    });

    const PosixSystem system;
    // Clearing read-only adds the owner's write bit: on the victim that would be 0600.
    constexpr int kTries = 20'000;
    int changed = 0, refused = 0;
    mode_t victimMode = 0400;
    for (int i = 0; i < kTries && victimMode == 0400; ++i) {
        const Probed<FileAttributes> result =
                system.files().changeAttributes(target, {}, FileAttributes(FileAttribute::ReadOnly));
        result.ok() ? ++changed : ++refused;
        // Put the ordinary file back to read-only by the same call, so each try changes something.
        (void)system.files().changeAttributes(target, FileAttributes(FileAttribute::ReadOnly), {});
        victimMode = modeOf(victim);
    }
    stop = true;
    swapper.join();
    if (swaps.load() == 0)
        QSKIP("renameat2(RENAME_EXCHANGE) is not supported on this file system: the race cannot be staged.");
    qInfo("%ld swaps; %d changes went through, %d were refused (a link at that moment)", swaps.load(), changed,
          refused);
    QCOMPARE(victimMode, mode_t(0400));
    QVERIFY(changed > 0); // the test exercised the real path, not only refusals
}

void TestPosixAttributeRace::linkAndFifoRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString victim = dir.filePath(QStringLiteral("victim"));
    const QString link = dir.filePath(QStringLiteral("link"));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QVERIFY(makeFile(victim, 0400));
    QVERIFY(::symlink(raw(victim).constData(), raw(link).constData()) == 0);
    QVERIFY(::mkfifo(raw(fifo).constData(), 0400) == 0);
    const PosixSystem system;

    const Probed<FileAttributes> viaLink =
            system.files().changeAttributes(link, {}, FileAttributes(FileAttribute::ReadOnly));
    QVERIFY(!viaLink.ok());
    QVERIFY2(viaLink.reason.contains(QStringLiteral("symbolic link")), qPrintable(viaLink.reason));
    QCOMPARE(modeOf(victim), mode_t(0400));

    const Probed<FileAttributes> onFifo =
            system.files().changeAttributes(fifo, {}, FileAttributes(FileAttribute::ReadOnly));
    QVERIFY(!onFifo.ok());
    QVERIFY2(onFifo.reason.contains(QStringLiteral("not a file or a folder")), qPrintable(onFifo.reason));
    QCOMPARE(modeOf(fifo), mode_t(0400));

    const Probed<FileAttributes> onFile =
            system.files().changeAttributes(victim, {}, FileAttributes(FileAttribute::ReadOnly));
    QVERIFY2(onFile.ok(), qPrintable(onFile.reason));
    QCOMPARE(modeOf(victim), mode_t(0600));
}

QTEST_GUILESS_MAIN(TestPosixAttributeRace)
#include "TestPosixAttributeRace.moc"
