// SPDX-License-Identifier: MIT
// WindowsSystem: the volume a path is on (drive type, file system, online; B1-B4), whether Data
// Deduplication is attached to it (B3), and the folders Windows knows by role (Windows,
// System32, Program Files; A10/A11).
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <QDir>

#include <windows.h>
#include <knownfolders.h>
#include <objbase.h>
#include <shlobj.h>
// The filter manager's user-mode structures only; its functions are loaded from fltlib.dll
// when asked (below), so a system without them still starts this program.
#include <fltuserstructures.h>

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
    case KnownFolder::ProgramData: return QStringLiteral("ProgramData");
    case KnownFolder::UserProfiles: return QStringLiteral("Users");
    }
    return knownFolderId(folder);
}

const KNOWNFOLDERID& folderId(KnownFolder folder)
{
    switch (folder) {
    case KnownFolder::Windows: return FOLDERID_Windows;
    case KnownFolder::System32: return FOLDERID_System;
    case KnownFolder::ProgramData: return FOLDERID_ProgramData;
    case KnownFolder::UserProfiles: return FOLDERID_UserProfiles;
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
    // Fails for a drive without a medium (a card reader, an empty DVD drive) and for a disk
    // taken offline: the file system is then unknown, which the contract allows (empty), the
    // drive type still says what it is, and ERROR_NOT_READY says it does not answer.
    if (::GetVolumeInformationW(rootWide.c_str(), nullptr, 0, nullptr, nullptr, nullptr, fileSystem,
                                DWORD(std::size(fileSystem))))
        info.fileSystem = fromWide(fileSystem);
    else if (::GetLastError() == ERROR_NOT_READY)
        info.online = false;
    return Probed<VolumeInfo>::good(info);
}

Probed<bool> WindowsFiles::volumeDeduplicated(const QString& path) const
{
    using Result = Probed<bool>;
    const Probed<VolumeInfo> volume = volumeInfo(path);
    if (!volume.ok())
        return Result::bad(volume.status, volume.reason, volume.osError);
    if (volume.value.unc || volume.value.driveType == DriveType::Remote)
        return Result::bad(ProbeStatus::NotApplicable,
                           tr("%1 is on a network drive; whether it is deduplicated is up to the file server.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (!volume.value.online)
        return Result::bad(ProbeStatus::Failed, tr("The drive %1 does not answer (not ready or offline), so its "
                                                   "deduplication cannot be checked.")
                                                        .arg(volume.value.root));
    // Data Deduplication works through its file system minifilter, Dedup (dedup.sys, altitude
    // 180450 in Microsoft's "Allocated filter altitudes", learn.microsoft.com, ms.date
    // 10/28/2025); the filter manager lists the minifilter instances attached to a volume
    // (FilterVolumeInstanceFindFirst/FindNext, fltuser.h, learn.microsoft.com "Installable file
    // systems DDI reference"), as "fltmc instances -v D:" shows them. UNCONFIRMED: that the
    // Dedup filter attaches only to volumes with deduplication enabled, not to every volume once
    // the feature is installed; Microsoft's pages read for this do not say (11/2025). The filter
    // manager answers administrators only (fltmc needs an elevated prompt, ss64.com "FLTMC"),
    // and Wine has no filter manager: both are a probe that could not run, never a "no".
    // Wine exports these functions as unimplemented stubs that raise an exception when called
    // (seen with Wine 8: FilterVolumeInstanceFindFirst -> __wine_spec_unimplemented_stub), so
    // under Wine (ntdll exports wine_get_version) the probe says it cannot run instead.
    if (const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll"); ntdll && ::GetProcAddress(ntdll, "wine_get_version"))
        return Result::bad(ProbeStatus::Failed, tr("This system (Wine) has no filter manager, so whether Data "
                                                   "Deduplication is on for %1 cannot be checked.")
                                                        .arg(volume.value.root));
    const Module fltlib(::LoadLibraryExW(L"fltlib.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32));
    if (!fltlib)
        return fromLastError<bool>([] { return tr("The filter manager library (fltlib.dll) is not available"); });
    using FindFirst = HRESULT(WINAPI*)(LPCWSTR, INSTANCE_INFORMATION_CLASS, LPVOID, DWORD, LPDWORD, LPHANDLE);
    using FindNext = HRESULT(WINAPI*)(HANDLE, INSTANCE_INFORMATION_CLASS, LPVOID, DWORD, LPDWORD);
    using FindClose = HRESULT(WINAPI*)(HANDLE);
    const auto exported = [&fltlib](const char* name) {
        return reinterpret_cast<void (*)()>(::GetProcAddress(fltlib.get(), name));
    };
    const auto findFirst = reinterpret_cast<FindFirst>(exported("FilterVolumeInstanceFindFirst"));
    const auto findNext = reinterpret_cast<FindNext>(exported("FilterVolumeInstanceFindNext"));
    const auto findClose = reinterpret_cast<FindClose>(exported("FilterVolumeInstanceFindClose"));
    if (!findFirst || !findNext || !findClose)
        return Result::bad(ProbeStatus::Failed, tr("This Windows does not offer the filter manager's volume "
                                                   "listing (fltlib.dll), so deduplication cannot be checked."));

    const NoCriticalErrorBox quiet;
    const std::wstring root = wide(volume.value.root);
    // INSTANCE_FULL_INFORMATION is followed by its names; 4 KB holds any instance's names.
    std::vector<ULONGLONG> buffer(512);
    const DWORD bufferBytes = DWORD(buffer.size() * sizeof(ULONGLONG));
    DWORD returned = 0;
    HANDLE find = INVALID_HANDLE_VALUE;
    HRESULT result = findFirst(root.c_str(), InstanceFullInformation, buffer.data(), bufferBytes, &returned, &find);
    const auto closeFind = [&] {
        if (find != INVALID_HANDLE_VALUE && find != nullptr)
            findClose(find);
    };
    bool dedup = false;
    // Bounded: a volume has a handful of filters; 256 is far more than any has.
    for (int listed = 0; listed < 256 && !dedup; ++listed) {
        if (result == HRESULT_FROM_WIN32(ERROR_NO_MORE_ITEMS))
            break;
        if (FAILED(result)) {
            closeFind();
            const QString what = tr("The filters attached to %1 cannot be listed").arg(volume.value.root);
            if (result == E_ACCESSDENIED)
                return Result::bad(ProbeStatus::Denied,
                                   tr("%1: only an administrator may ask the filter manager (restart as "
                                      "administrator).")
                                           .arg(what),
                                   quint32(result));
            const ProbeStatus status = HRESULT_FACILITY(result) == FACILITY_WIN32
                                               ? probeStatusFor(DWORD(HRESULT_CODE(result)))
                                               : ProbeStatus::Failed;
            return Result::bad(status, QStringLiteral("%1: %2").arg(what, errorText(DWORD(result))), quint32(result));
        }
        const auto* info = reinterpret_cast<const INSTANCE_FULL_INFORMATION*>(buffer.data());
        const auto* base = reinterpret_cast<const char*>(buffer.data());
        const auto text = [&](USHORT offset, USHORT bytes) {
            if (qsizetype(offset) + bytes > qsizetype(bufferBytes) || bytes % 2 != 0)
                return QString();
            return fromWide(reinterpret_cast<const wchar_t*>(base + offset), bytes / 2);
        };
        const QString filter = text(info->FilterNameBufferOffset, info->FilterNameLength);
        const QString altitude = text(info->AltitudeBufferOffset, info->AltitudeLength);
        dedup = filter.compare(QLatin1String("Dedup"), Qt::CaseInsensitive) == 0 || altitude == QLatin1String("180450");
        if (!dedup)
            result = findNext(find, InstanceFullInformation, buffer.data(), bufferBytes, &returned);
    }
    closeFind();
    return Result::good(dedup);
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
