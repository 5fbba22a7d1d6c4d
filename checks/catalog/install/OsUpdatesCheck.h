// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A6 os_updates_current — is Windows up to date enough for the agent's installer and its TLS
// (SELFHELP, TSG "Ensure your OS has the latest updates", MATRIX "latest service packs and updates")?
//  Probe:    SystemProbe::pendingRebootReasons() (Component Based Servicing\RebootPending,
//            WindowsUpdate\Auto Update\RebootRequired, PendingFileRenameOperations), and
//            the value LastSuccessTime of the key
//            HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\Results\Install (REG_SZ
//            "yyyy-MM-dd HH:mm:ss", UTC) when Windows records it (Windows 10 1607 / Server 2016 and later no longer do;
//            that alone never warns).
//  States:   Warning a restart is pending, or the last successful update install is more than
//            60 days old (the threshold is the wizard's choice, catalog A6); Pass otherwise; never
//            Fail; NotApplicable off Windows; Error when the pending-restart markers cannot be read.
//  Deadline: 10 s.
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
