// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A9 vcredist_and_mmc — the installer's smaller prerequisites (support matrix 11/2025: "MMC 3.0",
// "DISM.exe", "latest compatible VC++ redistributable", read by the catalog as the latest supported
// Visual C++ 2015-2022 x64 redistributable; KB2934202 for the 2008 runtime), mostly a problem on
// old Windows.
//  Probe:    fileVersion(<System32>\mmc.exe) (knownFolder System32);
//            fileAttributes(<System32>\dism.exe); on Windows 7 / Server 2008 R2 (6.1) only, the
//            VC++ 2008 x64 runtime in <Windows>\WinSxS: fileAttributes of its usual folder
//            (vc90Folder()), else forEachEntry for any folder starting with vc90Prefix()
//            (amd64_microsoft.vc90.crt_1fc8b3b9a1e18e3b_9.0.21022.8_; stops at the first match);
//            on every Windows, the VC++ 2015-2022 (v14) x64 runtime: readRegistry of
//            HKLM\<vc14Key()> values Installed (REG_DWORD) and Version (REG_SZ, "v14.40.33810.00")
//            in the 64-bit view and the 32-bit view (WOW6432Node). Microsoft's C++ docs
//            ("Redistributing Visual C++ files", 01/2025) keep the installed v14 version there
//            (Version, and Major/Minor/Bld/Rbld); Installed = 1 is what the package writes
//            (general practice, not in that page). Either view counts; the newer version wins.
//  States:   Fail mmc.exe missing or older than 6.x (MMC 3.0); Fail DISM.exe missing on Server
//            2012 / 2008 R2 (the matrix rows that list it), Warning elsewhere; Fail VC++ 2008 x64
//            runtime missing on 6.1 (setup fails with "Unable to execute the embedded
//            application"); Warning VC++ v14 x64 runtime missing, or only the Visual Studio 2015
//            one (14.0.x, support ended 15 October 2025: "Latest supported Visual C++
//            Redistributable downloads", 12/2025); Pass otherwise. Why a warning and not a
//            failure: the matrix lists the runtime among the software requirements, but the
//            install guide (08/2025) names only Windows PowerShell 5.0 and .NET 4.8 as what
//            installation requires, no guide names a setup error for a missing v14 runtime, and
//            whether the agent's setup brings it along is not documented (UNCONFIRMED).
//            The worst problem is the sentence; all are in the detail and remedy. NotApplicable
//            off Windows; Error when a probe is denied or fails.
//  Deadline: 30 s (WinSxS holds tens of thousands of folders on an old server).
//  Fix:      none (guidance: the VC++ redistributables, system file repair); nothing to undo.
class VcRedistMmcCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(VcRedistMmcCheck)

public:
    static QString id() { return QStringLiteral("vcredist_and_mmc"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static QString vc90Prefix(); // amd64_microsoft.vc90.crt_1fc8b3b9a1e18e3b_9.0.21022.8_
    static QString vc90Folder(); // the full name the runtime's folder usually has (..._none_750b37ff97f4f68b)
    static QString vc14Key(); // SOFTWARE\Microsoft\VisualStudio\14.0\VC\Runtimes\X64

private:
    // The VC++ 2015-2022 (v14) x64 runtime: its evidence, and a problem when it is missing,
    // out of support or unreadable.
    void checkVc14(const CheckContext& context, const OsInfo& os, QList<Problem>* problems,
                   QList<Evidence>* evidence) const;
};

} // namespace mars
