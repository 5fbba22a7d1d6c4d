// SPDX-License-Identifier: MIT
// LocalFileRead (issue #14, "input files are bounded"): an ordinary file is read whole; a missing
// file, a folder, a FIFO and a device are refused with a sentence and without blocking; a file
// over the cap is refused with its size and not read; a built-in resource reads from memory; and
// the Windows spellings that leave the machine are recognised.
#include "system/LocalFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace mars;

class TestLocalFileRead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordinaryFile();
    void tooLarge();
    void tail();
    void missingAndFolder();
    void specialFiles_data();
    void specialFiles();
    void specialFilesForTail();
    void resource();
    void windowsSpelling_data();
    void windowsSpelling();

private:
    QTemporaryDir m_dir;
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

void TestLocalFileRead::ordinaryFile()
{
    const QByteArray bytes(200 * 1024 + 7, 'x'); // more than one 64 KB chunk
    const LocalFileRead::Result read = LocalFileRead::read(write("ok.json", bytes), bytes.size());
    QVERIFY2(read.ok(), qPrintable(read.problem));
    QCOMPARE(read.bytes, bytes);
    QCOMPARE(read.size, bytes.size());
    QVERIFY(read.problem.isEmpty());
}

void TestLocalFileRead::tooLarge()
{
    const QString path = write("big.json", QByteArray(2 * 1024 * 1024, 'x'));
    const LocalFileRead::Result read = LocalFileRead::read(path, 1024 * 1024);
    QCOMPARE(read.status, LocalFileRead::Status::TooLarge);
    QVERIFY(read.bytes.isEmpty());
    QCOMPARE(read.size, 2 * 1024 * 1024);
    QVERIFY2(read.problem.contains(QStringLiteral("larger than 1 MB (it has 2 MB)")), qPrintable(read.problem));
    QVERIFY2(read.problem.contains(QDir::toNativeSeparators(path)), qPrintable(read.problem));
}

void TestLocalFileRead::tail()
{
    // The support bundle's log tails: the last bytes of a file of any size, never TooLarge.
    QByteArray bytes;
    for (int i = 0; bytes.size() < 3 * 1024 * 1024; ++i)
        bytes += "line " + QByteArray::number(i) + "\n";
    const QString path = write("log.txt", bytes);
    const LocalFileRead::Result read = LocalFileRead::readTail(path, 1024 * 1024);
    QVERIFY2(read.ok(), qPrintable(read.problem));
    QCOMPARE(read.bytes, bytes.right(1024 * 1024));
    QCOMPARE(read.size, bytes.size()); // the whole file's size
    const LocalFileRead::Result small = LocalFileRead::readTail(write("small.txt", "abc"), 1024);
    QVERIFY(small.ok());
    QCOMPARE(small.bytes, QByteArray("abc"));
    QCOMPARE(small.size, 3);
    QCOMPARE(LocalFileRead::readTail(m_dir.filePath(QStringLiteral("nope.txt")), 10).status,
             LocalFileRead::Status::Missing);
    const LocalFileRead::Result resource =
            LocalFileRead::readTail(QStringLiteral(":/scenarios/healthy-server.json"), 10);
    QVERIFY(resource.ok());
    QCOMPARE(resource.bytes.size(), 10);
    QVERIFY(resource.size > 10);
}

void TestLocalFileRead::missingAndFolder()
{
    const LocalFileRead::Result missing = LocalFileRead::read(m_dir.filePath(QStringLiteral("nope.json")), 100);
    QCOMPARE(missing.status, LocalFileRead::Status::Missing);
    QVERIFY2(missing.problem.startsWith(QStringLiteral("There is no file at ")), qPrintable(missing.problem));
    const LocalFileRead::Result folder = LocalFileRead::read(m_dir.path(), 100);
    QCOMPARE(folder.status, LocalFileRead::Status::Folder);
    QVERIFY2(folder.problem.endsWith(QStringLiteral("is a folder, not a file.")), qPrintable(folder.problem));
    QCOMPARE(LocalFileRead::read(QString(), 100).status, LocalFileRead::Status::Missing);
}

