// SPDX-License-Identifier: MIT
#include "FixRights.h"

#include "system/SystemProbe.h"

namespace mars {

void FixRights::settle(FixPlan& plan, const CheckContext& context, const QString& action, const Probed<bool>* writable)
{
    const Probed<AccountInfo> account = context.system().machine().account();
    const bool elevated = account.ok() && account.value.elevation == TokenElevation::Elevated;
    if (writable && writable->ok() && writable->value) {
        plan.elevation = elevated ? Elevation::Held : Elevation::NotNeeded;
        plan.canApply = true;
    } else if (!elevated) {
        plan.elevation = Elevation::Needed;
        plan.canApply = false;
        plan.cannotApplyReason = tr("%1 needs administrator rights. Use \"Restart as administrator\" first, then run "
                                    "this fix again.")
                                         .arg(action);
    } else if (writable && !(writable->ok() && writable->value)) {
        plan.elevation = Elevation::Held;
        plan.canApply = false;
        plan.cannotApplyReason = tr("Even with administrator rights this program may not do this: %1 (%2). Ask the "
                                    "customer's IT team to check the permissions.")
                                         .arg(action, writable->ok() ? tr("access denied") : writable->reason);
    } else {
        plan.elevation = Elevation::Held;
        plan.canApply = true;
    }
}

} // namespace mars
