// SPDX-License-Identifier: MIT
// The product's checks and fixes, in the catalog's suggested order (mars-checks.md §5).
// Adding a check: write its file pair under checks/checks/ and add one line here.
#include "CheckCatalog.h"
#include "checks/AdminMembershipCheck.h"
#include "checks/ProcessElevatedCheck.h"
#include "checks/TempTmpCountCheck.h"
#include "fixes/RestartElevatedFix.h"
#include "fixes/TempCleanupFix.h"

namespace mars {

CheckCatalog builtinCatalog()
{
    CheckCatalog catalog;
    catalog.addCheck(std::make_shared<AdminMembershipCheck>());
    catalog.addCheck(std::make_shared<ProcessElevatedCheck>());
    catalog.addCheck(std::make_shared<TempTmpCountCheck>());

    catalog.addFix(std::make_shared<RestartElevatedFix>());
    catalog.addFix(std::make_shared<TempCleanupFix>());
    return catalog;
}

} // namespace mars
