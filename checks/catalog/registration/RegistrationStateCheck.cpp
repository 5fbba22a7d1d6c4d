// SPDX-License-Identifier: MIT
#include "RegistrationStateCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/AgentRegistration.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/DocLinks.h"

namespace mars {

namespace {
using agent::Registration;
} // namespace

CheckInfo RegistrationStateCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("H1"),
            .phases = Phase::Register,
            .title = tr("Registration state of this server"),
            .whyItMatters = tr("A server already registered to a vault accepts only that vault's credentials "
                               "(ID: 100110); registering again has rules of its own, and an agent that is not "
                               "installed cannot register at all."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding RegistrationStateCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const Registration r = agent::registration(context);
    if (r.state == Registration::State::Unknown) {
        f = probeError(tr("Could not find out whether this server is registered to a vault."), r.reason);
        f.remedy = tr("Run the troubleshooter as administrator and run the checks again; otherwise look at the "
                      "values under HKLM\\%1 in regedit.")
                           .arg(agent::configKey());
        return f;
    }

    const Goal goal = context.inputs().goal;
    const bool registering = goal != Goal::Install;
    // "the vault "X"" or, when only the ids are recorded, a vault without a name.
    const QString vault = r.knownVaultName().isEmpty()
                                  ? tr("a vault whose name the agent did not record (resource id %1)").arg(r.resourceId)
                                  : tr("the vault \"%1\"").arg(r.knownVaultName());
    switch (r.state) {
    case Registration::State::NotInstalled:
        if (!registering) {
            f = makeFinding(Verdict::Pass, tr("The agent is not installed yet, so this server has no registration."));
            break;
        }
        f = makeFinding(Verdict::Fail, r.hasRegistration()
                                               ? tr("The agent is not installed, so this server cannot be registered: "
                                                    "install the agent first (an earlier registration to %1 is still "
                                                    "recorded).")
                                                         .arg(vault)
                                               : tr("The agent is not installed, so this server cannot be registered: "
                                                    "install the agent first."));
        f.remedy = tr("Download the agent from %1, install it, then run this troubleshooter again.")
                           .arg(agent::downloadUrl());
        break;
    case Registration::State::NotRegistered:
        if (goal == Goal::Reregister) {
            f = makeFinding(Verdict::Warning, tr("You chose to register this server again, but no earlier registration "
                                                 "is recorded on it, so this will be a first registration."));
            f.remedy = tr("If the server was registered before and the agent was reinstalled since, register it with "
                          "the passphrase of that registration and under the same machine name. Otherwise choose "
                          "\"Register this server\" and keep the new passphrase somewhere safe outside this server.");
        } else {
            f = makeFinding(Verdict::Pass, tr("The agent is installed and this server is not registered to a vault "
                                              "yet, so it can be registered."));
        }
        break;
    case Registration::State::Registered:
        if (goal == Goal::Register) {
            f = makeFinding(Verdict::Warning, tr("This server is already registered to %1, so registering it again "
                                                 "follows the re-registration rules.")
                                                      .arg(vault));
            f.remedy = tr("To keep backing up to the same vault, register with a vault credentials file downloaded "
                          "from that vault and the passphrase of the first registration. To move the server to "
                          "another vault, do it deliberately: delete it from the old vault in the Azure portal "
                          "(Backup Infrastructure > Protected Servers), uninstall the agent, install it again and "
                          "register with the new vault's file; backups already in the old vault stay there.");
        } else if (goal == Goal::Reregister) {
            f = makeFinding(Verdict::Pass, tr("This server is registered to %1; the re-registration checklist says "
                                              "what to do before registering it again.")
                                                   .arg(vault));
        } else {
            f = makeFinding(Verdict::Pass, tr("This server is registered to %1.").arg(vault));
        }
        break;
    case Registration::State::Unknown: break;
    }

    f.addEvidence(QStringLiteral("registration_state"), tr("Registration state"), agent::registrationStateId(r.state))
            .addEvidence(QStringLiteral("install_path"), tr("Install folder (Setup\\InstallPath)"),
                         r.installPath.isEmpty() ? tr("not set") : r.installPath)
            .addEvidence(QStringLiteral("service_state"), tr("Service %1").arg(agent::serviceName()),
                         !r.serviceKnown       ? tr("not readable")
                         : !r.serviceInstalled ? tr("not installed")
                                               : serviceStateId(r.serviceState))
            .addEvidence(QStringLiteral("registered_vault"), tr("Registered to (ServiceResourceName)"),
                         r.vaultName.isEmpty() ? tr("not set") : r.vaultName);
    if (!r.resourceId.isEmpty())
        f.addEvidence(QStringLiteral("resource_id"), tr("Vault resource id (ResourceId)"), r.resourceId);
    if (!r.subscriptionId.isEmpty())
        f.addEvidence(QStringLiteral("subscription_id"), tr("Subscription"), r.subscriptionId)
                .addEvidence(QStringLiteral("resource_group"), tr("Resource group"), r.resourceGroup);
    if (!r.machineId.isEmpty())
        f.addEvidence(QStringLiteral("machine_id"), tr("Machine id (MachineId)"), r.machineId);

    f.detail = tr("Read from HKLM\\%1 (ServiceResourceName, ResourceId, MachineId) and HKLM\\%2 (InstallPath). "
                  "Microsoft documents ServiceResourceName as the vault the agent is registered to; which value "
                  "proves a registration is not documented, so this is how the agent's registry reads, not the "
                  "vault's own answer.")
                       .arg(agent::configKey(), agent::setupKey());
    if (registering)
        f.detail += u' '
                    + tr("What the vault decides cannot be seen from this server: a vault takes at most 50 MARS "
                         "agents, and \"Failed to download the vault credential file (ID: 403)\" comes from the "
                         "browser's cache, a disabled or expired subscription, a firewall, the vault's limit, or an "
                         "account without Azure Backup rights on the vault.");
    return f;
}

} // namespace mars
