// SPDX-License-Identifier: MIT
#include "VaultAgentCompatCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/AgentVersions.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

CheckInfo VaultAgentCompatCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("G4"),
            .phases = Phase::Register,
            .title = tr("Vault credentials file: agent version"),
            .whyItMatters = tr("Vault credentials files downloaded today carry a field that agents older than "
                               "2.0.9249.0 cannot read, so they call a good file invalid."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding VaultAgentCompatCheck::run(const CheckContext& context) const
{
    VaultFile vault;
    Finding f;
    if (!readVault(context, Needs::Parsed, &vault, &f))
        return f;
    OsInfo os;
    if (!readWindows(context, &os, &f))
        return f;
    const agent::Location installed = agent::installedPath(context);
    if (installed.path.isEmpty())
        return installed.reason.isEmpty()
                       ? makeFinding(Verdict::NotApplicable,
                                     tr("The agent is not installed yet; the newest agent reads every vault "
                                        "credentials file."))
                       : probeError(tr("Could not find out whether the agent is installed."), installed.reason);
    const QString engine = agent::joinPath(tidyPath(installed.path), agent::engineBinary());
    const Probed<QString> version = context.system().files().fileVersion(engine);
    quint64 current = 0;
    if (!version.ok() || !agent::parseVersion(version.value, &current))
        return probeError(tr("The installed agent's version could not be read, so it is not known whether it reads "
                             "this file."),
                          version.ok() ? tr("\"%1\" is not a version number.").arg(version.value) : version.reason);
    const agent::VersionFact minimum =
            agent::AgentVersions::minimum(agent::VersionMilestone::MinimumForVaultCredentials);
    Finding result;
    if (current < minimum.packed()) {
        result = judged(Verdict::Fail,
                        tr("The installed agent %1 is older than %2 and cannot read current vault credentials files: "
                           "it would call this file invalid (ID: 34513).")
                                .arg(version.value, minimum.version),
                        QStringLiteral("agent_too_old"));
        result.remedy = tr("Download the latest agent from %1 and run it on this server: it upgrades in place and "
                           "keeps its settings. Then register with this file.")
                                .arg(agent::downloadUrl());
    } else {
        result = judged(Verdict::Pass,
                        tr("The installed agent %1 reads current vault credentials files (%2 or later needed).")
                                .arg(version.value, minimum.version),
                        QString());
    }
    result.addEvidence(QStringLiteral("agent_version"), tr("Agent version"), version.value);
    result.detail = tr("Minimum: %1 (%2).").arg(minimum.version, minimum.sourceWithDate());
    return result;
}

} // namespace mars
