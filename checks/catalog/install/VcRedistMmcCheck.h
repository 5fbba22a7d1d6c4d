// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A9 vcredist_and_mmc — the installer's smaller prerequisites (MATRIX: "MMC 3.0", "DISM.exe",
// "latest compatible VC++ redistributable"; KB2934202), mostly a problem on old Windows.
//  Probe:    fileVersion(<System32>\mmc.exe) (knownFolder System32);
//            fileAttributes(<System32>\dism.exe); on Windows 7 / Server 2008 R2 (6.1) only, the
//            VC++ 2008 x64 runtime in <Windows>\WinSxS: fileAttributes of its usual folder
//            (vc90Folder()), else forEachEntry for any folder starting with vc90Prefix()
//            (amd64_microsoft.vc90.crt_1fc8b3b9a1e18e3b_9.0.21022.8_; stops at the first match).
//  States:   Fail mmc.exe missing or older than 6.x (MMC 3.0); Fail DISM.exe missing on Server
//            2012 / 2008 R2 (the matrix rows that list it), Warning elsewhere; Fail VC++ 2008 x64
//            runtime missing on 6.1 (setup fails with "Unable to execute the embedded
//            application"); Pass otherwise. The worst problem is the sentence; all are in the
//            detail and remedy. NotApplicable off Windows; Error when a probe is denied or fails.
//  Deadline: 30 s (WinSxS holds tens of thousands of folders on an old server).
//  Fix:      none (guidance: the VC++ 2008 x64 redistributable, system file repair); nothing to undo.
class VcRedistMmcCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(VcRedistMmcCheck)

public:
    static QString id() { return QStringLiteral("vcredist_and_mmc"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static QString vc90Prefix(); // amd64_microsoft.vc90.crt_1fc8b3b9a1e18e3b_9.0.21022.8_
    static QString vc90Folder(); // the full name the runtime's folder usually has (..._none_750b37ff97f4f68b)
};

} // namespace mars
