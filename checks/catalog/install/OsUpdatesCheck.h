// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A6 os_updates_current — is Windows up to date enough for the agent's installer and its TLS
// (SELFHELP, TSG "Ensure your OS has the latest updates", MATRIX "latest service packs and updates")?
//  Probe:    MachineProbe::pendingRebootReasons() (Component Based Servicing\RebootPending,
//            WindowsUpdate\Auto Update\RebootRequired, PendingFileRenameOperations);
//            MachineProbe::updateHistory(), the Windows Update Agent's history (the newest
//            successful installation that is not a definition update), which every supported
//            Windows keeps; and, when that history names no installation, the value
//            LastSuccessTime of HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto
//            Update\Results\Install (REG_SZ "yyyy-MM-dd HH:mm:ss", UTC), which only Windows before
//            10 1607 / Server 2016 writes (mars-checks.md, "Newer than the rest of this page").
//  States:   Warning a restart is pending (worded by its cause: only PendingFileRenameOperations,
//            which antivirus software keeps filled, says files wait to be replaced, not updates);
//            Warning the last installation is more than 60 days old (the threshold is the
//            wizard's choice, catalog A6), or the history records no installation at all;
//            Error no restart is pending but the history cannot be read (Windows Update disabled,
//            missing, not answering; Wine) and nothing else records the date, so the 60-day
//            question is unanswered; Error the pending-restart markers cannot be read; Pass
//            otherwise; never Fail; NotApplicable off Windows.
//  Deadline: 20 s (the history waits at most MachineProbe::kUpdateHistoryWait_ms, 15 s).
//  Fix:      none (guidance only: run Windows Update and restart); nothing to undo.
class OsUpdatesCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(OsUpdatesCheck)

public:
    static QString id() { return QStringLiteral("os_updates_current"); }

    static constexpr int kMaxAge_days = 60;

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static QString resultsKey(); // ...\WindowsUpdate\Auto Update\Results\Install
};

} // namespace mars
