// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A7 dotnet_version — is .NET Framework 4.5.2 or later installed (installer prerequisite and
// what registration runs on)?
//  Probe:    HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full Release (REG_DWORD) in both
//            registry views (64-bit and WOW6432Node, catalog §7); the lower value counts.
//  States:   thresholds of catalog §1.5 / §4.2, where the sources disagree (4.5 / 4.5.2 / 4.6.2):
//            Fail key absent or Release < 379893 (4.5.2); Warning < 394802 (4.6.2); Pass otherwise.
//            The sentence names the version ("4.8", "4.7.2", ...). NotApplicable off Windows;
//            Error when the value cannot be read (denied, failed) in either view and none was read.
//  Deadline: 5 s.
//  Fix:      none (guidance: the .NET 4.8 offline installer, then a restart); nothing to undo.
class DotNetVersionCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(DotNetVersionCheck)

public:
    static QString id() { return QStringLiteral("dotnet_version"); }

    static constexpr quint32 kFailBelow = 379893; // 4.5.2
    static constexpr quint32 kWarnBelow = 394802; // 4.6.2

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // The .NET Framework version a Release value stands for ("4.8"), or "" below 4.5.
    static QString versionOf(quint32 release);
    static QString fullKey(); // SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full
};

} // namespace mars
