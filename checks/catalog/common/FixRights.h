// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckContext.h"
#include "engine/FixPlan.h"
#include "system/SystemTypes.h"

#include <QCoreApplication>
#include <QString>

namespace mars {

// How the fixes of the cache and install folders decide whether they can run with this
// process's rights, in the same words as the temp cleanup: never elevate silently; without
// the full administrator token, say "Restart as administrator" first.
class FixRights
{
    Q_DECLARE_TR_FUNCTIONS(FixRights)

public:
    // Sets plan.elevation, plan.canApply and plan.cannotApplyReason. `action` names the change
    // ("Changing the registry value X"). `writable`, when given, is canModifyFolder() of the
    // folder the fix changes: a folder this process may already change needs no elevation.
    static void settle(FixPlan& plan, const CheckContext& context, const QString& action,
                       const Probed<bool>* writable = nullptr);
};

} // namespace mars
