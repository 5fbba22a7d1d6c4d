// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QStringList>

#include <stop_token>

namespace mars {

// Role: the machine and this process: who runs it with which rights, the operating system,
// the clock, pending reboots, and the actions on the process itself (the elevated relaunch)
// and on the clock (a resynchronisation). Implemented by WindowsMachine, PosixMachine and
// ScenarioMachine. Thread-safe.
class MachineProbe
{
public:
    virtual ~MachineProbe() = default;

    virtual Probed<AccountInfo> account() const = 0;
    virtual Probed<OsInfo> osInfo() const = 0;
    virtual Probed<ClockInfo> clock() const = 0;
    // Why a restart is pending, one plain sentence per marker; each names its marker as
    // Windows spells it (RebootRequired, RebootPending, PendingFileRenameOperations), which the
    // checks rely on to tell the markers apart. Empty: no restart is pending.
    virtual Probed<QStringList> pendingRebootReasons() const = 0;
    // Windows Update's installation history (Windows: the Windows Update Agent's COM API on a
    // thread of its own, bounded by kUpdateHistoryWait_ms; Failed with a plain reason when the
    // agent is missing, disabled, refuses or does not answer in time). Never changes anything.
    virtual Probed<UpdateHistory> updateHistory() const = 0;
    static constexpr int kUpdateHistoryWait_ms = 15000;

    // The computer's names and domain or workgroup membership (Windows: GetComputerNameExW for
    // the NetBIOS name, DNS host name, primary DNS suffix and FQDN; NetGetJoinInformation for
    // the membership). Local calls only, nothing is looked up on the network. Failed with the
    // call and Windows' reason when one of them fails.
    virtual Probed<MachineIdentity> identity() const = 0;

    // --- actions (used by fixes only) -----------------------------------------------------
    // Starts this program again with administrator rights and the same arguments.
    virtual RelaunchResult relaunchElevated(const QStringList& arguments) const = 0;
    // Asks Windows Time to set the clock from its time source now: runs
    // <GetSystemDirectoryW()>\w32tm.exe with resyncArguments() (never found through PATH: the
    // caller is elevated), waits at most kResyncWait_ms and stops early when `stop` is
    // requested. Ok when w32tm ends with exit code 0; the clock itself is judged by whoever
    // reads it next (the clock check). Otherwise: NotFound (no w32tm.exe), Denied (not elevated:
    // 0x80070005), Failed (the service is not running: osError 1062, w32tm's 0x80070426; no
    // time source; time-out; stopped), NotApplicable off Windows. The value holds the command
    // and w32tm's output whenever it ran, also when the status is not Ok.
    virtual Probed<ClockResync> resyncClock(const std::stop_token& stop) const = 0;
    static constexpr int kResyncWait_ms = 30000;
    static QStringList resyncArguments() { return {QStringLiteral("/resync"), QStringLiteral("/force")}; }
};

} // namespace mars
