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
    virtual Probed<QStringList> pendingRebootReasons() const = 0;

    // --- actions (used by fixes only) -----------------------------------------------------
    // Starts this program again with administrator rights and the same arguments.
    virtual RelaunchResult relaunchElevated(const QStringList& arguments) const = 0;
};

} // namespace mars
