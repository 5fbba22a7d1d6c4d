// SPDX-License-Identifier: MIT
#pragma once

#include "CheckInputs.h"
#include "system/SystemTypes.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace mars {

class FixJournal;
class SystemProbe;

// The services a run shares, built once by the composition root (app/ or a test) and copied
// into each run. New services (network prober, ...) are added here; the runner passes the
// environment through untouched, so adding one does not change the runner.
struct CheckEnvironment
{
    std::shared_ptr<SystemProbe> system;
    CheckInputs inputs;
    std::function<QDateTime()> utcNow = [] { return QDateTime::currentDateTimeUtc(); };
    // What this troubleshooter changed on this machine (I9 reads it to ask for a restart);
    // null in runs without a data folder. Read it on a worker (FixJournal::entries()).
    std::shared_ptr<const FixJournal> journal;

    // What the pages may ask about the machine (they never call the OS layer themselves):
    bool isSimulated() const; // every output must then say SIMULATED
    QString machineDescription() const; // "Windows", "Linux", "SIMULATED: ..."
    // Who runs the program and with which rights. Asks the OS: call it on a worker.
    Probed<AccountInfo> currentAccount() const;
};

} // namespace mars
