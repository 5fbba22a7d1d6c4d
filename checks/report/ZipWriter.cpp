// SPDX-License-Identifier: MIT
#include "ZipWriter.h"

#include <QIODevice>
#include <QtEndian>

#include <array>
#include <tuple>
#include <utility>

namespace mars {

namespace {
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kUtf8Names = 1 << 11; // general purpose flag bit 11
constexpr quint16 kVersion = 20; // 2.0: deflate

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// MS-DOS time and date, as the ZIP format keeps them (local time, 2-second steps, from 1980).
std::pair<quint16, quint16> dosTime(const QDateTime& when)
{
    const QDateTime local = when.toLocalTime();
    const QDate d = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime t = local.date().year() < 1980 ? QTime(0, 0) : local.time();
    return {quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2)),
            quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day())};
}
} // namespace

ZipWriter::ZipWriter(QIODevice* device)
    : m_device(device)
{
}

quint32 ZipWriter::crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// From "version needed" to the name's length: the same in a local header and in the directory.
void ZipWriter::putShared(QByteArray& out, const Entry& e)
{
    put16(out, kVersion);
    put16(out, kUtf8Names);
    put16(out, e.method);
    put16(out, e.time);
    put16(out, e.date);
    put32(out, e.crc);
    put32(out, e.compressedSize);
    put32(out, e.size);
    put16(out, quint16(e.name.size()));
}

bool ZipWriter::write(const QByteArray& bytes)
{
    if (m_ok && m_device->write(bytes) != bytes.size())
        m_ok = false;
    m_offset += quint32(bytes.size());
    return m_ok;
}

bool ZipWriter::add(const QString& name, const QByteArray& data, const QDateTime& modified)
{
    if (!m_ok)
        return false;
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    // qCompress: a 4-byte big-endian length, then a zlib stream (2-byte header, raw deflate,
    // 4-byte Adler-32); ZIP wants the raw deflate only.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflated = zlib.size() > 10 ? zlib.mid(6, zlib.size() - 10) : QByteArray();
    const bool deflate = !deflated.isEmpty() && deflated.size() < data.size();
    e.method = deflate ? kDeflated : kStored;
    e.compressedSize = quint32(deflate ? deflated.size() : data.size());
    std::tie(e.time, e.date) = dosTime(modified);
    e.offset = m_offset;

    QByteArray header;
    put32(header, 0x04034b50u); // local file header
    putShared(header, e);
    put16(header, 0); // no extra field
    header += e.name;
    m_entries.append(e);
    return write(header) && write(deflate ? deflated : data);
}

bool ZipWriter::finish()
{
    const quint32 start = m_offset;
    QByteArray directory;
    for (const Entry& e : std::as_const(m_entries)) {
        put32(directory, 0x02014b50u); // central directory header
        put16(directory, kVersion); // made by
        putShared(directory, e);
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, e.offset);
        directory += e.name;
    }
    QByteArray end;
    put32(end, 0x06054b50u); // end of central directory
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, start);
    put16(end, 0); // comment
    return write(directory) && write(end);
}

} // namespace mars
