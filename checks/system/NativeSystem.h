// SPDX-License-Identifier: MIT
#pragma once

#include "SystemProbe.h"

#include <memory>

namespace mars {

struct NativeSystemOptions
{
    QString tempDirOverride; // --temp-dir: the folder F1 scans instead of the system temp folder
};

// The real OS of this build: WindowsSystem on Windows, PosixSystem elsewhere.
std::unique_ptr<SystemProbe> createNativeSystem(const NativeSystemOptions& options);

} // namespace mars
