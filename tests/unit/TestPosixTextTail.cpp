// SPDX-License-Identifier: MIT
// PosixSystem::readTextTail on files this test writes: every encoding, a tail smaller than the
// file, a file still open for writing, and what it refuses (missing, unreadable, a folder, a
// FIFO, which must not block).
#include "system/PosixSystem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mars;

namespace {
QByteArray utf16le(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestPosixTextTail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tail_data();
    void tail();
    void fileStillBeingWritten();
    void refused_data();
    void refused();
};

void TestPosixTextTail::tail_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("expected");
    const QString log = QStringLiteral("MSI (s): Produkt: Microsoft Azure Recovery Services Agent – Größe\r\n");
    QTest::newRow("utf-16le with bom") << QByteArray("\xFF\xFE", 2) + utf16le(log) << qint64(1 << 20) << log;
    // 2 + 2n bytes; the last 21 start in the middle of a unit, which is dropped.
    QTest::newRow("utf-16le tail at an odd offset")
            << QByteArray("\xFF\xFE", 2) + utf16le(log) << qint64(21) << log.right(10);
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + log.toUtf8() << qint64(1 << 20) << log;
    QTest::newRow("utf-8 tail") << log.toUtf8() << qint64(10) << QString::fromUtf8(log.toUtf8().right(10));
    QTest::newRow("utf-8 tail splits ö") << QByteArray("ab\xC3\xB6\x63\x64") << qint64(3) << QStringLiteral("cd");
    QTest::newRow("latin-1") << QByteArray("Gr\xF6\xDF\x65") << qint64(100) << QStringLiteral("Größe");
    QTest::newRow("empty file") << QByteArray() << qint64(100) << QString();
    QTest::newRow("zero bytes asked") << log.toUtf8() << qint64(0) << QString();
    QTest::newRow("negative bytes asked") << log.toUtf8() << qint64(-5) << QString();
}

void TestPosixTextTail::tail()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("setup.log"));
    QVERIFY(writeBytes(path, content));
    const Probed<QString> read = PosixSystem().files().readTextTail(path, maxBytes);
    QVERIFY2(read.ok(), qPrintable(read.reason));
    QCOMPARE(read.value, expected);
}

void TestPosixTextTail::fileStillBeingWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("agent.log"));
    QFile writer(path);
    QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    QVERIFY(writer.write("first line\n") > 0);
    const PosixSystem system;
    Probed<QString> read = system.files().readTextTail(path, 1000);
    QVERIFY2(read.ok(), qPrintable(read.reason));
    QCOMPARE(read.value, QStringLiteral("first line\n"));
    QVERIFY(writer.write("second line\n") > 0);
    read = system.files().readTextTail(path, 12);
    QVERIFY2(read.ok(), qPrintable(read.reason));
    QCOMPARE(read.value, QStringLiteral("second line\n"));
}

void TestPosixTextTail::refused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<ProbeStatus>("expected");
    QTest::newRow("missing file") << QStringLiteral("missing") << ProbeStatus::NotFound;
    QTest::newRow("missing folder") << QStringLiteral("missing-folder") << ProbeStatus::NotFound;
    QTest::newRow("unreadable") << QStringLiteral("unreadable") << ProbeStatus::Denied;
    QTest::newRow("folder") << QStringLiteral("folder") << ProbeStatus::Failed;
    QTest::newRow("fifo") << QStringLiteral("fifo") << ProbeStatus::Failed; // and does not block
}

void TestPosixTextTail::refused()
{
    QFETCH(QString, setup);
    QFETCH(ProbeStatus, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("x.log"));
    if (setup == QLatin1String("missing-folder")) {
        path = dir.filePath(QStringLiteral("no/such/x.log"));
    } else if (setup == QLatin1String("unreadable")) {
        if (::geteuid() == 0)
            QSKIP("root reads every file: the Denied answer cannot be provoked.");
        QVERIFY(writeBytes(path, "secret"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0) == 0);
    } else if (setup == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("x.log")));
    } else if (setup == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    }
    const Probed<QString> read = PosixSystem().files().readTextTail(path, 100);
    QCOMPARE(read.status, expected);
    QVERIFY(read.value.isEmpty());
    QVERIFY2(read.reason.contains(path), qPrintable(read.reason));
}

QTEST_GUILESS_MAIN(TestPosixTextTail)
#include "TestPosixTextTail.moc"
