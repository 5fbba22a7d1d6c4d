// SPDX-License-Identifier: MIT
// The support bundle's zip writer: CRC-32 against the standard check value, and archives read
// back by an independent reader written here from the format (local headers, central directory,
// end record, raw deflate inflated through zlib): names, sizes, CRCs and contents round-trip,
// stored and deflated, empty and binary files, UTF-8 names.
#include "report/ZipWriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace mars;

namespace {
quint16 get16(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 get32(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint32 adler32(const QByteArray& data)
{
    quint32 a = 1, b = 0;
    for (const char c : data) {
        a = (a + quint8(c)) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

struct ReadEntry
{
    QString name;
    QByteArray raw; // as stored in the archive
    quint32 size = 0;
    quint16 method = 0;
    quint32 crc = 0;
};

// An entry's content: stored as is, or raw deflate inflated by zlib (qUncompress wants a length,
// a zlib header, the stream and its Adler-32, which must match `expected`: zlib checks it).
QByteArray contentOf(const ReadEntry& e, const QByteArray& expected)
{
    if (e.method == 0)
        return e.raw;
    QByteArray zlib(4, '\0');
    qToBigEndian(e.size, zlib.data());
    zlib += QByteArray::fromHex("78da") + e.raw;
    QByteArray check(4, '\0');
    qToBigEndian(adler32(expected), check.data());
    return qUncompress(zlib + check);
}

// Reads every entry through the central directory, as unzip does; empty list on any error.
QList<ReadEntry> readZip(const QByteArray& zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArray::fromHex("504b0506"));
    if (end < 0 || end + 22 > zip.size())
        return {};
    const quint16 count = get16(zip, end + 10);
    qsizetype at = get32(zip, end + 16);
    QList<ReadEntry> out;
    for (int i = 0; i < count; ++i) {
        if (get32(zip, at) != 0x02014b50u)
            return {};
        ReadEntry e;
        e.method = get16(zip, at + 10);
        e.crc = get32(zip, at + 16);
        const quint32 compressed = get32(zip, at + 20);
        const quint32 size = get32(zip, at + 24);
        const quint16 nameLength = get16(zip, at + 28);
        const quint16 extra = get16(zip, at + 30);
        const quint16 comment = get16(zip, at + 32);
        const quint32 offset = get32(zip, at + 42);
        e.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extra + comment;
        if (get32(zip, offset) != 0x04034b50u)
            return {};
        const qsizetype dataAt = offset + 30 + get16(zip, offset + 26) + get16(zip, offset + 28);
        e.raw = zip.mid(dataAt, compressed);
        e.size = size;
        out.append(e);
    }
    return out;
}
} // namespace

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
