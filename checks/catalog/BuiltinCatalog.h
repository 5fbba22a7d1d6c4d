// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckCatalog.h"

namespace mars {

// Every real check and fix, in the catalog's suggested order (mars-checks.md §5).
CheckCatalog builtinCatalog();

} // namespace mars
