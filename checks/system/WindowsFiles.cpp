// SPDX-License-Identifier: MIT
// WindowsSystem: the temp folder (F1), folder listings, write probes and free space (B2/B4).
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <QDir>
#include <QUuid>

#include <windows.h>

#include <algorithm>
#include <string>
#include <vector>

namespace mars {

using namespace win;

namespace {
constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

// True when the folder itself exists (FindFirstFileExW answers "file not found" both for an
// empty match and, on some file systems, for a missing folder).
bool isExistingFolder(const QString& dir)
{
    const DWORD attributes = ::GetFileAttributesW(wide(longPath(dir)).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY);
}
} // namespace

WindowsFiles::WindowsFiles(QString tempDirOverride)
    : m_tempDirOverride(std::move(tempDirOverride))
{
}

Probed<QString> WindowsFiles::canonicalFolder(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Links are followed here on purpose: the answer is where the folder really is, which is
    // what deleteRegularFile() later insists on.
    const UniqueHandle folder(::CreateFileW(wide(longPath(QDir(path).absolutePath())).c_str(), FILE_READ_ATTRIBUTES,
                                            kShareAll, nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (!folder)
        return fromLastError<QString>([&] { return tr("The folder %1 cannot be opened").arg(shown); });
    FILE_BASIC_INFO info{};
    if (!::GetFileInformationByHandleEx(folder.get(), FileBasicInfo, &info, sizeof info))
        return fromLastError<QString>([&] { return tr("The folder %1 cannot be read").arg(shown); });
    if (!(info.FileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return Probed<QString>::bad(ProbeStatus::NotFound, tr("%1 is not a folder.").arg(shown));
    DWORD error = ERROR_SUCCESS;
    const QString canonical = finalPathOf(folder.get(), &error);
    if (canonical.isEmpty())
        return fromWin32<QString>(tr("The full path of the folder %1 cannot be read").arg(shown), error);
    return Probed<QString>::good(canonical);
}

Probed<QString> WindowsFiles::systemTempDir() const
{
    if (!m_tempDirOverride.isEmpty())
        return canonicalFolder(m_tempDirOverride);
    // GetSystemWindowsDirectoryW, not GetWindowsDirectoryW: on a Remote Desktop server the latter
    // may answer a per-user copy for programs not marked terminal-server aware. Not GetTempPathW
    // either: that is this user's temp folder, not the one the agent's setup fills.
    wchar_t windows[MAX_PATH + 1];
    const UINT length = ::GetSystemWindowsDirectoryW(windows, UINT(std::size(windows)));
    if (length == 0 || length >= std::size(windows))
        return fromLastError<QString>([&] { return tr("Cannot find the Windows folder"); });
    const QString temp = fromWide(windows, int(length)) + QStringLiteral("\\Temp");
    return canonicalFolder(temp);
}

Probed<qint64> WindowsFiles::forEachEntry(const QString& dir, const DirVisitor& visit) const
{
    const QString shown = QDir::toNativeSeparators(dir);
    QString pattern = longPath(dir);
    pattern += pattern.endsWith(QLatin1Char('\\')) ? QStringLiteral("*") : QStringLiteral("\\*");
    WIN32_FIND_DATAW data{};
    // Basic info skips the 8.3 name; large fetch asks the file system for bigger batches:
    // C:\Windows\Temp may hold 70,000 entries.
    FindHandle find(::FindFirstFileExW(wide(pattern).c_str(), FindExInfoBasic, &data, FindExSearchNameMatch, nullptr,
                                       FIND_FIRST_EX_LARGE_FETCH));
    if (!find) {
        const DWORD error = ::GetLastError();
        if (error == ERROR_FILE_NOT_FOUND && isExistingFolder(dir))
            return Probed<qint64>::good(0); // nothing matched "*": an empty root folder
        return fromWin32<qint64>(tr("The folder %1 cannot be listed").arg(shown), error);
    }
    qint64 visited = 0;
    for (;;) {
        const QString name = fromWide(data.cFileName);
        if (name != QLatin1String(".") && name != QLatin1String("..")) {
            DirEntry entry;
            entry.name = name;
            // Straight from the directory entry: a reparse point is reported as one, never opened.
            entry.attributes = fileAttributesFrom(data.dwFileAttributes);
            if (!(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
                entry.size_bytes = qint64((quint64(data.nFileSizeHigh) << 32) | data.nFileSizeLow);
            entry.lastWriteUtc = fileTimeToUtc(data.ftLastWriteTime);
            ++visited;
            if (!visit(entry))
                break;
        }
        if (!::FindNextFileW(find.get(), &data)) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_NO_MORE_FILES)
                break;
            return fromWin32<qint64>(tr("Listing the folder %1 stopped").arg(shown), error);
        }
    }
    return Probed<qint64>::good(visited);
}

Probed<bool> WindowsFiles::canModifyFolder(const QString& dir) const
{
    const QString shown = QDir::toNativeSeparators(dir);
    // Creating a file is not enough: the files a fix deletes belong to others (setup programs
    // running as SYSTEM), and only "delete subfolders and files" on the folder allows that.
    // In C:\Windows\Temp, Users may create files but not delete other people's.
    const UniqueHandle folder(::CreateFileW(wide(longPath(dir)).c_str(), FILE_DELETE_CHILD | FILE_READ_ATTRIBUTES,
                                            kShareAll, nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (!folder) {
        const DWORD error = ::GetLastError();
        if (probeStatusFor(error) == ProbeStatus::Denied)
            return Probed<bool>::good(false);
        return fromWin32<bool>(tr("The folder %1 cannot be opened").arg(shown), error);
    }
    // A uniquely named probe file, gone again when its handle closes (even if this process dies).
    const QString probe = QDir::toNativeSeparators(QDir(dir).absolutePath()) + QStringLiteral("\\~mars-write-probe-")
                          + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".probe");
    const UniqueHandle file(::CreateFileW(wide(longPath(probe)).c_str(), GENERIC_WRITE | DELETE, 0, nullptr, CREATE_NEW,
                                          FILE_ATTRIBUTE_TEMPORARY | FILE_ATTRIBUTE_HIDDEN | FILE_FLAG_DELETE_ON_CLOSE,
                                          nullptr));
    if (!file) {
        const DWORD error = ::GetLastError();
        if (probeStatusFor(error) == ProbeStatus::Denied)
            return Probed<bool>::good(false);
        return fromWin32<bool>(tr("A test file cannot be created in %1").arg(shown), error);
    }
    return Probed<bool>::good(true);
}

Probed<DiskSpace> WindowsFiles::diskSpace(const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const std::wstring native = wide(longPath(QDir(path).absolutePath()));
    if (::GetFileAttributesW(native.c_str()) == INVALID_FILE_ATTRIBUTES)
        return fromLastError<DiskSpace>([&] { return tr("%1 cannot be found").arg(shown); });
    // The volume the path is on: a mounted folder (C:\Mount\Data) counts as its own volume.
    // Never shorter than the path itself; a subst or mapped drive may name a longer root.
    std::vector<wchar_t> root(std::max<size_t>(native.size() + 2, MAX_PATH + 1));
    if (!::GetVolumePathNameW(native.c_str(), root.data(), DWORD(root.size())))
        return fromLastError<DiskSpace>([&] { return tr("Cannot find the volume of %1").arg(shown); });
    ULARGE_INTEGER available{}, total{}, totalFree{};
    if (!::GetDiskFreeSpaceExW(root.data(), &available, &total, &totalFree))
        return fromLastError<DiskSpace>(
                [&] { return tr("Cannot read the free space of the volume of %1").arg(shown); });
    DiskSpace space;
    space.volumeRoot = withoutLongPathPrefix(fromWide(root.data()));
    space.total_bytes = qint64(total.QuadPart);
    space.free_bytes = qint64(available.QuadPart); // what this account may use (quotas included)
    return Probed<DiskSpace>::good(space);
}

} // namespace mars
