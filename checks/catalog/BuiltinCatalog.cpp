// SPDX-License-Identifier: MIT
// The product's checks and fixes, in the catalog's suggested order (mars-checks.md §5).
// Adding a check: write its file pair in its section's folder (the id and info() are declared
// there) and add one line here (docs/adding-a-check.md). The fixes in catalog/common/ get the
// id of the check that offers them here: common/ never includes a section.
#include "BuiltinCatalog.h"

#include "KnownErrors.h"
#include "catalog/agent/AgentLogFiles.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/common/RecheckingFix.h"
#include "catalog/common/RestartElevatedFix.h"
#include "catalog/health/AddModulePathFix.h"
#include "catalog/health/EnableScheduledTasksFix.h"
#include "catalog/health/ManagementAgentServiceCheck.h"
#include "catalog/health/MarsLogScanCheck.h"
#include "catalog/health/MsOnlineBackupModuleCheck.h"
#include "catalog/health/ObEngineServiceCheck.h"
#include "catalog/health/PsModulePathCheck.h"
#include "catalog/health/RebootAfterChangesCheck.h"
#include "catalog/health/ScheduledTaskHealthCheck.h"
#include "catalog/health/StartManagementAgentFix.h"
#include "catalog/health/StartObEngineServiceFix.h"
#include "catalog/install/AdminMembershipCheck.h"
#include "catalog/install/CoexistingProductsCheck.h"
#include "catalog/install/DotNetVersionCheck.h"
#include "catalog/install/ExistingAgentCheck.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/install/InstallerLogsCheck.h"
#include "catalog/install/Os64BitCheck.h"
#include "catalog/install/OsSupportedCheck.h"
#include "catalog/install/OsUpdatesCheck.h"
#include "catalog/install/PowerShellVersionCheck.h"
#include "catalog/install/ProcessElevatedCheck.h"
#include "catalog/install/ServerCoreCheck.h"
#include "catalog/install/StartAgentServiceFix.h"
#include "catalog/install/VcRedistMmcCheck.h"
#include "catalog/install/WindowsInstallerReadyCheck.h"
#include "catalog/network/DnsResolutionCheck.h"
#include "catalog/network/EntraIpRangesCheck.h"
#include "catalog/network/HttpsReachabilityCheck.h"
#include "catalog/network/NcsiProbeCheck.h"
#include "catalog/network/PrivateEndpointDnsCheck.h"
#include "catalog/network/ProxyAuthCheck.h"
#include "catalog/network/ProxyConfigCheck.h"
#include "catalog/registration/HostnameIdentityCheck.h"
#include "catalog/registration/RegistrationStateCheck.h"
#include "catalog/registration/ReregistrationChecklistCheck.h"
#include "catalog/scratch/ScratchAttributesCheck.h"
#include "catalog/scratch/ScratchFreeSpaceCheck.h"
#include "catalog/scratch/ScratchMoveCheck.h"
#include "catalog/scratch/ScratchRegistryCheck.h"
#include "catalog/scratch/ScratchRegistryFix.h"
#include "catalog/scratch/ScratchVolumeCheck.h"
#include "catalog/security/AntivirusExclusionsCheck.h"
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "catalog/temp/TempWritableCheck.h"
#include "catalog/time/ClockSkewCheck.h"
#include "catalog/time/ResyncClockFix.h"
#include "catalog/time/StartTimeServiceFix.h"
#include "catalog/time/TimeZoneSanityCheck.h"
#include "catalog/time/W32TimeServiceCheck.h"
#include "catalog/tls/AzureRootsCheck.h"
#include "catalog/tls/DotNetStrongCryptoCheck.h"
#include "catalog/tls/EnableTls12Fix.h"
#include "catalog/tls/SchannelTls12Check.h"
#include "catalog/tls/TlsInterceptionCheck.h"
#include "catalog/vault/AzureToolsCertsCheck.h"
#include "catalog/vault/VaultAgentCompatCheck.h"
#include "catalog/vault/VaultCertValidityCheck.h"
#include "catalog/vault/VaultFileLocationCheck.h"
#include "catalog/vault/VaultFileParseCheck.h"
#include "catalog/vault/VaultNewerFileCheck.h"
#include "catalog/vault/VaultRegisteredVaultCheck.h"
#include "catalog/vault/VaultTenantRestrictionsCheck.h"

