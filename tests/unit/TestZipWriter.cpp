// SPDX-License-Identifier: MIT
// The support bundle's zip writer: CRC-32 against the standard check value, and archives read
// back by an independent reader (tests/support/ZipReading.h, written from the format (local headers, central directory,
// end record, raw deflate inflated through zlib): names, sizes, CRCs and contents round-trip,
// stored and deflated, empty and binary files, UTF-8 names.)
#include "ZipReading.h"
#include "report/ZipWriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace mars;
using namespace mars::ziptest;

class TestZipWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crcCheckValue();
    void roundTrip();
};

void TestZipWriter::crcCheckValue()
{
    QCOMPARE(ZipWriter::crc32(QByteArrayLiteral("123456789")), 0xCBF43926u);
    QCOMPARE(ZipWriter::crc32(QByteArray()), 0u);
}

void TestZipWriter::roundTrip()
{
    QByteArray random(4096, '\0');
    QRandomGenerator generator(42);
    for (char& c : random)
        c = char(generator.bounded(256));
    const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("report.html"), QByteArray("<html>").repeated(500)}, // deflated
            {QStringLiteral("logs/mars-troubleshooter.log"), QByteArray("line\n").repeated(2000)},
            {QStringLiteral("random.bin"), random}, // stored: deflate would not be smaller
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("Übersicht.md"), QByteArray("# Ergebnis\n")},
    };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ZipWriter zip(&buffer);
    for (const auto& [name, data] : files)
        QVERIFY(zip.add(name, data, QDateTime(QDate(2026, 12, 6), QTime(21, 30, 10))));
    QVERIFY(zip.finish());

    const QList<ReadEntry> read = readZip(buffer.data());
    QCOMPARE(read.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(read.at(i).name, files.at(i).first);
        QCOMPARE(read.at(i).crc, ZipWriter::crc32(files.at(i).second));
        QCOMPARE(read.at(i).size, quint32(files.at(i).second.size()));
        QCOMPARE(contentOf(read.at(i), files.at(i).second), files.at(i).second);
    }
    QCOMPARE(read.at(0).method, quint16(8)); // repetitive text is deflated
    QCOMPARE(read.at(2).method, quint16(0)); // random bytes are stored
    QVERIFY(buffer.data().size() < 4096 + 6000);
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "TestZipWriter.moc"
