// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QString>

namespace mars {

// How a simulated Windows machine compares names: paths and registry keys case-insensitively,
// either path separator, no trailing backslash. ScenarioParser uses these keys to find
// duplicates and ScenarioSystem to answer lookups, so the two can never disagree.
class ScenarioKeys
{
public:
    // "C:/Windows//Temp/" -> "C:\Windows\Temp"; a drive root keeps its backslash ("C:\").
    static QString canonicalPath(const QString& windowsPath);
    // canonicalPath() case-folded, drive roots without the backslash ("c:"); compare with ==.
    static QString pathKey(const QString& windowsPath);
    // The key of the folder holding `key`; empty at a drive root or "\\server\share".
    static QString parentKey(const QString& key);
    // "C:\...", "C:" or "\\server\share\...", within the Win32 long-path limit, no * ? < > | " :
    static bool isValidAbsolutePath(const QString& path);
    // One path component: not empty, not "." or "..", none of \ / : * ? " < > | or controls.
    static bool isPlainFileName(const QString& name);

    static QString hiveName(RegistryHive hive); // "HKLM"
    // "SOFTWARE\\Microsoft\" -> "SOFTWARE\Microsoft": no empty components.
    static QString normalRegistryKey(const QString& key);
    // Only HKLM has a 32-bit view here; user hives ignore the view, as Windows does for all
    // but Software\Classes. HKLM\SOFTWARE\WOW6432Node\X is the 32-bit view's SOFTWARE\X.
    static QString registryKeyId(RegistryHive hive, RegistryView view, const QString& key);
    static QString registryValueId(const QString& keyId, const QString& valueName);
};

} // namespace mars
