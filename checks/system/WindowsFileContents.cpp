// SPDX-License-Identifier: MIT
// WindowsSystem: what is inside a file: the version resource of an .exe/.dll (A7, A10, A11)
// and the tail of a log another process may still be writing (A12, B5).
#include "TextDecoding.h"
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <QDir>

#include <windows.h>
#include <winver.h>

#include <string>
#include <vector>

namespace mars {

using namespace win;

namespace {
constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
constexpr DWORD kFixedFileInfoSignature = 0xFEEF04BD;

QString absoluteNative(const QString& path)
{
    return QDir::toNativeSeparators(QDir(withoutLongPathPrefix(QDir::toNativeSeparators(path))).absolutePath());
}

// Up to `size` bytes from `offset`; fewer when the file ends first (it may shrink while read).
bool readAt(HANDLE file, qint64 offset, qint64 size, QByteArray* bytes, DWORD* error)
{
    LARGE_INTEGER position{};
    position.QuadPart = offset;
    if (!::SetFilePointerEx(file, position, nullptr, FILE_BEGIN)) {
        *error = ::GetLastError();
        return false;
    }
    bytes->resize(size);
    qint64 done = 0;
    while (done < size) {
        const DWORD chunk = DWORD(qMin<qint64>(size - done, 1 << 20));
        DWORD read = 0;
        if (!::ReadFile(file, bytes->data() + done, chunk, &read, nullptr)) {
            *error = ::GetLastError();
            return false;
        }
        if (read == 0)
            break; // end of file
        done += read;
    }
    bytes->truncate(done);
    return true;
}
} // namespace

Probed<QString> WindowsFiles::fileVersion(const QString& path) const
{
    const QString native = absoluteNative(path);
    const std::wstring file = wide(longPath(native));
    // Whether the file is there is asked first: the version API's own error for a missing file
    // is not the same on every Windows version.
    const DWORD attributes = ::GetFileAttributesW(file.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return fromLastError<QString>([&] { return tr("The file %1 cannot be found").arg(native); });
    if (attributes & FILE_ATTRIBUTE_DIRECTORY)
        return Probed<QString>::bad(ProbeStatus::Failed, tr("%1 is a folder, not a program file.").arg(native));

    // FILE_VER_GET_NEUTRAL: the fixed version block of the file itself, not of a language
    // resource file (.mui) next to it.
    DWORD ignored = 0;
    const DWORD size = ::GetFileVersionInfoSizeExW(FILE_VER_GET_NEUTRAL, file.c_str(), &ignored);
    if (size == 0) {
        const DWORD error = ::GetLastError();
        const ProbeStatus status = probeStatusFor(error);
        if (status == ProbeStatus::Failed) // no resource, not a program file, ...
            return Probed<QString>::bad(
                    ProbeStatus::Failed,
                    tr("The file %1 has no version information (%2).").arg(native, errorText(error)), quint32(error));
        return fromWin32<QString>(tr("The version of %1 cannot be read").arg(native), error);
    }
    std::vector<BYTE> block(size);
    if (!::GetFileVersionInfoExW(FILE_VER_GET_NEUTRAL, file.c_str(), 0, size, block.data()))
        return fromLastError<QString>([&] { return tr("The version of %1 cannot be read").arg(native); });
    void* fixed = nullptr;
    UINT length = 0;
    if (!::VerQueryValueW(block.data(), L"\\", &fixed, &length) || !fixed || length < sizeof(VS_FIXEDFILEINFO)
        || static_cast<const VS_FIXEDFILEINFO*>(fixed)->dwSignature != kFixedFileInfoSignature)
        return Probed<QString>::bad(ProbeStatus::Failed,
                                    tr("The file %1 has version information without a version number.").arg(native));
    const auto* info = static_cast<const VS_FIXEDFILEINFO*>(fixed);
    return Probed<QString>::good(QStringLiteral("%1.%2.%3.%4")
                                         .arg(HIWORD(info->dwFileVersionMS))
                                         .arg(LOWORD(info->dwFileVersionMS))
                                         .arg(HIWORD(info->dwFileVersionLS))
                                         .arg(LOWORD(info->dwFileVersionLS)));
}

Probed<QString> WindowsFiles::readTextTail(const QString& path, qint64 maxBytes) const
{
    const QString native = absoluteNative(path);
    const std::wstring name = wide(longPath(native));
    // Full sharing: the installer or the agent may hold the log open for writing (and may
    // rotate it away); reading must never make them fail.
    const UniqueHandle file(::CreateFileW(name.c_str(), GENERIC_READ, kShareAll, nullptr, OPEN_EXISTING,
                                          FILE_ATTRIBUTE_NORMAL | FILE_FLAG_SEQUENTIAL_SCAN, nullptr));
    if (!file) {
        const DWORD error = ::GetLastError();
        // Opening a folder as a file is "access denied": say what it really is.
        const DWORD attributes = ::GetFileAttributesW(name.c_str());
        if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY))
            return Probed<QString>::bad(ProbeStatus::Failed, tr("%1 is a folder, not a text file.").arg(native),
                                        quint32(error));
        return fromWin32<QString>(tr("The file %1 cannot be opened for reading").arg(native), error);
    }
    LARGE_INTEGER size{};
    if (!::GetFileSizeEx(file.get(), &size))
        return fromLastError<QString>([&] { return tr("The size of %1 cannot be read").arg(native); });

    // The first bytes tell the encoding (a BOM); the tail is what the checks look at.
    const qint64 tailSize = qBound<qint64>(0, maxBytes, size.QuadPart);
    const qint64 tailOffset = size.QuadPart - tailSize;
    QByteArray head;
    QByteArray tail;
    DWORD error = ERROR_SUCCESS;
    if (!readAt(file.get(), 0, qMin<qint64>(4, size.QuadPart), &head, &error)
        || !readAt(file.get(), tailOffset, tailSize, &tail, &error))
        return fromWin32<QString>(tr("The file %1 cannot be read").arg(native), error);
    return Probed<QString>::good(decodeTextTail(head, tail, tailOffset).text);
}

} // namespace mars
