// SPDX-License-Identifier: MIT
#pragma once

#include "system/SystemTypes.h"

#include <QString>

namespace mars {

// Wording for a service's state, shared by A11 existing_agent_install and StartAgentServiceFix.
QString serviceStateId(ServiceState state); // "stopped" / "start_pending" / ... (evidence, journal)
QString serviceStateText(ServiceState state); // "stopped" / "starting" / ... (translated, for sentences)
QString serviceStartTypeId(ServiceStartType type); // "automatic" / "manual" / "disabled" / "other"

} // namespace mars
