// SPDX-License-Identifier: MIT
#include "PathQuery.h"

#include "ThreadGuard.h"
#include "system/SystemProbe.h"

#include <QCoreApplication>

namespace mars {

Probed<FileAttributes> pathAttributes(const CheckEnvironment& environment, const QString& path)
{
    ThreadGuard::offGuiThread("pathAttributes");
    if (!environment.system)
        return Probed<FileAttributes>::bad(ProbeStatus::Failed,
                                           QCoreApplication::translate("mars::CheckEnvironment", "No machine to ask."));
    return environment.system->files().fileAttributes(path);
}

} // namespace mars
