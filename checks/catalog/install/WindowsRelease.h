// SPDX-License-Identifier: MIT
#pragma once

#include "system/SystemTypes.h"

#include <QString>

// Which Windows release a version number is, and what the MARS support matrix says about it
// (mars-checks.md A3, MATRIX 12/2022). Shared by the OS checks (A3) and the prerequisite
// checks whose rules depend on the release (A9: DISM and the VC++ 2008 runtime).
namespace mars::windows {

enum class Support : quint8 {
    Supported = 1, // Windows Server 2012 - 2022 (all editions the matrix lists, Storage Server too)
    FilesAndFoldersOnly, // Windows 8, 8.1, 10, 11: supported, but no System State backup
    NotYetListed, // newer than the matrix we ship with (Server 2025): UNCONFIRMED in the catalog
    EndOfSupport, // Windows 7, Server 2008 R2, Server 2008 SP2: only with Extended Security Updates
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

// Evidence wording.
QString versionText(const OsInfo& os); // "10.0.17763"
QString productTypeId(OsInfo::ProductType type); // "workstation" / "domain_controller" / "server" / "other"
// The value, or "(not recorded)" when Windows did not say: evidence never has an empty value.
QString orNotRecorded(const QString& value);

} // namespace mars::windows
