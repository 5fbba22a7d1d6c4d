// SPDX-License-Identifier: MIT
// LocalFileRead on Windows: the drive must be a local one (GetDriveTypeW: not DRIVE_REMOTE), the
// name must not be a link (a symbolic link could lead to a share: the elevated tool would
// authenticate to it; the final path of the opened handle is checked too), the opened handle must be a disk file
// (GetFileType: not a pipe or a console) that is not a folder, and its final path must still be local. Reads in chunks
// against a deadline. UNC, \\.\ and \\?\ spellings are refused before this (LocalFile.cpp).
#include "LocalFile.h"
#include "WindowsHandles.h"
#include "WindowsHelpers.h"

#include <QDeadlineTimer>
#include <QDir>

#include <windows.h>

namespace mars {

namespace {
LocalFileRead::Status statusForError(DWORD error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_BAD_NETPATH: return LocalFileRead::Status::Missing;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION: return LocalFileRead::Status::Denied;
    default: return LocalFileRead::Status::Failed;
    }
}
} // namespace

LocalFileRead::Result LocalFileRead::readNative(const QString& absolutePath, qint64 maxBytes, qint64 deadline_ms,
                                                Span span)
{
    const QDeadlineTimer deadline(deadline_ms);
    const QString shown = QDir::toNativeSeparators(absolutePath);
    Result result;
    const auto fail = [&result](Status status, const QString& problem) {
        result.status = status;
        result.problem = problem;
        result.bytes.clear();
        return result;
    };
    const auto failError = [&](DWORD error) {
        const Status status = statusForError(error);
        if (status == Status::Missing)
            return fail(status, tr("There is no file at %1.").arg(shown));
        return fail(status, tr("%1 cannot be read: %2").arg(shown, win::errorText(error)));
    };
    const auto refuseRemote = [&]() {
        return fail(Status::NotLocal, tr("%1 is on a network drive; copy the file to a local folder and name it "
                                         "there.")
                                              .arg(shown));
    };

    // "C:\..." after QFileInfo::absoluteFilePath: the drive root is its first three characters.
    if (absolutePath.size() < 3 || absolutePath.at(1) != QLatin1Char(':'))
        return refuseRemote();
    const QString root = shown.left(2) + QLatin1Char('\\');
    const UINT driveType = ::GetDriveTypeW(win::wide(root).c_str());
    if (driveType == DRIVE_REMOTE)
        return refuseRemote();
    if (driveType == DRIVE_NO_ROOT_DIR)
        return fail(Status::Missing, tr("There is no drive %1 on this machine.").arg(root));

    if (shown.contains(QLatin1Char('*')) || shown.contains(QLatin1Char('?')))
        return fail(Status::Missing, tr("There is no file at %1.").arg(shown)); // wildcards name no file
    const std::wstring name = win::wide(win::extendedPath(shown));
    // FindFirstFileW, not GetFileAttributesW: it also gives the reparse tag. A symbolic link or
    // junction is refused (it could lead to a share); other reparse points (OneDrive placeholders,
    // deduplicated files) are ordinary files to read.
    WIN32_FIND_DATAW found = {};
    {
        const win::FindHandle find(::FindFirstFileW(name.c_str(), &found));
        if (!find)
            return failError(::GetLastError());
    }
    if (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        return fail(Status::Folder, tr("%1 is a folder, not a file.").arg(shown));
    const bool link =
            (found.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
            && (found.dwReserved0 == IO_REPARSE_TAG_SYMLINK || found.dwReserved0 == IO_REPARSE_TAG_MOUNT_POINT);
    if (link || (found.dwFileAttributes & FILE_ATTRIBUTE_DEVICE))
        return fail(Status::NotRegular,
                    tr("%1 is a link or a device, not an ordinary file; name the file itself.").arg(shown));

    win::UniqueHandle file(::CreateFileW(name.c_str(), GENERIC_READ,
                                         FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                         FILE_FLAG_SEQUENTIAL_SCAN, nullptr));
    if (!file)
        return failError(::GetLastError());
    if (::GetFileType(file.get()) != FILE_TYPE_DISK)
        return fail(Status::NotRegular, tr("%1 is a device or pipe, not an ordinary file.").arg(shown));
    BY_HANDLE_FILE_INFORMATION info = {};
    if (!::GetFileInformationByHandle(file.get(), &info))
        return failError(::GetLastError());
    if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        return fail(Status::Changed, tr("%1 was replaced while it was being opened; it was not read.").arg(shown));
    // A folder on the way may have been a link to a share: the handle says where it really is.
    const QString finalPath = win::finalPathOf(file.get());
    if (finalPath.isEmpty() || win::isUncPath(finalPath))
        return refuseRemote();
    result.size = (qint64(info.nFileSizeHigh) << 32) | qint64(info.nFileSizeLow);
    if (span == Span::Whole && result.size > maxBytes)
        return fail(Status::TooLarge, tooLargeSentence(shown, maxBytes, result.size));
    LARGE_INTEGER from = {};
    from.QuadPart = result.size - maxBytes;
    if (span == Span::Tail && result.size > maxBytes && !::SetFilePointerEx(file.get(), from, nullptr, FILE_BEGIN))
        return failError(::GetLastError());

    QByteArray bytes;
    bytes.reserve(qsizetype(qMin<qint64>(result.size, maxBytes)));
    char chunk[64 * 1024];
    for (;;) {
        if (deadline.hasExpired())
            return fail(Status::TimedOut,
                        tr("%1 could not be read within %2 seconds.").arg(shown).arg(deadline_ms / 1000));
        DWORD got = 0;
        if (!::ReadFile(file.get(), chunk, DWORD(sizeof chunk), &got, nullptr))
            return failError(::GetLastError());
        if (got == 0)
            break;
        bytes.append(chunk, qsizetype(got));
        if (bytes.size() > maxBytes && span == Span::Tail) { // grew while being read: the tail asked for
            bytes.truncate(maxBytes);
            break;
        }
        if (bytes.size() > maxBytes) // grew while being read
            return fail(Status::TooLarge, tooLargeSentence(shown, maxBytes, bytes.size()));
    }
    result.status = Status::Ok;
    if (span == Span::Whole)
        result.size = bytes.size();
    result.bytes = std::move(bytes);
    return result;
}

} // namespace mars