namespace mars {

CheckCatalog builtinCatalog()
{
    using Folder = FolderAttributesFix::Folder;
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
    catalog.addCheck(std::make_shared<WindowsInstallerReadyCheck>());
    catalog.addCheck(std::make_shared<CoexistingProductsCheck>());
    catalog.addCheck(std::make_shared<ScratchRegistryCheck>());
    catalog.addCheck(std::make_shared<ScratchVolumeCheck>());
    catalog.addCheck(std::make_shared<ScratchAttributesCheck>());
    catalog.addCheck(std::make_shared<ScratchFreeSpaceCheck>());
    catalog.addCheck(std::make_shared<ScratchMoveCheck>());
    catalog.addCheck(std::make_shared<TempTmpCountCheck>());
    catalog.addCheck(std::make_shared<TempWritableCheck>());
    // Registration: the network path (C) and the clock (E) from one shared survey; the TLS
    // settings (D1, D2) from the registry; the trusted roots (C8) from the certificate store.
    catalog.addCheck(std::make_shared<ProxyConfigCheck>());
    catalog.addCheck(std::make_shared<DnsResolutionCheck>());
    catalog.addCheck(std::make_shared<HttpsReachabilityCheck>());
    catalog.addCheck(std::make_shared<ProxyAuthCheck>());
    catalog.addCheck(std::make_shared<EntraIpRangesCheck>());
    catalog.addCheck(std::make_shared<PrivateEndpointDnsCheck>());
    catalog.addCheck(std::make_shared<NcsiProbeCheck>());
    catalog.addCheck(std::make_shared<SchannelTls12Check>());
    catalog.addCheck(std::make_shared<DotNetStrongCryptoCheck>());
    catalog.addCheck(std::make_shared<TlsInterceptionCheck>());
    catalog.addCheck(std::make_shared<AzureRootsCheck>());
    catalog.addCheck(std::make_shared<ClockSkewCheck>());
    catalog.addCheck(std::make_shared<TimeZoneSanityCheck>());
    catalog.addCheck(std::make_shared<W32TimeServiceCheck>());
    // Registration: the vault credentials file (G), read once per run.
    catalog.addCheck(std::make_shared<VaultFileLocationCheck>());
    catalog.addCheck(std::make_shared<VaultFileParseCheck>());
    catalog.addCheck(std::make_shared<VaultCertValidityCheck>());
    catalog.addCheck(std::make_shared<VaultAgentCompatCheck>());
    catalog.addCheck(std::make_shared<VaultRegisteredVaultCheck>());
    catalog.addCheck(std::make_shared<VaultNewerFileCheck>());
    catalog.addCheck(std::make_shared<VaultTenantRestrictionsCheck>());
    catalog.addCheck(std::make_shared<AzureToolsCertsCheck>());
    // Registration: the server's registration state and name (H1-H3); H5 is named in H1's detail.
    catalog.addCheck(std::make_shared<RegistrationStateCheck>());
    catalog.addCheck(std::make_shared<ReregistrationChecklistCheck>());
    catalog.addCheck(std::make_shared<HostnameIdentityCheck>());
    catalog.addCheck(std::make_shared<AntivirusExclusionsCheck>());
    // Registration: the agent at run time (I): its services, its own logs, its backup schedule task,
    // its PowerShell module.
    catalog.addCheck(std::make_shared<ObEngineServiceCheck>());
    catalog.addCheck(std::make_shared<ManagementAgentServiceCheck>());
    catalog.addCheck(std::make_shared<MarsLogScanCheck>());
    catalog.addCheck(std::make_shared<ScheduledTaskHealthCheck>());
    catalog.addCheck(std::make_shared<PsModulePathCheck>());
    catalog.addCheck(std::make_shared<MsOnlineBackupModuleCheck>());
    catalog.addCheck(std::make_shared<RebootAfterChangesCheck>());

    catalog.addFix(std::make_shared<RestartElevatedFix>(ProcessElevatedCheck::id()));
    // A fix that changes what checks of other sections read re-runs them too (RecheckingFix).
    catalog.addFix(rechecking(std::make_shared<StartAgentServiceFix>(), {ObEngineServiceCheck::id()}));
    catalog.addFix(std::make_shared<TempCleanupFix>());
    catalog.addFix(std::make_shared<FolderAttributesFix>(Folder::InstallDir, InstallDirAttributesCheck::id()));
    catalog.addFix(std::make_shared<FolderAttributesFix>(Folder::Scratch, ScratchAttributesCheck::id()));
    catalog.addFix(rechecking(std::make_shared<ScratchRegistryFix>(),
                              {ScratchVolumeCheck::id(), ScratchAttributesCheck::id(), ScratchFreeSpaceCheck::id(),
                               ScratchMoveCheck::id(), ObEngineServiceCheck::id()}));
    catalog.addFix(std::make_shared<EnableTls12Fix>(EnableTls12Fix::Part::Schannel));
    catalog.addFix(std::make_shared<EnableTls12Fix>(EnableTls12Fix::Part::DotNet));
    catalog.addFix(rechecking(std::make_shared<StartTimeServiceFix>(), {ClockSkewCheck::id()}));
    catalog.addFix(rechecking(std::make_shared<ResyncClockFix>(), {VaultCertValidityCheck::id()}));
    catalog.addFix(std::make_shared<AddModulePathFix>());
    catalog.addFix(rechecking(std::make_shared<StartObEngineServiceFix>(), {ExistingAgentCheck::id()}));
    catalog.addFix(std::make_shared<StartManagementAgentFix>());
    catalog.addFix(std::make_shared<EnableScheduledTasksFix>());
    KnownErrors::addTo(catalog);
    catalog.setAgentLogLocator(agent::agentLogFiles);
    return catalog;
}

} // namespace mars
