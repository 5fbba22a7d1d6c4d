// SPDX-License-Identifier: MIT
#include "LocalFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mars {

bool LocalFileRead::isWindowsNonLocalSpelling(const QString& path)
{
    const QString p = QString(path).replace(QLatin1Char('/'), QLatin1Char('\\'));
    // \\server\share, \\.\device, \\?\anything and the NT \??\ prefix all start like this;
    // none is a plain drive-letter path on this machine's disks.
    return p.startsWith(QLatin1String("\\\\")) || p.startsWith(QLatin1String("\\??\\"));
}

namespace {
QString bytesText(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= kMiB)
        return LocalFileRead::tr("%1 MB").arg(QString::number(double(bytes) / double(kMiB), 'f', bytes % kMiB ? 1 : 0));
    if (bytes >= 1024)
        return LocalFileRead::tr("%1 KB").arg((bytes + 1023) / 1024);
    return LocalFileRead::tr("%1 bytes").arg(bytes);
}
} // namespace

QString LocalFileRead::tooLargeSentence(const QString& shownPath, qint64 maxBytes, qint64 size)
{
    if (size > maxBytes)
        return tr("%1 is larger than %2 (it has %3), which is more than a file of this kind ever needs.")
                .arg(shownPath, bytesText(maxBytes), bytesText(size));
    return tr("%1 is larger than %2, which is more than a file of this kind ever needs.")
            .arg(shownPath, bytesText(maxBytes));
}

LocalFileRead::Result LocalFileRead::read(const QString& path, qint64 maxBytes, qint64 deadline_ms)
{
    return readChecked(path, maxBytes, deadline_ms, Span::Whole);
}

LocalFileRead::Result LocalFileRead::readTail(const QString& path, qint64 maxBytes, qint64 deadline_ms)
{
    return readChecked(path, maxBytes, deadline_ms, Span::Tail);
}

LocalFileRead::Result LocalFileRead::readChecked(const QString& path, qint64 maxBytes, qint64 deadline_ms, Span span)
{
    if (path.startsWith(QLatin1Char(':')))
        return readResource(path, maxBytes, span);
    const QString native = QDir::toNativeSeparators(path);
#ifdef Q_OS_WIN
    if (isWindowsNonLocalSpelling(path)) {
        Result refused;
        refused.status = Status::NotLocal;
        refused.problem =
                tr("%1 is a network or device path; copy the file to a local folder and name it there.").arg(native);
        return refused;
    }
#endif
    if (path.trimmed().isEmpty()) {
        Result refused;
        refused.status = Status::Missing;
        refused.problem = tr("No file was named.");
        return refused;
    }
    return readNative(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), maxBytes, deadline_ms, span);
}

LocalFileRead::Result LocalFileRead::readResource(const QString& path, qint64 maxBytes, Span span)
{
    // Compiled into the program: no device, no network, no wait.
    Result result;
    QFile file(path);
    if (!file.exists()) {
        result.status = Status::Missing;
        result.problem = tr("%1 does not exist.").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = tr("%1 cannot be opened: %2").arg(path, file.errorString());
        return result;
    }
    result.size = file.size();
    if (span == Span::Tail && result.size > maxBytes)
        file.seek(result.size - maxBytes);
    else if (result.size > maxBytes) {
        result.status = Status::TooLarge;
        result.problem = tooLargeSentence(path, maxBytes, result.size);
        return result;
    }
    result.bytes = file.read(span == Span::Tail ? maxBytes : maxBytes + 1);
    result.status = Status::Ok;
    return result;
}

} // namespace mars
