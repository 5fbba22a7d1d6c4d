// SPDX-License-Identifier: MIT
#include "ScratchVolumeCheck.h"

#include "ScratchRules.h"
#include "catalog/common/CheckIds.h"

namespace mars {

CheckInfo ScratchVolumeCheck::info() const
{
    CheckInfo info;
    info.id = ids::scratchVolumeType();
    info.catalogRef = QStringLiteral("B2");
    info.phases = Phase::Install | Phase::Register;
    info.title = tr("Cache folder drive");
    info.whyItMatters = tr("The agent's cache must be on a local, fixed drive; on a network share or removable drive "
                           "backups and registration fail.");
    info.docUrl = QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                                 "#where-should-the-cache-folder-be-located-");
    info.deadline_ms = 10000;
    return info;
}

Finding ScratchVolumeCheck::run(const CheckContext& context) const
{
    const ScratchRules::Target target = ScratchRules::locate(context);
    const ScratchRules::Assessment a = target.state == ScratchRules::Target::State::Located
                                               ? ScratchRules::assessVolume(context, target.where.path)
                                               : ScratchRules::notLocated(target);
    Finding f = makeFinding(a.verdict, a.summary);
    ScratchRules::complete(f, a, target);
    return f;
}

} // namespace mars
