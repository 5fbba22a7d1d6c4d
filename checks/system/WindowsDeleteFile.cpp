// SPDX-License-Identifier: MIT
// WindowsFiles' deletions (F1's cleanup): a folder opened once, files deleted by handle,
// opened relative to it.
//
// What it guarantees, and how:
//  - Only a plain name directly inside `dir`: separators, "..", stream colons and wildcards
//    are refused before anything is opened.
//  - The folder is the one asked for. `dir` must be the canonical path systemTempDir() gives.
//    The folder is opened without following a link (a junction in its place is refused) and
//    with a data right but no FILE_SHARE_DELETE, so while we hold it nobody can rename it or
//    put a junction in its place. Its final path (GetFinalPathNameByHandleW, which resolves
//    every link on the way) must equal `dir`: a junction swapped in higher up shows as a
//    different path and nothing is touched. A run (FolderDeletion) holds that handle for all
//    its files, so the folder is checked once, not once a file.
//  - Each file is opened with NtCreateFile relative to the held folder handle (RootDirectory),
//    by its plain name: whatever happens to the path above, the file is a child of the folder
//    that was checked. FILE_OPEN_REPARSE_POINT opens a symlink or junction as itself, never
//    followed; FILE_NON_DIRECTORY_FILE refuses folders; then its attributes are read from the
//    handle: reparse points and devices are refused, read-only files left alone.
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
#include <winternl.h>

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

namespace {
// Opens `wantedDir` and checks it is that folder at its canonical path; Deleted means "opened".
DeleteStatus openFolder(const QString& wantedDir, UniqueHandle* out)
{
    UniqueHandle folder(::CreateFileW(extended(wantedDir).c_str(),
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
    *out = std::move(folder);
    return DeleteStatus::Deleted;
}

// What a failed NtCreateFile of a file inside the folder means.
DeleteStatus openFailure(NTSTATUS status, const QString& path)
{
    constexpr NTSTATUS kFileIsADirectory = NTSTATUS(0xC00000BAL); // STATUS_FILE_IS_A_DIRECTORY
    if (status == kFileIsADirectory)
        return DeleteStatus::NotRegular;
    const DWORD error = ::RtlNtStatusToDosError(status);
    return error == ERROR_ACCESS_DENIED ? classifyDenied(path) : deleteStatusFor(error);
}

class WindowsFolderDeletion final : public FolderDeletion
{
public:
    explicit WindowsFolderDeletion(const QString& dir)
        : m_path(QDir::toNativeSeparators(QDir::cleanPath(QDir::fromNativeSeparators(dir))))
    {
        m_opened = openFolder(m_path, &m_folder);
    }

    DeleteStatus deleteRegularFile(const QString& name) override
    {
        if (m_opened != DeleteStatus::Deleted)
            return m_opened;
        if (!isPlainFileName(name) || name.size() > 255)
            return DeleteStatus::NotRegular;
        UNICODE_STRING relative{};
        relative.Buffer = const_cast<PWSTR>(reinterpret_cast<PCWSTR>(name.utf16()));
        relative.Length = USHORT(name.size() * sizeof(wchar_t));
        relative.MaximumLength = relative.Length;
        OBJECT_ATTRIBUTES attributes{};
        InitializeObjectAttributes(&attributes, &relative, OBJ_CASE_INSENSITIVE, m_folder.get(), nullptr);
        IO_STATUS_BLOCK io{};
        HANDLE raw = nullptr;
        // No FILE_OPEN_FOR_BACKUP_INTENT: with it an administrator holding the backup/restore
        // privileges could get past the file's permissions. Share nothing: "in use" fails here.
        const NTSTATUS status = ::NtCreateFile(
                &raw, DELETE | FILE_READ_ATTRIBUTES | SYNCHRONIZE, &attributes, &io, nullptr, 0, 0, FILE_OPEN,
                FILE_OPEN_REPARSE_POINT | FILE_NON_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT, nullptr, 0);
        if (status < 0)
            return openFailure(status, childPath(m_path, name));
        const UniqueHandle file(raw);
        FILE_ATTRIBUTE_TAG_INFO info{};
        if (!::GetFileInformationByHandleEx(file.get(), FileAttributeTagInfo, &info, sizeof info))
            return DeleteStatus::Failed;
        if (info.FileAttributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DEVICE))
            return DeleteStatus::NotRegular;
        if (info.FileAttributes & FILE_ATTRIBUTE_READONLY)
            return DeleteStatus::ReadOnly;

        FILE_DISPOSITION_INFO disposition{TRUE};
        if (!::SetFileInformationByHandle(file.get(), FileDispositionInfo, &disposition, sizeof disposition)) {
            const DWORD error = ::GetLastError();
            // The handle holds DELETE, so "access denied" here is STATUS_CANNOT_DELETE: the file
            // is mapped (a loaded .tmp DLL, a memory-mapped data file) or became read-only meanwhile.
            if (error == ERROR_ACCESS_DENIED)
                return ::GetFileInformationByHandleEx(file.get(), FileAttributeTagInfo, &info, sizeof info)
                                       && (info.FileAttributes & FILE_ATTRIBUTE_READONLY)
                               ? DeleteStatus::ReadOnly
                               : DeleteStatus::InUse;
            return deleteStatusFor(error);
        }
        return DeleteStatus::Deleted; // removed when `file` closes, at the end of this scope
    }

private:
    const QString m_path;
    UniqueHandle m_folder;
    DeleteStatus m_opened = DeleteStatus::Failed;
};
} // namespace

std::unique_ptr<FolderDeletion> WindowsFiles::openFolderForDeletion(const QString& dir) const
{
    return std::make_unique<WindowsFolderDeletion>(dir);
}

DeleteStatus WindowsFiles::deleteRegularFile(const QString& dir, const QString& name) const
{
    if (!isPlainFileName(name))
        return DeleteStatus::NotRegular; // refused before the folder is even opened
    return WindowsFolderDeletion(dir).deleteRegularFile(name);
}

} // namespace mars
