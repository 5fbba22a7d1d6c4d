// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckContext.h"
#include "system/SystemTypes.h"

#include <QString>

// Where the MARS agent lives on a machine (mars-checks.md §1.1) and the path arithmetic the
// checks need. Paths are Windows paths when they contain a backslash (WindowsSystem and
// scenarios, even on a Linux host) and POSIX paths otherwise (PosixSystem with --install-dir).
namespace mars::agent {

// Registry locations, all under HKLM in the 64-bit view.
QString setupKey(); // SOFTWARE\Microsoft\Windows Azure Backup\Setup
QString installPathValue(); // InstallPath
QString configKey(); // SOFTWARE\Microsoft\Windows Azure Backup\Config
QString providerKey(); // ...\Config\CloudBackupProvider
QString scratchValue(); // ScratchLocation
QString serviceName(); // obengine
QString defaultFolderName(); // Microsoft Azure Recovery Services Agent
QString downloadUrl(); // https://aka.ms/azurebackup_agent
// The agent's engine inside its install folder, "bin\cbengine.exe" (mars-checks.md §1.1): a
// folder holding it is an agent install folder whatever the registry says.
QString engineBinary();

// --- path arithmetic ---------------------------------------------------------------------
QString joinPath(const QString& dir, const QString& name);
// Without surrounding blanks and trailing separators, except a root's ("C:\"): InstallPath is
// stored as "...\Agent\", and `compact /s:"...\Agent\"` would read \" as a quote.
// A full local Windows path comes back canonical (WindowsPath.h: "." and "..", trailing dots
// and spaces, "\\?\" resolved, '/' read as '\'); other text only loses blanks and separators.
QString tidyPath(const QString& path);
// The parent folder, or an empty string for a root ("C:\", "\\server\share", "/").
QString parentPath(const QString& path);
// Equal as Windows compares paths: full local paths by their canonical form (WindowsPath.h:
// ".", "..", trailing dots and spaces, "\\?\" resolved, case-insensitively); other Windows
// paths case-insensitively, '/' and '\' alike, trailing separators ignored. POSIX paths
// compare exactly.
bool samePath(const QString& a, const QString& b);

// --- where the agent is (or would be) -----------------------------------------------------
struct Location
{
    QString path; // empty when it could not be worked out (then `reason` says why)
    QString sourceId; // "typed", "registry", "default", "planned": for evidence and tests
    QString source; // the same in words, translated
    QString reason;
};

// The install folder: the one the technician typed, else the agent's InstallPath, else
// %ProgramFiles%\Microsoft Azure Recovery Services Agent. Unknown (empty path, `reason`) when
// InstallPath cannot be read: the default is only for an agent known not to be installed.
Location installDir(const CheckContext& context);
// The InstallPath registry value when the agent is installed (empty path otherwise; `reason`
// is set only when the value could not be read, not when it is absent).
Location installedPath(const CheckContext& context);
// The cache (scratch) folder: Config\ScratchLocation, else CloudBackupProvider\ScratchLocation,
// else the installer's default <install folder>\Scratch ("planned"). Unknown when a value
// cannot be read (never a guess past an unreadable value).
Location scratchDir(const CheckContext& context);

// Both ScratchLocation values (Config, then CloudBackupProvider), tidied, those that are set;
// a value that cannot be read is left out (callers that need to know read it themselves).
QStringList registeredScratchDirs(const CheckContext& context);

// The folder itself when it exists, else its nearest existing parent; `path` is empty when
// nothing up to the root exists or could be read (then `reason` says why).
struct ExistingFolder
{
    QString path;
    FileAttributes attributes;
    bool isTarget = false; // true when `path` is the folder asked about
    QString reason;
};
ExistingFolder nearestExisting(const CheckContext& context, const QString& path);

// A version "2.0.9262.0" as four numbers for comparison; false when it is not one.
bool parseVersion(const QString& text, quint64* packed);

} // namespace mars::agent
