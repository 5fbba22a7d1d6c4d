// SPDX-License-Identifier: MIT
#pragma once
// An independent ZIP reader for tests (TestZipWriter, TestSupportBundle), written from the format:
// the end record, the central directory, each local header; raw deflate inflated through
// qUncompress, which wants a zlib header and the content's Adler-32: so a deflated entry is
// compared against the content it should have (contentOf's `expected`).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

namespace mars::ziptest {

inline quint16 get16(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
inline quint32 get32(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

inline quint32 adler32(const QByteArray& data)
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
inline QByteArray contentOf(const ReadEntry& e, const QByteArray& expected)
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
inline QList<ReadEntry> readZip(const QByteArray& zip)
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
} // namespace mars::ziptest
