// SPDX-License-Identifier: MIT
#pragma once
// I9: fixes whose change takes effect only after the server restarts (TLS settings, the machine
// PSModulePath) mark their plan here, so the journal records it, the Summary asks for one restart
// and the restart check re-runs with the fix. The check's id lives here because fixes of other
// sections name it and a section never includes another.

#include "engine/FixPlan.h"

namespace mars::restart {

// The id of health/RebootAfterChangesCheck.
inline QString checkId()
{
    return QStringLiteral("reboot_after_changes");
}

inline void markNeeded(FixPlan& plan)
{
    plan.restartNeeded = true;
    if (!plan.alsoRecheck.contains(checkId()))
        plan.alsoRecheck.append(checkId());
}

} // namespace mars::restart
