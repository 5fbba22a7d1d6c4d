// SPDX-License-Identifier: MIT
// The product's checks and fixes, in the catalog's suggested order (mars-checks.md §5).
// Adding a check: write its file pair under checks/checks/ and add one line here.
#include "CheckCatalog.h"
#include "checks/AdminMembershipCheck.h"
#include "checks/DotNetVersionCheck.h"
#include "checks/ExistingAgentCheck.h"
#include "checks/InstallDirAttributesCheck.h"
#include "checks/InstallerLogsCheck.h"
#include "checks/Os64BitCheck.h"
#include "checks/OsSupportedCheck.h"
#include "checks/OsUpdatesCheck.h"
#include "checks/PowerShellVersionCheck.h"
#include "checks/ProcessElevatedCheck.h"
#include "checks/ScratchAttributesCheck.h"
#include "checks/ScratchFreeSpaceCheck.h"
#include "checks/ScratchMoveCheck.h"
#include "checks/ScratchRegistryCheck.h"
#include "checks/ScratchVolumeCheck.h"
#include "checks/ServerCoreCheck.h"
#include "checks/TempTmpCountCheck.h"
#include "checks/TempWritableCheck.h"
#include "checks/VcRedistMmcCheck.h"
#include "fixes/FolderAttributesFix.h"
#include "fixes/RestartElevatedFix.h"
#include "fixes/ScratchRegistryFix.h"
#include "fixes/StartAgentServiceFix.h"
#include "fixes/TempCleanupFix.h"

namespace mars {

CheckCatalog builtinCatalog()
{
    CheckCatalog catalog;
    catalog.addCheck(std::make_shared<AdminMembershipCheck>());
    catalog.addCheck(std::make_shared<ProcessElevatedCheck>());
    catalog.addCheck(std::make_shared<OsSupportedCheck>());
    catalog.addCheck(std::make_shared<Os64BitCheck>());
    catalog.addCheck(std::make_shared<ServerCoreCheck>());
    catalog.addCheck(std::make_shared<OsUpdatesCheck>());
    catalog.addCheck(std::make_shared<DotNetVersionCheck>());
    catalog.addCheck(std::make_shared<PowerShellVersionCheck>());
    catalog.addCheck(std::make_shared<VcRedistMmcCheck>());
    catalog.addCheck(std::make_shared<InstallDirAttributesCheck>());
    catalog.addCheck(std::make_shared<ExistingAgentCheck>());
    catalog.addCheck(std::make_shared<InstallerLogsCheck>());
    catalog.addCheck(std::make_shared<ScratchRegistryCheck>());
    catalog.addCheck(std::make_shared<ScratchVolumeCheck>());
    catalog.addCheck(std::make_shared<ScratchAttributesCheck>());
    catalog.addCheck(std::make_shared<ScratchFreeSpaceCheck>());
    catalog.addCheck(std::make_shared<ScratchMoveCheck>());
    catalog.addCheck(std::make_shared<TempTmpCountCheck>());
    catalog.addCheck(std::make_shared<TempWritableCheck>());

    catalog.addFix(std::make_shared<RestartElevatedFix>());
    catalog.addFix(std::make_shared<StartAgentServiceFix>());
    catalog.addFix(std::make_shared<TempCleanupFix>());
    catalog.addFix(std::make_shared<FolderAttributesFix>(FolderAttributesFix::Folder::InstallDir));
    catalog.addFix(std::make_shared<FolderAttributesFix>(FolderAttributesFix::Folder::Scratch));
    catalog.addFix(std::make_shared<ScratchRegistryFix>());
    return catalog;
}

} // namespace mars
