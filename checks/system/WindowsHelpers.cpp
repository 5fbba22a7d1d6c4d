// SPDX-License-Identifier: MIT
#include "WindowsHelpers.h"

#include <QDir>

#include <cwchar>
#include <vector>

namespace mars::win {

namespace {
constexpr DWORD kErrorElevationRequired = 740; // missing from MinGW-w64's winerror.h
} // namespace

ProbeStatus probeStatusFor(DWORD error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_INVALID_NAME: // a name that cannot exist does not exist
    case ERROR_BAD_NETPATH:
    case ERROR_BAD_NET_NAME:
    case ERROR_DIRECTORY: // "the directory name is invalid": a file where a folder was expected
    case ERROR_SERVICE_DOES_NOT_EXIST: return ProbeStatus::NotFound;
    case ERROR_ACCESS_DENIED:
    case ERROR_PRIVILEGE_NOT_HELD:
    case kErrorElevationRequired:
    case ERROR_WRITE_PROTECT: return ProbeStatus::Denied;
    default: return ProbeStatus::Failed;
    }
}

DeleteStatus deleteStatusFor(DWORD error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND: return DeleteStatus::Vanished;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_USER_MAPPED_FILE: return DeleteStatus::InUse;
    case ERROR_ACCESS_DENIED: // also a file whose deletion is already pending
    case ERROR_PRIVILEGE_NOT_HELD:
    case ERROR_WRITE_PROTECT: return DeleteStatus::Denied;
    case ERROR_CANT_ACCESS_FILE: // a reparse point the file system cannot open as a file
    case ERROR_NOT_A_REPARSE_POINT:
    case ERROR_DIRECTORY: return DeleteStatus::NotRegular;
    default: return DeleteStatus::Failed;
    }
}

QString errorText(DWORD error)
{
    wchar_t* buffer = nullptr;
    const DWORD length = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM
                                                  | FORMAT_MESSAGE_IGNORE_INSERTS,
                                          nullptr, error, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    QString text = length > 0 && buffer ? fromWide(buffer, int(length)).trimmed() : QString();
    if (buffer)
        ::LocalFree(buffer);
    if (text.isEmpty())
        return QStringLiteral("error %1").arg(error);
    return QStringLiteral("%1 (error %2)").arg(text).arg(error);
}

QString quoteArgument(const QString& argument)
{
    const bool plain = !argument.isEmpty() && !argument.contains(QLatin1Char(' '))
                       && !argument.contains(QLatin1Char('\t')) && !argument.contains(QLatin1Char('\n'))
                       && !argument.contains(QLatin1Char('\v')) && !argument.contains(QLatin1Char('"'));
    if (plain)
        return argument; // backslashes are literal unless a quote follows them
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"')) {
            // 2n backslashes + \" parse back as n backslashes and a literal quote.
            quoted += QString(backslashes * 2 + 1, QLatin1Char('\\')) + QLatin1Char('"');
        } else {
            quoted += QString(backslashes, QLatin1Char('\\')) + c;
        }
        backslashes = 0;
    }
    // Backslashes before the closing quote are doubled so the quote still closes the argument.
    quoted += QString(backslashes * 2, QLatin1Char('\\')) + QLatin1Char('"');
    return quoted;
}

QString commandLineArguments(const QStringList& arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString& argument : arguments)
        quoted.append(quoteArgument(argument));
    return quoted.join(QLatin1Char(' '));
}

namespace {
bool hasDevicePrefix(const QString& native)
{
    return native.startsWith(QLatin1String("\\\\?\\")) || native.startsWith(QLatin1String("\\\\.\\"));
}

bool isDriveAbsolute(const QString& native)
{
    return native.size() >= 3 && native.at(0).isLetter() && native.at(1) == QLatin1Char(':')
           && native.at(2) == QLatin1Char('\\');
}

bool isUnc(const QString& native)
{
    return native.size() > 2 && native.startsWith(QLatin1String("\\\\")) && native.at(2) != QLatin1Char('\\');
}

// \\?\ turns off Win32's own normalisation, so "." and ".." must be gone before it is added.
QString normalised(const QString& native)
{
    return QDir::toNativeSeparators(QDir::cleanPath(QDir::fromNativeSeparators(native)));
}

QString prefixed(const QString& clean)
{
    if (isUnc(clean))
        return QStringLiteral("\\\\?\\UNC\\") + clean.mid(2);
    return QStringLiteral("\\\\?\\") + clean;
}
} // namespace

