// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QStringList>

namespace mars {

// Role: the machine and this process: who runs it with which rights, the operating system,
// the clock, pending reboots, and the one action on the process itself (the elevated
// relaunch). Implemented by WindowsMachine, PosixMachine and ScenarioMachine. Thread-safe.
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

    // --- actions (used by fixes only) -----------------------------------------------------
    // Starts this program again with administrator rights and the same arguments.
    virtual RelaunchResult relaunchElevated(const QStringList& arguments) const = 0;
};

} // namespace mars
