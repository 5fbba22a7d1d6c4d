// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/StartServiceFix.h"

namespace mars {

// start_agent_service (for A11 existing_agent_install): starts the agent's service obengine.
// What it changes, its preview and why it has no undo: StartServiceFix.
class StartAgentServiceFix final : public StartServiceFix
{
    Q_DECLARE_TR_FUNCTIONS(StartAgentServiceFix)

public:
    static QString id() { return QStringLiteral("start_agent_service"); }
    StartAgentServiceFix();
};

} // namespace mars
