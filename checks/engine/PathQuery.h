// SPDX-License-Identifier: MIT
#pragma once

#include "CheckEnvironment.h"

namespace mars {

// What the pages may ask about a path on the machine the run looks at (real or simulated), as
// CheckEnvironment::currentAccount() for the account: they never call the OS layer themselves.
// The path's attributes, NotFound when it does not exist. Asks the OS: call it on a worker.
Probed<FileAttributes> pathAttributes(const CheckEnvironment& environment, const QString& path);

} // namespace mars
