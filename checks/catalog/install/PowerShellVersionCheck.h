// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A8 powershell_version — is Windows PowerShell 5.0 or later installed, as the current agent's
// setup requires?
//  Source:   install guide (08/2025): "MARS agent installation requires Windows Powershell 5.0"
//            ("requires", hence a failure below it, not a warning); 5.1 (WMF 5.1) is what every
//            supported Windows has or can get. The troubleshooting guide's "PowerShell 3.0 or later"
//            (11/2025) is the rule for scheduled backups of an installed agent, which 5.0 covers.
//  Probe:    HKLM\SOFTWARE\Microsoft\PowerShell\3\PowerShellEngine PowerShellVersion (present
//            for PowerShell 3.0 and later), else ...\PowerShell\1\PowerShellEngine (PowerShell
//            1.0/2.0). 64-bit view. The registry path is general Windows practice (UNCONFIRMED
//            by a MARS document). PowerShell 7 (pwsh) is a separate product and does not count.
//  States:   Pass version 5.0 or later; Fail 3.x, 4.x, only PowerShell 2.0 (or 1.0), or none at
//            all; Warning when the PowerShell\3 key holds no readable version (3.0 or later, but
//            which one is not known); NotApplicable off Windows; Error when a value cannot be read
//            (denied, failed).
//  Deadline: 5 s.
//  Fix:      none (guidance: install WMF 5.1, restart); nothing to undo.
class PowerShellVersionCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellVersionCheck)

public:
    static QString id() { return QStringLiteral("powershell_version"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static constexpr int kMinimumMajor = 5; // Windows PowerShell 5.0 (install guide 08/2025)

    static QString engineKey(int generation); // SOFTWARE\Microsoft\PowerShell\<n>\PowerShellEngine
};

} // namespace mars
