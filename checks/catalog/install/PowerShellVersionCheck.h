// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A8 powershell_version — is Windows PowerShell 3.0 or later installed? The installer lists
// Windows PowerShell as a prerequisite and scheduled backups run through it (TSG).
//  Probe:    HKLM\SOFTWARE\Microsoft\PowerShell\3\PowerShellEngine PowerShellVersion (present
//            for PowerShell 3.0 and later), else ...\PowerShell\1\PowerShellEngine (PowerShell
//            1.0/2.0). 64-bit view. The registry path is general Windows practice (UNCONFIRMED
//            by a MARS document).
//  States:   Pass version 3 or later; Fail only PowerShell 2.0 (or 1.0), or none at all;
//            NotApplicable off Windows; Error when a value cannot be read (denied, failed).
//  Deadline: 5 s.
//  Fix:      none (guidance: install WMF 5.1, restart); nothing to undo.
class PowerShellVersionCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellVersionCheck)

public:
    static QString id() { return QStringLiteral("powershell_version"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static QString engineKey(int generation); // SOFTWARE\Microsoft\PowerShell\<n>\PowerShellEngine
};

} // namespace mars
