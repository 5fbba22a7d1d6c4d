// SPDX-License-Identifier: MIT
#pragma once

#include "system/SystemTypes.h"

#include <QString>

// Which Windows release a version number is, and what the MARS support matrix says about it
// (mars-checks.md A3). Shared by the OS checks (A3) and the prerequisite checks whose rules
// depend on the release (A7: where .NET 4.8 can go; A9: DISM and the VC++ runtimes).
// Sources: support matrix (11/2025; the 03/2026 revision read for this lists the same Windows
// versions) and, for what can run .NET Framework 4.8, the .NET "versions and dependencies" page
// (4.8 installs on Windows 7 SP1, 8.1, 10, 11 and Server 2008 R2 SP1, 2012, 2012 R2, 2016 and
// later) and "Install .NET Framework on Windows 8" (dotnet/docs 10/2021: "supported on Windows
// Server 2012 but is not supported on Windows 8").
namespace mars::windows {

enum class Support : quint8 {
    Supported = 1, // Windows Server 2012 - 2025 (all editions the matrix lists, Storage Server too)
    FilesAndFoldersOnly, // Windows 8.1, 10, 11: supported, but no System State backup
    NotYetListed, // a Windows Server build newer than 2025, which no matrix lists yet
    EndOfSupport, // Windows 7 SP1, Server 2008 R2 SP1: only with Extended Security Updates
    // Windows 8, Server 2008 SP2, Windows 7 / Server 2008 R2 without SP1: in the matrix once,
    // but they cannot run .NET Framework 4.8, which the current agent's setup requires
    // (install guide 08/2025, support matrix 11/2025), so the current agent cannot go there.
    NoDotNet48,
    Unsupported,
};

struct Release
{
    QString name; // "Windows Server 2019", "Windows 11", "Windows (6.0.6001, workstation)"
    Support support = Support::Unsupported;
};

// Server and domain controller product types; Server Core is still a server here.
bool isServer(const OsInfo& os);
Release classify(const OsInfo& os);
// Whether .NET Framework 4.8 can be installed on this Windows version (sources above): Windows 7
// and Server 2008 R2 with SP1 (build 7601), Windows 8.1, Server 2012 and every later release.
bool runsDotNet48(const OsInfo& os);

// Evidence wording.
QString versionText(const OsInfo& os); // "10.0.17763"
QString productTypeId(OsInfo::ProductType type); // "workstation" / "domain_controller" / "server" / "other"
// The value, or "(not recorded)" when Windows did not say: evidence never has an empty value.
QString orNotRecorded(const QString& value);

} // namespace mars::windows
