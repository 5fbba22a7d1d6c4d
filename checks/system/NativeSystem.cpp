// SPDX-License-Identifier: MIT
#include "NativeSystem.h"

#ifdef Q_OS_WIN
#include "WindowsSystem.h"
#else
#include "PosixSystem.h"
#endif

namespace mars {

std::unique_ptr<SystemProbe> createNativeSystem(const NativeSystemOptions& options)
{
#ifdef Q_OS_WIN
    return std::make_unique<WindowsSystem>(options.tempDirOverride);
#else
    return std::make_unique<PosixSystem>(options.tempDirOverride);
#endif
}

} // namespace mars
