// SPDX-License-Identifier: MIT
#include "CheckEnvironment.h"

#include "ThreadGuard.h"
#include "system/SystemProbe.h"

#include <QCoreApplication>

namespace mars {

bool CheckEnvironment::isSimulated() const
{
    return system && system->isSimulated();
}

QString CheckEnvironment::machineDescription() const
{
    return system ? system->description() : QString();
}

Probed<AccountInfo> CheckEnvironment::currentAccount() const
{
    ThreadGuard::offGuiThread("CheckEnvironment::currentAccount");
    if (!system)
        return Probed<AccountInfo>::bad(ProbeStatus::Failed,
                                        QCoreApplication::translate("mars::CheckEnvironment", "No machine to ask."));
    return system->machine().account();
}

} // namespace mars
