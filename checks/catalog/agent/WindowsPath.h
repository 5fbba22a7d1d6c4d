// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The one canonical form of a Windows path for every safety decision (issue #14): pure path
// arithmetic, the same on a Linux host (scenarios) and on Windows. Strings compared as typed let
// "C:\Windows\.", "C:\Windows.", "C:\Windows\System32\.." and "\\?\C:\Windows" past a list of
// Windows' own folders; the canonical form is what Win32 itself opens for them.
namespace mars::agent {

struct CanonicalPath
{
    QString path; // "C:\Dir\Sub" (a root: "C:\"); empty when refused
    QString refusal; // why the text is not a full local path (translated); empty when ok
    bool ok() const { return !path.isEmpty(); }
};

// A full local path "X:\..." as Win32 (GetFullPathNameW) resolves it: '/' read as '\', repeated
// separators folded, "." dropped, ".." goes up (never above the drive), trailing dots and
// spaces of each name stripped, "\\?\" and "\\.\" removed. The letters keep their case
// (compare with sameCanonical). Refused, with a sentence: empty text, a network path (UNC,
// "\\?\UNC\"), a device or volume GUID path, a relative or drive-relative path ("dir", "C:dir",
// "\dir"), a name holding ':' (an alternate data stream such as "::$INDEX_ALLOCATION" opens
// the folder itself) or a wildcard.
CanonicalPath canonicalWindowsPath(const QString& path);

// Equal canonical Windows paths (case-insensitively, as NTFS compares names by default).
bool sameCanonical(const QString& a, const QString& b);
// `path` is `folder` or inside it (both canonical).
bool isSameOrInside(const QString& path, const QString& folder);

// True when a name in the path looks like an 8.3 short name ("PROGRA~1"): such a name can lead
// to any folder, so only the final path the machine reports for it is trusted.
bool hasShortNameComponent(const QString& canonical);

} // namespace mars::agent
