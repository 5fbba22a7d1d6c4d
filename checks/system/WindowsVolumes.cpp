// SPDX-License-Identifier: MIT
// WindowsSystem: the volume a path is on (drive type, file system; B3/B4) and the folders
// Windows knows by role (Windows, System32, Program Files; A10/A11).
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <QDir>

#include <windows.h>
#include <knownfolders.h>
#include <objbase.h>
#include <shlobj.h>

#include <algorithm>
#include <string>
#include <vector>

namespace mars {

using namespace win;

namespace {

// "C:\" for "C:\Program Files\x"; empty when the path does not start with a drive letter.
QString driveRoot(const QString& native)
{
    if (native.size() >= 2 && native.at(0).isLetter() && native.at(1) == QLatin1Char(':'))
        return native.left(2).toUpper() + QLatin1Char('\\');
    return {};
}

// The path itself when it exists, else its nearest existing parent: an install folder the
// installer has not created yet lives on the volume of the folder it will be created in.
// Anything but "not found" (access denied on a folder we may not look into) means the object
// is there. Empty when not even the drive's root exists.
QString nearestExisting(const QString& native, DWORD* error)
{
    QString candidate = native;
    for (;;) {
        if (::GetFileAttributesW(wide(longPath(candidate)).c_str()) != INVALID_FILE_ATTRIBUTES)
            return candidate;
        *error = ::GetLastError();
        if (probeStatusFor(*error) != ProbeStatus::NotFound)
            return candidate;
        const qsizetype cut = candidate.lastIndexOf(QLatin1Char('\\'), candidate.size() - 2);
        if (cut < 2) // "C:" or nothing left: the root itself is missing
            return {};
        candidate = candidate.left(cut + 1); // keep the separator: "C:\" must stay a root
        if (candidate.size() > 3)
            candidate.chop(1);
    }
}

// No "There is no disk in the drive" box while the volume is looked at: for an empty card
// reader or DVD drive Windows may otherwise ask the user, and the probe would wait on that
// dialog without bound. Per thread (this worker only), restored on return.
class NoCriticalErrorBox
{
public:
    NoCriticalErrorBox()
        : m_set(::SetThreadErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX, &m_old) != FALSE)
    {
    }
    ~NoCriticalErrorBox()
    {
        if (m_set)
            ::SetThreadErrorMode(m_old, nullptr);
    }
    NoCriticalErrorBox(const NoCriticalErrorBox&) = delete;
    NoCriticalErrorBox& operator=(const NoCriticalErrorBox&) = delete;

private:
    DWORD m_old = 0;
    bool m_set;
};

QString folderName(KnownFolder folder)
{
    switch (folder) {
    case KnownFolder::Windows: return QStringLiteral("Windows");
    case KnownFolder::System32: return QStringLiteral("System32");
    case KnownFolder::ProgramFiles: return QStringLiteral("Program Files");
    }
    return knownFolderId(folder);
}

const KNOWNFOLDERID& folderId(KnownFolder folder)
{
    switch (folder) {
    case KnownFolder::Windows: return FOLDERID_Windows;
    case KnownFolder::System32: return FOLDERID_System;
    case KnownFolder::ProgramFiles: break;
    }
    // A 64-bit process gets the 64-bit C:\Program Files here (this build is 64-bit only; a
    // 32-bit one would get "Program Files (x86)" and would have to ask for ProgramW6432).
    static_assert(sizeof(void*) == 8, "FOLDERID_ProgramFiles names the 64-bit folder only in a 64-bit process");
    return FOLDERID_ProgramFiles;
}
} // namespace

Probed<VolumeInfo> WindowsFiles::volumeInfo(const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    VolumeInfo info;
    // A share: answered from the path alone. Asking the volume of \\server\share would go to
    // the network, and an unreachable server can stall a probe for a minute or more.
    if (isUncPath(path)) {
        info.root = uncShareRoot(path);
        if (info.root.isEmpty())
            return Probed<VolumeInfo>::bad(
                    ProbeStatus::Failed,
                    tr("%1 is a network path without a share name (\\\\server\\share).").arg(shown));
        info.driveType = DriveType::Remote;
        info.unc = true;
        return Probed<VolumeInfo>::good(info);
    }

    const NoCriticalErrorBox quiet;
    const QString native = QDir::toNativeSeparators(QDir(withoutLongPathPrefix(shown)).absolutePath());
    const QString drive = driveRoot(native);
    if (!drive.isEmpty()) {
        // Looked up by the drive letter alone (no disk or network access): a mapped network
        // drive is answered like a share, for the same reason.
        const UINT type = ::GetDriveTypeW(wide(drive).c_str());
        if (type == DRIVE_NO_ROOT_DIR)
            return Probed<VolumeInfo>::bad(ProbeStatus::NotFound,
                                           tr("There is no drive %1 on this computer.").arg(drive.left(2)),
                                           ERROR_INVALID_DRIVE);
        if (type == DRIVE_REMOTE) {
            info.root = drive;
            info.driveType = DriveType::Remote;
            return Probed<VolumeInfo>::good(info);
        }
    }

    DWORD error = ERROR_SUCCESS;
    const QString existing = nearestExisting(native, &error);
    if (existing.isEmpty())
        return fromWin32<VolumeInfo>(tr("Neither %1 nor any folder above it exists").arg(shown), error);
    // The volume root: a mounted folder (C:\Mount\Data\) is a volume of its own.
    const std::wstring existingWide = wide(longPath(existing));
    std::vector<wchar_t> root(std::max<size_t>(existingWide.size() + 2, MAX_PATH + 1));
    if (!::GetVolumePathNameW(existingWide.c_str(), root.data(), DWORD(root.size())))
        return fromLastError<VolumeInfo>([&] { return tr("Cannot find the volume of %1").arg(shown); });
    info.root = withoutLongPathPrefix(fromWide(root.data()));
    if (!info.root.endsWith(QLatin1Char('\\')))
        info.root += QLatin1Char('\\');
    const std::wstring rootWide = wide(info.root);
    info.driveType = driveTypeFrom(::GetDriveTypeW(rootWide.c_str()));
    wchar_t fileSystem[MAX_PATH + 1] = {};
    // Fails for a drive without a medium (a card reader, an empty DVD drive): the file system
    // is then unknown, which the contract allows (empty), and the drive type still says what it is.
    if (::GetVolumeInformationW(rootWide.c_str(), nullptr, 0, nullptr, nullptr, nullptr, fileSystem,
                                DWORD(std::size(fileSystem))))
        info.fileSystem = fromWide(fileSystem);
    return Probed<VolumeInfo>::good(info);
}

Probed<QString> WindowsFiles::knownFolder(KnownFolder folder) const
{
    wchar_t* path = nullptr;
    // KF_FLAG_DEFAULT: the folder as configured, not created if missing (these always exist).
    const HRESULT result = ::SHGetKnownFolderPath(folderId(folder), KF_FLAG_DEFAULT, nullptr, &path);
    const QString value = SUCCEEDED(result) && path ? fromWide(path) : QString();
    ::CoTaskMemFree(path); // also on failure: the function may still have allocated
    if (FAILED(result) || value.isEmpty())
        return Probed<QString>::bad(
                ProbeStatus::Failed,
                tr("Windows does not say where the %1 folder is: %2").arg(folderName(folder), errorText(DWORD(result))),
                quint32(result));
    return Probed<QString>::good(value);
}

} // namespace mars
