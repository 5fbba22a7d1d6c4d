// SPDX-License-Identifier: MIT
#pragma once

#include "Composition.h"

namespace mars {

// Shows the wizard for a composed session and runs the event loop until it closes.
int runGui(const Composition& composition);

} // namespace mars
