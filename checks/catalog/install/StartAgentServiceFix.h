// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>

namespace mars {

// start_agent_service (for A11 existing_agent_install).
//  Changes:  starts the agent's service obengine (StartService, waits a bounded time for it to
//            run). Needs administrator rights: without them the preview says "Restart as
//            administrator first" and the fix cannot be applied. A disabled service is refused
//            (its start type is the administrator's decision, not changed silently).
//  Preview:  the service's current state -> running.
//  Undo:     not reversible as a journal undo; starting a service changes no setting. The preview
//            says how to stop it again (net stop obengine).
class StartAgentServiceFix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(StartAgentServiceFix)

public:
    static QString id() { return QStringLiteral("start_agent_service"); }
    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;
};

} // namespace mars
