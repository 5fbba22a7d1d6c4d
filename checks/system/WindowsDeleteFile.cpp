// SPDX-License-Identifier: MIT
// WindowsFiles::deleteRegularFile: the one call that deletes (F1's cleanup), by handle.
//
// What it guarantees, and how:
//  - Only a plain name directly inside `dir`: separators, "..", stream colons and wildcards
//    are refused before anything is opened.
//  - The folder is the one asked for. `dir` must be the canonical path systemTempDir() gives.
//    The folder is opened without following a link (a junction in its place is refused) and
//    with a data right but no FILE_SHARE_DELETE, so while we hold it nobody can rename it or
//    put a junction in its place. Its final path (GetFinalPathNameByHandleW, which resolves
//    every link on the way) must equal `dir`: a junction swapped in higher up shows as a
//    different path and nothing is touched.
//  - The file is opened with FILE_FLAG_OPEN_REPARSE_POINT, so a symlink or junction is opened
//    as itself and refused, never followed; then its attributes are read from the handle:
//    folders and reparse points are refused, read-only files left alone. Its own final path
//    must be `dir\name`.
//  - In use: the file is opened asking for DELETE and sharing nothing. A process that holds it
//    open without FILE_SHARE_DELETE (most programs) makes this fail with a sharing violation,
//    and so does one that holds it open for reading or writing at all: a temp file somebody is
//    using right now is left for the next run even if its owner would allow the deletion.
//    A file mapped into memory (a loaded DLL) opens, but refuses the deletion: in use too.
//  - The deletion is a delete disposition on that same handle, done when the handle closes
//    (we are its only user), so the name is never looked up a second time.
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <QDir>

#include <windows.h>

#include <string>

namespace mars {

using namespace win;

namespace {
std::wstring extended(const QString& path)
{
    return extendedPath(path).toStdWString();
}

// The path joined the way Windows writes it ("C:\" + "a.tmp" has one backslash).
QString childPath(const QString& folder, const QString& name)
{
    return folder.endsWith(QLatin1Char('\\')) ? QString(folder + name) : QString(folder + QLatin1Char('\\') + name);
}

// After "access denied" on opening `path` as a file: tell a folder, a link or a read-only
// file (refused for what they are) from a lack of rights. Only picks the answer; never
// leads to a deletion.
DeleteStatus classifyDenied(const QString& path)
{
    const DWORD attributes = ::GetFileAttributesW(extended(path).c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES) {
        if (attributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT))
            return DeleteStatus::NotRegular;
        if (attributes & FILE_ATTRIBUTE_READONLY)
            return DeleteStatus::ReadOnly;
    }
    return DeleteStatus::Denied;
}
} // namespace

DeleteStatus WindowsFiles::deleteRegularFile(const QString& dir, const QString& name) const
{
    if (!isPlainFileName(name))
        return DeleteStatus::NotRegular;
    const QString wantedDir = QDir::toNativeSeparators(QDir::cleanPath(QDir::fromNativeSeparators(dir)));

    const UniqueHandle folder(::CreateFileW(extended(wantedDir).c_str(),
                                            FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE,
                                            FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                                            FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!folder) {
        const DWORD error = ::GetLastError();
        // A sharing violation here is about the folder (being renamed or deleted), not the file.
        return error == ERROR_SHARING_VIOLATION ? DeleteStatus::Failed : deleteStatusFor(error);
    }
    FILE_ATTRIBUTE_TAG_INFO folderInfo{};
    if (!::GetFileInformationByHandleEx(folder.get(), FileAttributeTagInfo, &folderInfo, sizeof folderInfo))
        return DeleteStatus::Failed;
    if (!(folderInfo.FileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        || (folderInfo.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT))
        return DeleteStatus::NotRegular; // the folder itself was replaced by a link or a file
    const QString folderPath = finalPathOf(folder.get());
    if (folderPath.isEmpty())
        return DeleteStatus::Failed;
    if (folderPath.compare(wantedDir, Qt::CaseInsensitive) != 0)
        return DeleteStatus::NotRegular; // reached through a link: not the folder that was listed

    const QString filePath = childPath(folderPath, name);
    // No FILE_FLAG_BACKUP_SEMANTICS: it is not needed for files, and with it an administrator
    // holding the backup/restore privileges could get past the file's permissions.
    const UniqueHandle file(::CreateFileW(extended(filePath).c_str(), DELETE | FILE_READ_ATTRIBUTES | SYNCHRONIZE, 0,
                                          nullptr, OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!file) {
        const DWORD error = ::GetLastError();
        return error == ERROR_ACCESS_DENIED ? classifyDenied(filePath) : deleteStatusFor(error);
    }
    FILE_ATTRIBUTE_TAG_INFO info{};
    if (!::GetFileInformationByHandleEx(file.get(), FileAttributeTagInfo, &info, sizeof info))
        return DeleteStatus::Failed;
    if (info.FileAttributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DEVICE))
        return DeleteStatus::NotRegular;
    if (info.FileAttributes & FILE_ATTRIBUTE_READONLY)
        return DeleteStatus::ReadOnly;
    const QString opened = finalPathOf(file.get());
    if (opened.isEmpty())
        return DeleteStatus::Failed;
    if (opened.compare(filePath, Qt::CaseInsensitive) != 0)
        return DeleteStatus::NotRegular;

    FILE_DISPOSITION_INFO disposition{TRUE};
    if (!::SetFileInformationByHandle(file.get(), FileDispositionInfo, &disposition, sizeof disposition)) {
        const DWORD error = ::GetLastError();
        // The handle holds DELETE, so "access denied" here is STATUS_CANNOT_DELETE: the file is
        // mapped (a loaded .tmp DLL, a memory-mapped data file) or became read-only meanwhile.
        if (error == ERROR_ACCESS_DENIED)
            return ::GetFileInformationByHandleEx(file.get(), FileAttributeTagInfo, &info, sizeof info)
                                   && (info.FileAttributes & FILE_ATTRIBUTE_READONLY)
                           ? DeleteStatus::ReadOnly
                           : DeleteStatus::InUse;
        return deleteStatusFor(error);
    }
    return DeleteStatus::Deleted; // removed when `file` closes, at the end of this scope
}

} // namespace mars
