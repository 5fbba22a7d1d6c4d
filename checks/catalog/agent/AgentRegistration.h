// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckContext.h"
#include "system/SystemTypes.h"

#include <QString>

// Whether the agent is installed and which vault it is registered to, read once per run
// (FactsCache "agent.registration") for H1 registration_state, H2 reregistration_checklist and
// H3 hostname_identity. Sources:
//  - UPG-FAQ (the Backup vault upgrade FAQ, read in a translated copy of
//    articles/backup/backup-azure-upgrade-backup-to-recovery-services.md): "to know which vault
//    the MARS agent is registered to, check the value ServiceResourceName under
//    HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config; if it does not appear, contact us with
//    the values ResourceId and MachineId" of the same key;
//  - installed = Setup\InstallPath present, as A11 existing_agent_install decides it.
// UNCONFIRMED (mars-checks.md H1): which value definitively means "registered". No Microsoft
// page says whether these values are removed when a server is unregistered or deleted in the
// portal (deleting it there cannot touch this registry), nor the form of ResourceId. So:
// ServiceResourceName set = registered to that vault; else ResourceId and MachineId both set =
// registered to a vault whose name the agent did not record; else not registered. The checks
// built on this stay mild (Warning, never Fail) where only this reading decides.
namespace mars::agent {

struct Registration
{
    enum class State : quint8 {
        Unknown = 1, // a value could not be read: `reason` says which and why
        NotInstalled,
        NotRegistered, // installed, no registration recorded
        Registered,
    };
    State state = State::Unknown;
    QString reason;

    QString installPath; // Setup\InstallPath, empty when absent
    bool serviceKnown = false; // the obengine service could be queried
    bool serviceInstalled = false;
    ServiceState serviceState = ServiceState::Other;

    // Config values, trimmed; empty when absent.
    QString vaultName; // ServiceResourceName
    QString resourceId;
    QString machineId;
    // From a ResourceId in the Azure Resource Manager form
    // /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.RecoveryServices/vaults/<name>;
    // empty otherwise.
    QString subscriptionId;
    QString resourceGroup;
    QString resourceVaultName;

    // Registration values are present (also when the agent itself is no longer installed: what
    // an earlier registration left behind).
    bool hasRegistration() const { return !vaultName.isEmpty() || (!resourceId.isEmpty() && !machineId.isEmpty()); }
    // The vault's name: ServiceResourceName, else the one in an ARM ResourceId; empty when unknown.
    QString knownVaultName() const { return vaultName.isEmpty() ? resourceVaultName : vaultName; }
};

QString registrationStateId(Registration::State state); // "unknown" / "not_installed" / "not_registered" / "registered"

// The registration as this run sees it (computed once, shared).
Registration registration(const CheckContext& context);
// The same, read now (what registration() computes; for tests).
Registration readRegistration(const CheckContext& context);

// Splits an ARM resource id of a Recovery Services vault (segment names compared
// case-insensitively, as Azure does); false and nothing set when `id` is not one.
bool parseVaultResourceId(const QString& id, QString* subscriptionId, QString* resourceGroup, QString* vaultName);

} // namespace mars::agent
