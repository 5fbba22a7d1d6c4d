// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace mars {

// A minimal ZIP writer for the support bundle (issue #15): each file deflated (zlib through
// qCompress, without its header and checksum) or stored when that is not smaller, with its
// CRC-32 and time; names in UTF-8. Qt's own zip writer is private API. No ZIP64: the bundle's
// files are bounded tails, far below 4 GiB. Any unzip, Explorer and Python's zipfile read it.
//
// \code
//   QSaveFile file(path); file.open(QIODevice::WriteOnly);
//   ZipWriter zip(&file);
//   zip.add(QStringLiteral("report.html"), html);
//   if (!zip.finish() || !file.commit()) ...
// \endcode
class ZipWriter
{
public:
    explicit ZipWriter(QIODevice* device);

    // False once a write failed (then finish() fails too).
    bool add(const QString& name, const QByteArray& data, const QDateTime& modified = QDateTime::currentDateTime());
    // Writes the central directory; the device holds a complete archive when it returns true.
    bool finish();

    static quint32 crc32(const QByteArray& data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint16 time = 0;
        quint16 date = 0;
        quint32 offset = 0;
    };
    static void putShared(QByteArray& out, const Entry& e);
    bool write(const QByteArray& bytes);

    QIODevice* m_device;
    QList<Entry> m_entries;
    quint32 m_offset = 0;
    bool m_ok = true;
};

} // namespace mars
