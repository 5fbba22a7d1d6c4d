// SPDX-License-Identifier: MIT
#include "VaultRegisteredVaultCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

CheckInfo VaultRegisteredVaultCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("G5"),
            .phases = Phase::Register,
            .title = tr("Vault credentials file: same vault as the server's"),
            .whyItMatters = tr("A server registered to one vault refuses a file from another: \"The specified vault "
                               "credential file cannot be used as it is not downloaded from the vault associated with "
                               "this server\" (ID: 100110)."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding VaultRegisteredVaultCheck::run(const CheckContext& context) const
{
    VaultFile vault;
    Finding f;
    if (!readVault(context, Needs::Parsed, &vault, &f))
        return f;
    OsInfo os;
    if (!readWindows(context, &os, &f))
        return f;
    const QString fileVault = vault.parse.credentials.resourceName;
    const Probed<RegistryValue> registered =
            context.system().registry().readRegistry(RegistryHive::LocalMachine, agent::configKey(),
                                                     QStringLiteral("ServiceResourceName"), RegistryView::Native64);
    Finding result;
    if (registered.status == ProbeStatus::NotFound
        || (registered.ok() && registered.value.data.toString().trimmed().isEmpty())) {
        result = judged(
                Verdict::Pass,
                tr("This server is not registered to a vault yet, so the file for \"%1\" can be used.").arg(fileVault),
                QString());
    } else if (!registered.ok()) {
        return probeError(tr("The vault this server is registered to could not be read."), registered.reason);
    } else if (registered.value.data.toString().trimmed().compare(fileVault, Qt::CaseInsensitive) == 0) {
        result = judged(Verdict::Pass,
                        tr("The file is for \"%1\", the vault this server is already registered to.").arg(fileVault),
                        QString());
    } else {
        const QString current = registered.value.data.toString().trimmed();
        result = judged(Verdict::Fail,
                        tr("This server is registered to the vault \"%1\", but the file is for \"%2\": the agent will "
                           "refuse it (ID: 100110).")
                                .arg(current, fileVault),
                        QStringLiteral("other_vault"));
        result.remedy = tr("Either download the vault credentials of \"%1\" and use that file, or move the server "
                           "deliberately: delete it from \"%1\" in the Azure portal (Backup Infrastructure > Protected "
                           "Servers), uninstall the agent, install it again and register with the file for \"%2\" "
                           "(backups in \"%1\" are not moved).")
                                .arg(current, fileVault);
    }
    if (registered.ok())
        result.addEvidence(QStringLiteral("registered_vault"), tr("Registered to (ServiceResourceName)"),
                           registered.value.data.toString());
    result.addEvidence(QStringLiteral("file_vault"), tr("Vault of the file"), fileVault);
    return result;
}

} // namespace mars
