// SPDX-License-Identifier: MIT
#pragma once

#include "Composition.h"

namespace mars {

struct AppOptions;
class UiTranslators;

// Shows the wizard for a composed session and runs the event loop until it closes. `options`:
// --presenter starts it in presenter mode; without --language, the language the Welcome page's
// menu chose last in this data folder is switched to first (through `translators`).
int runGui(const Composition& composition, const AppOptions& options, UiTranslators& translators);

} // namespace mars
