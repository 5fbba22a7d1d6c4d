// SPDX-License-Identifier: MIT
#pragma once

#include "SystemProbe.h"

#include <memory>

namespace mars {

struct NativeSystemOptions
{
    QString tempDirOverride; // Linux only: --temp-dir
};

// The real OS of this build: WindowsSystem on Windows, PosixSystem elsewhere.
std::unique_ptr<SystemProbe> createNativeSystem(const NativeSystemOptions& options);

} // namespace mars
