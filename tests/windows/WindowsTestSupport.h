// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the Windows-only tests: files written and read back with Win32 itself (never
// through WindowsSystem, so a test does not check the code with the code), handles closed
// at scope exit (win::UniqueHandle), and a junction made with FSCTL_SET_REPARSE_POINT.
#include "system/WindowsHandles.h"
#include "system/WindowsSystem.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <windows.h>
#include <winioctl.h>

#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

namespace mars::test {

inline std::wstring wide(const QString& text)
{
    return QDir::toNativeSeparators(text).toStdWString();
}

// Handles the tests open are owned by WindowsSystem's own RAII type (win::UniqueHandle from
// system/WindowsHandles.h), so a failed QVERIFY does not keep a file open.
using win::UniqueHandle;

// `size` bytes written with CreateFileW/WriteFile (a \\?\ path works for long paths).
inline bool writeFile(const QString& path, int size = 10)
{
    UniqueHandle file(::CreateFileW(wide(path).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL,
                                    nullptr));
    if (!file.isValid())
        return false;
    const QByteArray data(size, 'x');
    DWORD written = 0;
    return size == 0
           || (::WriteFile(file.get(), data.constData(), DWORD(size), &written, nullptr) && written == DWORD(size));
}

inline DWORD rawAttributes(const QString& path)
{
    return ::GetFileAttributesW(wide(path).c_str());
}

inline bool exists(const QString& path)
{
    return rawAttributes(path) != INVALID_FILE_ATTRIBUTES;
}

// True when `path` exists and has the bit (INVALID_FILE_ATTRIBUTES has every bit set).
inline bool hasAttribute(const QString& path, DWORD bit)
{
    const DWORD attributes = rawAttributes(path);
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & bit) != 0;
}

inline bool setRawAttributes(const QString& path, DWORD attributes)
{
    return ::SetFileAttributesW(wide(path).c_str(), attributes) != FALSE;
}

// The folder as WindowsSystem names it (systemTempDir() with an override): the canonical
// path deleteRegularFile() insists on. QTemporaryDir's path may use / or an 8.3 name.
inline QString canonical(const QString& dir)
{
    const Probed<QString> folder = WindowsSystem(dir).files().systemTempDir();
    return folder.ok() ? folder.value : QString();
}

// A temporary folder for one test function, named as WindowsSystem names it. Before it is
// removed, attribute bits a failed test left behind (read-only, hidden, system) are cleared,
// or the removal would fail.
class TempFolder
{
public:
    TempFolder()
        : m_path(canonical(m_dir.path()))
    {
    }
    ~TempFolder()
    {
        const auto entries =
                QDir(m_path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo& entry : entries)
            setRawAttributes(entry.filePath(), FILE_ATTRIBUTE_NORMAL);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    bool isValid() const { return m_dir.isValid() && !m_path.isEmpty(); }
    const QString& path() const { return m_path; } // canonical, native separators
    QString qtPath() const { return m_dir.path(); } // as QTemporaryDir gives it (/ separators)

private:
    QTemporaryDir m_dir;
    QString m_path;
};

inline QString child(const QString& dir, const QString& name)
{
    return QDir::toNativeSeparators(dir) + QLatin1Char('\\') + name;
}

// REPARSE_DATA_BUFFER's mount-point variant (ntifs.h, not in the user-mode headers).
struct MountPointReparseBuffer
{
    DWORD ReparseTag;
    WORD ReparseDataLength;
    WORD Reserved;
    WORD SubstituteNameOffset;
    WORD SubstituteNameLength;
    WORD PrintNameOffset;
    WORD PrintNameLength;
    wchar_t PathBuffer[1];
};

// Makes `link` (a new, empty folder) a junction to the folder `target`. Returns 0 or the
// Win32 error (Wine answers ERROR_NOT_SUPPORTED: it has no junctions).
inline DWORD createJunction(const QString& link, const QString& target)
{
    if (!::CreateDirectoryW(wide(link).c_str(), nullptr))
        return ::GetLastError();
    UniqueHandle handle(::CreateFileW(wide(link).c_str(), GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                                      FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!handle.isValid()) {
        const DWORD error = ::GetLastError();
        ::RemoveDirectoryW(wide(link).c_str());
        return error;
    }
    const std::wstring substitute = L"\\??\\" + wide(target);
    const std::wstring print = wide(target);
    const size_t substituteBytes = substitute.size() * sizeof(wchar_t);
    const size_t printBytes = print.size() * sizeof(wchar_t);
    const size_t pathBytes = substituteBytes + sizeof(wchar_t) + printBytes + sizeof(wchar_t);
    std::vector<BYTE> buffer(offsetof(MountPointReparseBuffer, PathBuffer) + pathBytes);
    auto* reparse = reinterpret_cast<MountPointReparseBuffer*>(buffer.data());
    reparse->ReparseTag = IO_REPARSE_TAG_MOUNT_POINT;
    reparse->ReparseDataLength = WORD(8 + pathBytes); // the four WORDs plus the names
    reparse->SubstituteNameOffset = 0;
    reparse->SubstituteNameLength = WORD(substituteBytes);
    reparse->PrintNameOffset = WORD(substituteBytes + sizeof(wchar_t));
    reparse->PrintNameLength = WORD(printBytes);
    auto* names = reinterpret_cast<BYTE*>(reparse->PathBuffer);
    std::memcpy(names, substitute.c_str(), substituteBytes + sizeof(wchar_t));
    std::memcpy(names + reparse->PrintNameOffset, print.c_str(), printBytes + sizeof(wchar_t));
    DWORD returned = 0;
    if (!::DeviceIoControl(handle.get(), FSCTL_SET_REPARSE_POINT, buffer.data(), DWORD(buffer.size()), nullptr, 0,
                           &returned, nullptr)) {
        const DWORD error = ::GetLastError();
        handle.reset();
        ::RemoveDirectoryW(wide(link).c_str());
        return error;
    }
    return ERROR_SUCCESS;
}

} // namespace mars::test
