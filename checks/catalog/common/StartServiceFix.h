// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>

namespace mars {

// Starts one Windows service: the agent's obengine (start_agent_service, A11) and Windows Time
// (start_time_service, E3) are instances (StartAgentServiceFix, StartTimeServiceFix).
//  Changes:  starts the service (StartService, waits a bounded time for it to run). Needs
//            administrator rights: without them the preview says "Restart as administrator
//            first" and the fix cannot be applied. A disabled service is refused (its start type
//            is the administrator's decision, not changed silently).
//  Preview:  the service's current state -> running.
//  Undo:     not reversible as a journal undo; starting a service changes no setting. The preview
//            says how to stop it again (net stop <service>).
class StartServiceFix : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(StartServiceFix)

public:
    struct Target
    {
        QString fixId;
        QString checkId; // the check it repairs: re-run after apply
        QString service; // the service's short name ("obengine", "W32Time")
        QString title; // the button's words, translated by the instance
    };
    explicit StartServiceFix(Target target);

    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;

private:
    Target m_target;
};

} // namespace mars
