// SPDX-License-Identifier: MIT
#include "ReregistrationChecklistCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/AgentRegistration.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

CheckInfo ReregistrationChecklistCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("H2"),
            .phases = Phase::Register,
            .title = tr("Checklist for registering this server again"),
            .whyItMatters = tr("Registering a server again with another passphrase loses the older backups, and a "
                               "server registered under another name or still listed in the vault does not "
                               "register cleanly."),
            .docUrl = docs::passphraseRecovery(),
            .deadline_ms = 5000};
}

Finding ReregistrationChecklistCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    using agent::Registration;
    const Registration r = agent::registration(context);
    const bool reregistering = context.inputs().goal == Goal::Reregister;
    if (!reregistering && r.state == Registration::State::Unknown) {
        f = probeError(tr("Could not find out whether this server was registered before."), r.reason);
        f.remedy = tr("Run the troubleshooter as administrator and run the checks again.");
        return f;
    }
    if (!reregistering && !r.hasRegistration())
        return makeFinding(Verdict::NotApplicable, tr("No earlier registration is recorded on this server, so the "
                                                      "re-registration checklist does not apply."));

    const QString vault =
            r.knownVaultName().isEmpty() ? tr("the vault") : tr("the vault \"%1\"").arg(r.knownVaultName());
    f = makeFinding(Verdict::Warning,
                    r.hasRegistration()
                            ? tr("This server was registered to %1 before: registering it again needs the four "
                                 "checks below, which cannot be seen from this server.")
                                      .arg(vault)
                            : tr("Registering this server again needs the four checks below, which cannot be seen "
                                 "from this server."));
    // The name it has now: what the vault must show (its own record is not readable here).
    const Probed<MachineIdentity> identity = context.system().machine().identity();
    const QString name = identity.ok() && !identity.value.netbiosName.isEmpty()
                                 ? identity.value.netbiosName
                                 : (identity.ok() ? identity.value.dnsHostName : QString());
    f.addEvidence(QStringLiteral("checklist_portal"), tr("1. Removed from the vault"),
                  tr("In the Azure portal, %1 > Backup Infrastructure > Protected Servers: delete this server "
                     "there before registering it again.")
                          .arg(vault))
            .addEvidence(QStringLiteral("checklist_reinstall"), tr("2. Agent reinstalled when moving vaults"),
                         tr("To register to another vault, uninstall the agent, install it again, then register."))
            .addEvidence(QStringLiteral("checklist_passphrase"), tr("3. Same passphrase"),
                         tr("Use the passphrase of the first registration: with a different one the older backups "
                            "can no longer be restored."))
            .addEvidence(QStringLiteral("checklist_machine_name"), tr("4. Same machine name"),
                         name.isEmpty() ? tr("Register under the name the vault shows for this server; a renamed "
                                             "server gets \"Resource not provisioned in service stamp (ID: "
                                             "230006)\".")
                                        : tr("Register under the name the vault shows for this server (this server "
                                             "is now called %1); a renamed server gets \"Resource not provisioned in "
                                             "service stamp (ID: 230006)\".")
                                                  .arg(name));
    f.remedy = tr("Go through the four items in the evidence before registering again; keep the passphrase "
                  "somewhere safe outside this server.");
    f.detail = reregistering ? tr("Shown because you chose to register this server again.")
                             : tr("Shown because the agent's registry still records a registration (HKLM\\%1).")
                                       .arg(agent::configKey());
    return f;
}

} // namespace mars
