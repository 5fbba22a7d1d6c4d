// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A7 dotnet_version — is .NET Framework 4.8 or later installed (what the current agent's setup
// requires, and what the agent runs on)?
//  Probe:    HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full Release (REG_DWORD) in both
//            registry views (64-bit and WOW6432Node, catalog §7); the lower value counts.
//  States:   Fail key absent or Release < 528040 (4.8); Pass otherwise. Source: install guide
//            (08/2025) "MARS agent installation requires ... Microsoft .NET Framework 4.8
//            (previously 4.5)" and the support matrix (11/2025), ".NET 4.8" for every supported
//            Windows; the Release values are those of the .NET page "Determine which .NET
//            Framework versions are installed". The older 4.5 / 4.5.2 / 4.6.2 rules (catalog §4.2)
//            are superseded. The sentence names the version ("4.7.2", ...); on a Windows version
//            that cannot run 4.8 the remedy says so (WindowsRelease: runsDotNet48).
//            NotApplicable off Windows; Error when the value cannot be read (denied, failed) in
//            either view and none was read.
//  Deadline: 5 s.
//  Fix:      none (guidance: the .NET 4.8 offline installer, then a restart); nothing to undo.
class DotNetVersionCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(DotNetVersionCheck)

public:
    static QString id() { return QStringLiteral("dotnet_version"); }

    static constexpr quint32 kFailBelow = 528040; // 4.8 (install guide 08/2025, support matrix 11/2025)

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // The .NET Framework version a Release value stands for ("4.8"), or "" below 4.5.
    static QString versionOf(quint32 release);
    static QString fullKey(); // SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full
};

} // namespace mars
