// SPDX-License-Identifier: MIT
#include "MsOnlineBackupModuleCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

QString MsOnlineBackupModuleCheck::modulesFolder(const QString& installDir)
{
    return agent::joinPath(agent::joinPath(installDir, QStringLiteral("bin")), QStringLiteral("Modules"));
}

QString MsOnlineBackupModuleCheck::moduleFolder(const QString& installDir)
{
    return agent::joinPath(modulesFolder(installDir), QStringLiteral("MSOnlineBackup"));
}

CheckInfo MsOnlineBackupModuleCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("I8"),
            .phases = Phase::Register,
            .title = tr("Agent PowerShell module files"),
            .whyItMatters = tr("The agent's scheduled backups and its registration cmdlets come from its PowerShell "
                               "module MSOnlineBackup; with its files missing they fail."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding MsOnlineBackupModuleCheck::run(const CheckContext& context) const
{
    QString installDir;
    Finding f;
    if (!readInstalledAgent(context, &installDir, &f))
        return f;
    const FilesProbe& files = context.system().files();
    const QString folder = moduleFolder(installDir);
    const QString manifest = agent::joinPath(folder, QStringLiteral("MSOnlineBackup.psd1"));
    const Probed<PathDetails> file = files.pathDetails(manifest);
    if (file.ok() && !file.value.attributes.testFlag(FileAttribute::Directory)) {
        f = makeFinding(Verdict::Pass, tr("The agent's PowerShell module MSOnlineBackup is in place."));
    } else if (file.ok() || file.status == ProbeStatus::NotFound) {
        const Probed<PathDetails> dir = files.pathDetails(folder);
        if (!dir.ok() && dir.status != ProbeStatus::NotFound)
            return probeError(tr("The agent's PowerShell module folder %1 could not be read.").arg(folder), dir.reason);
        f = makeFinding(Verdict::Fail,
                        dir.ok() ? tr("The agent's PowerShell module manifest MSOnlineBackup.psd1 is missing from %1, "
                                      "so its backup and registration cmdlets cannot load.")
                                           .arg(folder)
                                 : tr("The agent's PowerShell module folder %1 is missing, so its backup and "
                                      "registration cmdlets cannot load.")
                                           .arg(folder));
        f.remedy = tr("Reinstall the agent (download it from %1 and run it as administrator); it puts the module back. "
                      "Copying the MSOnlineBackup folder from a server with the same agent version also works, but "
                      "a reinstall is safer. Then restart the server.")
                           .arg(agent::downloadUrl());
    } else {
        return probeError(tr("The agent's PowerShell module file %1 could not be read.").arg(manifest), file.reason);
    }
    f.addEvidence(QStringLiteral("module_manifest"), tr("Module manifest"), manifest)
            .addEvidence(QStringLiteral("present"), tr("Present"), f.verdict == Verdict::Pass ? tr("yes") : tr("no"));
    f.detail = tr("Looked for %1. Whether the module imports (Import-Module MSOnlineBackup) is not tried here.")
                       .arg(manifest);
    return f;
}

} // namespace mars