void TestLocalFileRead::specialFiles_data()
{
    QTest::addColumn<QString>("path");
#ifdef Q_OS_UNIX
    // A FIFO with no writer: opening it for reading without O_NONBLOCK, or reading it, waits for
    // ever; the test would hang (and time out) if it were opened.
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    QTest::newRow("fifo") << fifo;
    QTest::newRow("endless device") << QStringLiteral("/dev/zero"); // read() never ends
    QTest::newRow("empty device") << QStringLiteral("/dev/null");
#endif
}

void TestLocalFileRead::specialFiles()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs and device nodes are POSIX; Windows device paths are refused by spelling (windowsSpelling).");
#endif
    QFETCH(QString, path);
    const LocalFileRead::Result read = LocalFileRead::read(path, 16 * 1024 * 1024);
    QCOMPARE(read.status, LocalFileRead::Status::NotRegular);
    QVERIFY(read.bytes.isEmpty());
    QVERIFY2(read.problem.contains(QStringLiteral("not an ordinary file")), qPrintable(read.problem));
}

void TestLocalFileRead::specialFilesForTail()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs and device nodes are POSIX.");
#else
    // A tail seeks: /dev/zero has no end to seek from, a FIFO no writer. Both are refused unopened.
    const QString fifo = m_dir.filePath(QStringLiteral("tail-pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& path : {fifo, QStringLiteral("/dev/zero")})
        QCOMPARE(LocalFileRead::readTail(path, 1024).status, LocalFileRead::Status::NotRegular);
#endif
}

void TestLocalFileRead::resource()
{
    const LocalFileRead::Result read = LocalFileRead::read(QStringLiteral(":/scenarios/healthy-server.json"), 1 << 24);
    QVERIFY2(read.ok(), qPrintable(read.problem));
    QVERIFY(read.bytes.contains("\"schema\""));
    QCOMPARE(LocalFileRead::read(QStringLiteral(":/scenarios/healthy-server.json"), 10).status,
             LocalFileRead::Status::TooLarge);
    QCOMPARE(LocalFileRead::read(QStringLiteral(":/scenarios/nope.json"), 10).status, LocalFileRead::Status::Missing);
}

void TestLocalFileRead::windowsSpelling_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("nonLocal");
    const auto row = [](const char* path, bool nonLocal) {
        QTest::newRow(path) << QString::fromUtf8(path) << nonLocal;
    };
    row(R"(\\server\share\s.json)", true);
    row("//server/share/s.json", true);
    row(R"(\\.\PhysicalDrive0)", true);
    row(R"(\\.\pipe\p)", true);
    row(R"(\\?\C:\s.json)", true);
    row(R"(\\?\UNC\server\share\s.json)", true);
    row(R"(\??\C:\s.json)", true);
    row(R"(/\server\share\s.json)", true);
    row(R"(C:\scenarios\s.json)", false);
    row("C:/scenarios/s.json", false);
    row(R"(scenarios\s.json)", false);
    row(R"(\scenarios\s.json)", false);
}

void TestLocalFileRead::windowsSpelling()
{
    QFETCH(QString, path);
    QFETCH(bool, nonLocal);
    QCOMPARE(LocalFileRead::isWindowsNonLocalSpelling(path), nonLocal);
#ifdef Q_OS_WIN
    if (nonLocal) {
        const LocalFileRead::Result read = LocalFileRead::read(path, 100);
        QCOMPARE(read.status, LocalFileRead::Status::NotLocal);
        QVERIFY2(read.problem.contains(QStringLiteral("network or device path")), qPrintable(read.problem));
    }
#endif
}

QTEST_GUILESS_MAIN(TestLocalFileRead)
#include "TestLocalFileRead.moc"
