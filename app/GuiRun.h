// SPDX-License-Identifier: MIT
#pragma once

#include "Composition.h"

namespace mars {

// Shows the wizard for a composed session and runs the event loop until it closes; `presenter`
// (--presenter) starts it in presenter mode.
int runGui(const Composition& composition, bool presenter = false);

} // namespace mars
