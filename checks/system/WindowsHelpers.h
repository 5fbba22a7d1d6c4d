// SPDX-License-Identifier: MIT
#pragma once

// Small helpers of WindowsSystem, kept apart so TestWindowsHelpers can check them one by one:
// Win32 error mapping and text, argument quoting for a relaunch, long-path and name rules.
// Windows only (internal to mars_system; not part of the SystemProbe interface).
#include "SystemTypes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <windows.h>

#include <string>

namespace mars::win {

// What a Win32 error code means for a probe: NotFound (file, path, key, value, service),
// Denied (rights, privilege, elevation), else Failed.
ProbeStatus probeStatusFor(DWORD error);
// What a Win32 error code means for deleting one file (sharing violation = in use).
DeleteStatus deleteStatusFor(DWORD error);
// The system's own text for an error code ("Access is denied."), without the trailing
// newline, followed by the code, e.g. "Access is denied. (error 5)".
QString errorText(DWORD error);

// One argument quoted so that CommandLineToArgvW (and the MSVC/MinGW C runtime) gives back
// exactly `argument`: unchanged when it has no blank and no quote, else in double quotes
// with the backslashes before a quote (and before the closing quote) doubled.
QString quoteArgument(const QString& argument);
// All arguments, each quoted as above, joined with single spaces (ShellExecuteExW's
// lpParameters: the program name is not included).
QString commandLineArguments(const QStringList& arguments);

// The path in the form Win32 file APIs accept beyond MAX_PATH: native separators, "." and
// ".." resolved, and the \\?\ prefix (\\?\UNC\ for \\server\share) in front when an absolute
// path is at least kLongPathThreshold characters long. Paths that already have a \\?\ or
// \\.\ prefix, and relative paths, are returned unchanged apart from the separators.
constexpr int kLongPathThreshold = MAX_PATH - 12; // CreateDirectoryW's limit (248) is the smallest
QString longPath(const QString& path);
// The absolute path always in \\?\ form (no MAX_PATH limit, no name rewriting by Win32, so a
// name with a trailing dot or blank means exactly that file). Relative paths are unchanged.
QString extendedPath(const QString& path);
// "\\?\C:\x" -> "C:\x", "\\?\UNC\server\share\x" -> "\\server\share\x"; others unchanged.
QString withoutLongPathPrefix(const QString& path);

// True for a network path: \\server\share\... or \\?\UNC\server\share\... (either separator).
// Device paths (\\?\C:\, \\.\pipe\) are not. Pure string work: never touches the network.
bool isUncPath(const QString& path);
// The share a UNC path is on, "\\server\share\" (always with the trailing backslash, without
// any \\?\UNC\ prefix); empty when `path` is not a UNC path or names no share ("\\server").
QString uncShareRoot(const QString& path);

// True for a single file name that names an entry directly inside a folder: not empty, not
// "." or "..", no separator, no drive or stream colon, no wildcard, no control character.
bool isPlainFileName(const QString& name);

// The path the file system gives an open handle (GetFinalPathNameByHandleW: links resolved,
// long names, DOS drive letter) without the \\?\ prefix; empty on failure, with *error set.
QString finalPathOf(HANDLE handle, DWORD* error = nullptr);

// The UTF-16 text exactly as Win32 gave it (size < 0: up to the NUL). Never use
// QString::fromWCharArray on Win32 output: it decodes and drops a leading U+FEFF, so a file
// named "\uFEFFa.tmp" would be listed as "a.tmp" and deleting it would delete a.tmp.
QString fromWide(const wchar_t* text, qsizetype size = -1);
// The other direction, for a call that takes LPCWSTR: wide(path).c_str().
inline std::wstring wide(const QString& text)
{
    return text.toStdWString();
}

// The registry's roots, names and views (WindowsRegistry.cpp), shared by its listing
// (WindowsRegistryListing.cpp). KEY_WOW64_64KEY / KEY_WOW64_32KEY pick the view whatever this
// process's bitness; both are ignored for keys that are not redirected (HKCU, most of HKU).
HKEY registryRoot(RegistryHive hive);
QString registryHiveName(RegistryHive hive); // "HKLM", "HKU", "HKCU"
REGSAM registryViewFlag(RegistryView view);

// A FILETIME (100 ns since 1601-01-01 UTC) as a UTC QDateTime; zero gives an invalid one.
QDateTime fileTimeToUtc(const FILETIME& time);
// GetDriveTypeW's DRIVE_* value as a DriveType (DRIVE_NO_ROOT_DIR and others: Unknown).
DriveType driveTypeFrom(UINT driveType);
// Keeps the FILE_ATTRIBUTE_* bits FileAttribute names, drops the others.
FileAttributes fileAttributesFrom(DWORD raw);

} // namespace mars::win
