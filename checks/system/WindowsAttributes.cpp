// SPDX-License-Identifier: MIT
// WindowsSystem: reading and changing file and folder attributes (A10 install folder, B3
// scratch folder): read-only, hidden, system through the handle, NTFS compression with
// FSCTL_SET_COMPRESSION, EFS encryption with EncryptFileW/DecryptFileW.
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <QDir>

#include <windows.h>
#include <winioctl.h>

#include <string>

namespace mars {

using namespace win;

namespace {
constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
// The bits FileBasicInfo may set; the others (directory, compressed, encrypted, reparse point,
// sparse) belong to the file system and are changed by their own calls.
// OneDrive/cloud-files "always keep"/"free up space" bits, written back as they were (MinGW's
// headers may lack the names).
constexpr DWORD kAttributePinned = 0x00080000, kAttributeUnpinned = 0x00100000;
constexpr DWORD kSettable = FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM
                            | FILE_ATTRIBUTE_ARCHIVE | FILE_ATTRIBUTE_TEMPORARY | FILE_ATTRIBUTE_OFFLINE
                            | FILE_ATTRIBUTE_NOT_CONTENT_INDEXED | kAttributePinned | kAttributeUnpinned;

DWORD basicBits(FileAttributes attributes)
{
    return DWORD(attributes.toInt()) & (FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM);
}

// Writes the settable attribute bits through the handle. Zero times leave the times alone;
// zero attributes would too, so "none" is FILE_ATTRIBUTE_NORMAL.
bool writeBasicAttributes(HANDLE handle, DWORD attributes)
{
    FILE_BASIC_INFO info{};
    info.FileAttributes = (attributes & kSettable) != 0 ? (attributes & kSettable) : FILE_ATTRIBUTE_NORMAL;
    return ::SetFileInformationByHandle(handle, FileBasicInfo, &info, sizeof info) != FALSE;
}

// Same volume and same file id: the second handle opened the same object as the first.
bool sameObject(HANDLE a, HANDLE b)
{
    BY_HANDLE_FILE_INFORMATION first{}, second{};
    return ::GetFileInformationByHandle(a, &first) && ::GetFileInformationByHandle(b, &second)
           && first.dwVolumeSerialNumber == second.dwVolumeSerialNumber && first.nFileIndexHigh == second.nFileIndexHigh
           && first.nFileIndexLow == second.nFileIndexLow;
}
} // namespace

Probed<FileAttributes> WindowsFiles::fileAttributes(const QString& path) const
{
    // GetFileAttributesW does not follow a link: a junction answers with its own bits.
    const DWORD raw = ::GetFileAttributesW(longPath(path).toStdWString().c_str());
    if (raw == INVALID_FILE_ATTRIBUTES)
        return fromLastError<FileAttributes>([&] { return QDir::toNativeSeparators(path); });
    return Probed<FileAttributes>::good(fileAttributesFrom(raw));
}

Probed<PathDetails> WindowsFiles::pathDetails(const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const std::wstring native = wide(longPath(path));
    // Its own attributes and times: like GetFileAttributesW, a link answers for itself.
    WIN32_FILE_ATTRIBUTE_DATA data{};
    if (!::GetFileAttributesExW(native.c_str(), GetFileExInfoStandard, &data))
        return fromLastError<PathDetails>([&] { return shown; });
    PathDetails details;
    details.attributes = fileAttributesFrom(data.dwFileAttributes);
    details.lastWriteUtc = fileTimeToUtc(data.ftLastWriteTime);
    if (!(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        details.size_bytes = (qint64(data.nFileSizeHigh) << 32) | qint64(data.nFileSizeLow);
    // Where it really is: opened the way any program opens it (links followed; a folder needs
    // FILE_FLAG_BACKUP_SEMANTICS), attribute rights only, sharing everything, so this never
    // stands in anyone's way; the handle names the object (GetFinalPathNameByHandleW), which
    // settles "..", short 8.3 names and junctions anywhere on the way.
    const UniqueHandle handle(::CreateFileW(native.c_str(), FILE_READ_ATTRIBUTES, kShareAll, nullptr, OPEN_EXISTING,
                                            FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (!handle) {
        const DWORD error = ::GetLastError();
        details.finalPathReason = tr("%1 cannot be opened to see where it leads: %2").arg(shown, errorText(error));
        return Probed<PathDetails>::good(details);
    }
    DWORD error = ERROR_SUCCESS;
    details.finalPath = finalPathOf(handle.get(), &error);
    if (details.finalPath.isEmpty())
        details.finalPathReason = tr("The full path of %1 cannot be read: %2").arg(shown, errorText(error));
    return Probed<PathDetails>::good(details);
}

Probed<FileAttributes> WindowsFiles::changeAttributes(const QString& path, FileAttributes set,
                                                      FileAttributes clear) const
{
    using Result = Probed<FileAttributes>;
    const QString shown = QDir::toNativeSeparators(path);
    const FileAttributes supported = FileAttributes(FileAttribute::ReadOnly) | FileAttribute::Hidden
                                     | FileAttribute::System | FileAttribute::Compressed | FileAttribute::Encrypted;
    if (((set | clear) & ~supported) != FileAttributes())
        return Result::bad(ProbeStatus::Failed, tr("Only the read-only, hidden, system, compressed and encrypted "
                                                   "attributes can be changed."));
    if ((set & clear) != FileAttributes())
        return Result::bad(ProbeStatus::Failed, tr("An attribute cannot be set and cleared at the same time."));
    if (set.testFlag(FileAttribute::Compressed) && set.testFlag(FileAttribute::Encrypted))
        return Result::bad(ProbeStatus::Failed, tr("NTFS cannot compress and encrypt the same file or folder."));

    const std::wstring native = longPath(path).toStdWString();
    // Attribute rights only: such a handle takes no part in share modes, so it works on a file
    // in use and does not stand in the way of EncryptFileW/DecryptFileW below, which need the
    // file to themselves. The link itself is opened, never what it points to.
    const UniqueHandle handle(::CreateFileW(native.c_str(), FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES | SYNCHRONIZE,
                                            kShareAll, nullptr, OPEN_EXISTING,
                                            FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!handle)
        return fromLastError<FileAttributes>([&] { return tr("%1 cannot be opened").arg(shown); });
    FILE_BASIC_INFO current{};
    if (!::GetFileInformationByHandleEx(handle.get(), FileBasicInfo, &current, sizeof current))
        return fromLastError<FileAttributes>([&] { return tr("The attributes of %1 cannot be read").arg(shown); });
    if (current.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
        return Result::bad(ProbeStatus::Failed, tr("%1 is a link or junction (a reparse point). Its attributes are "
                                                   "left alone, and the place it points to is not followed.")
                                                        .arg(shown));
    DWORD attributes = current.FileAttributes;

    // 1. Clear first: a read-only file can be neither compressed nor encrypted.
    if (const DWORD bits = basicBits(clear); (attributes & bits) != 0) {
        if (!writeBasicAttributes(handle.get(), attributes & ~bits))
            return fromLastError<FileAttributes>(
                    [&] { return tr("The attributes of %1 cannot be changed").arg(shown); });
        attributes &= ~bits;
    }

    // 2. NTFS compression, for this file or folder only (a folder's flag is what new files
    // inherit; nothing inside is touched).
    if (set.testFlag(FileAttribute::Compressed) || clear.testFlag(FileAttribute::Compressed)) {
        const bool compress = set.testFlag(FileAttribute::Compressed);
        if (bool(attributes & FILE_ATTRIBUTE_COMPRESSED) != compress) {
            // FSCTL_SET_COMPRESSION needs read and write data rights: a second handle, checked
            // to be the same object as the first so nothing was swapped in between.
            const UniqueHandle data(::CreateFileW(native.c_str(), FILE_READ_DATA | FILE_WRITE_DATA | SYNCHRONIZE,
                                                  kShareAll, nullptr, OPEN_EXISTING,
                                                  FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
            if (!data)
                return fromLastError<FileAttributes>(
                        [&] { return tr("%1 cannot be opened to change its compression").arg(shown); });
            if (!sameObject(handle.get(), data.get()))
                return Result::bad(ProbeStatus::Failed,
                                   tr("%1 was replaced while its attributes were being changed.").arg(shown));
            USHORT format = compress ? COMPRESSION_FORMAT_DEFAULT : COMPRESSION_FORMAT_NONE;
            DWORD returned = 0;
            if (!::DeviceIoControl(data.get(), FSCTL_SET_COMPRESSION, &format, sizeof format, nullptr, 0, &returned,
                                   nullptr))
                return fromLastError<FileAttributes>([&] {
                    return compress ? tr("%1 cannot be compressed").arg(shown)
                                    : tr("%1 cannot be uncompressed").arg(shown);
                });
        }
    }

    // 3. EFS. EncryptFileW/DecryptFileW take a name, not a handle, and need the file to
    // themselves (so `handle` cannot deny delete): the name could be swapped for a link in
    // between (issue #14). So the object at the name is checked to be `handle`'s (volume serial
    // and file index) before the call, and again after it together with our object's own
    // encrypted bit; when the call landed elsewhere, it is undone there and the change fails.
    if (set.testFlag(FileAttribute::Encrypted) || clear.testFlag(FileAttribute::Encrypted)) {
        const bool encrypt = set.testFlag(FileAttribute::Encrypted);
        if (bool(attributes & FILE_ATTRIBUTE_ENCRYPTED) != encrypt) {
            const auto objectAtName = [&native]() {
                return UniqueHandle(::CreateFileW(native.c_str(), FILE_READ_ATTRIBUTES, kShareAll, nullptr,
                                                  OPEN_EXISTING,
                                                  FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
            };
            const auto replaced = [&shown]() {
                return Result::bad(ProbeStatus::Failed,
                                   tr("%1 was replaced while its attributes were being changed; its encryption "
                                      "was not changed.")
                                           .arg(shown));
            };
            if (const UniqueHandle before = objectAtName(); !before || !sameObject(handle.get(), before.get()))
                return replaced();
            // A folder: only its flag changes (what new files inherit); files inside stay as they are.
            const BOOL done = encrypt ? ::EncryptFileW(native.c_str()) : ::DecryptFileW(native.c_str(), 0);
            const DWORD callError = done ? DWORD(ERROR_SUCCESS) : ::GetLastError();
            FILE_BASIC_INFO ours{};
            const bool oursChanged = ::GetFileInformationByHandleEx(handle.get(), FileBasicInfo, &ours, sizeof ours)
                                     && bool(ours.FileAttributes & FILE_ATTRIBUTE_ENCRYPTED) == encrypt;
            const UniqueHandle after = objectAtName();
            const bool stillOurs = after && sameObject(handle.get(), after.get());
            if (done && !oursChanged) {
                // The call changed whatever the name meant during it. Put that back when the
                // name still leads to another object that now has the new state; by name again,
                // as Windows offers no other way.
                FILE_BASIC_INFO other{};
                if (after && !stillOurs
                    && ::GetFileInformationByHandleEx(after.get(), FileBasicInfo, &other, sizeof other)
                    && !(other.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
                    && bool(other.FileAttributes & FILE_ATTRIBUTE_ENCRYPTED) == encrypt)
                    (void)(encrypt ? ::DecryptFileW(native.c_str(), 0) : ::EncryptFileW(native.c_str()));
                return replaced();
            }
            if (done && !stillOurs) // our object changed, then the name was swapped: say so
                return Result::bad(ProbeStatus::Failed,
                                   tr("%1 was replaced right after its encryption was changed; check the folder "
                                      "before going on.")
                                           .arg(shown));
            if (!done)
                return fromWin32<FileAttributes>(encrypt ? tr("%1 cannot be encrypted").arg(shown)
                                                         : tr("%1 cannot be decrypted").arg(shown),
                                                 callError);
        }
    }

    // 4. Set last, so a new read-only bit does not get in the way of steps 2 and 3. Read again
    // first: steps 2 and 3 may have changed other bits (archive) that must not be undone.
    if (!::GetFileInformationByHandleEx(handle.get(), FileBasicInfo, &current, sizeof current))
        return fromLastError<FileAttributes>([&] { return tr("The attributes of %1 cannot be read").arg(shown); });
    attributes = current.FileAttributes;
    if (const DWORD bits = basicBits(set); (attributes & bits) != bits) {
        if (!writeBasicAttributes(handle.get(), attributes | bits))
            return fromLastError<FileAttributes>(
                    [&] { return tr("The attributes of %1 cannot be changed").arg(shown); });
    }
    return fileAttributes(path);
}

} // namespace mars
