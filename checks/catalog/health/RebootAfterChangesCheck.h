// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/RestartNeeded.h"
#include "catalog/common/WindowsOnlyCheck.h"

#include <QDateTime>

namespace mars {

struct JournalEntry;

// I9 reboot_after_changes — has the server restarted since this troubleshooter made a change
// that Windows or the agent read only when they start (TLS 1.2 settings, D1/D2; the machine
// PSModulePath, I7)? Source: TSG 12/2022 (after the TLS, PSModulePath and execution policy
// changes: "restart the server to ensure changes are applied consistently").
//  Probe:    the fix journal (CheckEnvironment::journal): fixes and undos marked restartNeeded
//            whose result is applied or partly applied — on a real machine every session's, on a
//            simulated one this session's only; MachineProbe::clock(): utcNow - uptime_s is when
//            the server last started.
//  States:   NotApplicable off Windows, without a journal, or when no such change is recorded
//            (changes made by hand are not known here); Pass when the server started after the
//            last one; Warning when it has not (the changes named, newest first); Error when the
//            time of the last start cannot be read while changes are recorded.
//  Deadline: 5 s.
//  Fix:      none: restarting a production server is the customer's decision (the Summary asks
//            once, FixPlan::restartNeeded).
class RebootAfterChangesCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(RebootAfterChangesCheck)

public:
    static QString id() { return restart::checkId(); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // The journal entries that still wait for a restart when the server last started at
    // `lastStartUtc` (an invalid time: all of them), newest first. `sessionId` non-empty: a
    // simulated machine, only that session's simulated entries count.
    static QList<JournalEntry> awaitingRestart(const QList<JournalEntry>& entries, const QDateTime& lastStartUtc,
                                               const QString& sessionId);
};

} // namespace mars