QString longPath(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (hasDevicePrefix(native) || !(isDriveAbsolute(native) || isUnc(native)))
        return native;
    const QString clean = normalised(native);
    return clean.size() >= kLongPathThreshold ? prefixed(clean) : clean;
}

QString extendedPath(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (hasDevicePrefix(native) || !(isDriveAbsolute(native) || isUnc(native)))
        return native;
    return prefixed(normalised(native));
}

QString withoutLongPathPrefix(const QString& path)
{
    if (path.startsWith(QLatin1String("\\\\?\\UNC\\"), Qt::CaseInsensitive))
        return QStringLiteral("\\\\") + path.mid(8);
    if (path.startsWith(QLatin1String("\\\\?\\")))
        return path.mid(4);
    return path;
}

namespace {
// The part after "\\" (or "\\?\UNC\") of a UNC path; empty when it is none.
QString uncRemainder(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (native.startsWith(QLatin1String("\\\\?\\UNC\\"), Qt::CaseInsensitive))
        return native.mid(8);
    if (hasDevicePrefix(native) || !isUnc(native))
        return {};
    return native.mid(2);
}
} // namespace

bool isUncPath(const QString& path)
{
    return !uncRemainder(path).isEmpty();
}

QString uncShareRoot(const QString& path)
{
    const QStringList parts = uncRemainder(path).split(QLatin1Char('\\'));
    if (parts.size() < 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return {};
    return QStringLiteral("\\\\%1\\%2\\").arg(parts.at(0), parts.at(1));
}

bool isPlainFileName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || QStringView(u"\\/:*?\"<>|").contains(c))
            return false;
    }
    return true;
}

QString finalPathOf(HANDLE handle, DWORD* error)
{
    std::vector<wchar_t> buffer(MAX_PATH + 1);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const DWORD length = ::GetFinalPathNameByHandleW(handle, buffer.data(), DWORD(buffer.size()),
                                                         FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
        if (length == 0)
            break;
        if (length < buffer.size())
            return withoutLongPathPrefix(fromWide(buffer.data(), int(length)));
        buffer.resize(size_t(length) + 1); // too small: `length` is the size needed, with the NUL
    }
    if (error)
        *error = ::GetLastError() != ERROR_SUCCESS ? ::GetLastError() : DWORD(ERROR_INSUFFICIENT_BUFFER);
    return {};
}

QString fromWide(const wchar_t* text, qsizetype size)
{
    if (!text)
        return QString();
    if (size < 0)
        size = qsizetype(std::wcslen(text));
    static_assert(sizeof(wchar_t) == sizeof(QChar));
    return QString(reinterpret_cast<const QChar*>(text), size); // a copy, no decoding
}

QDateTime fileTimeToUtc(const FILETIME& time)
{
    const quint64 ticks = (quint64(time.dwHighDateTime) << 32) | time.dwLowDateTime;
    if (ticks == 0)
        return {};
    constexpr quint64 kUnixEpochTicks = 116444736000000000ULL; // 1970-01-01 in 100 ns since 1601
    const qint64 ms = (qint64(ticks) - qint64(kUnixEpochTicks)) / 10000;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

DriveType driveTypeFrom(UINT driveType)
{
    switch (driveType) {
    case DRIVE_FIXED: return DriveType::Fixed;
    case DRIVE_REMOVABLE: return DriveType::Removable;
    case DRIVE_REMOTE: return DriveType::Remote;
    case DRIVE_CDROM: return DriveType::CdRom;
    case DRIVE_RAMDISK: return DriveType::RamDisk;
    default: return DriveType::Unknown; // DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR
    }
}

FileAttributes fileAttributesFrom(DWORD raw)
{
    constexpr DWORD known = FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM
                            | FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_ARCHIVE | FILE_ATTRIBUTE_DEVICE
                            | FILE_ATTRIBUTE_SPARSE_FILE | FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_COMPRESSED
                            | FILE_ATTRIBUTE_ENCRYPTED;
    return FileAttributes::fromInt(uint(raw & known));
}

} // namespace mars::win
