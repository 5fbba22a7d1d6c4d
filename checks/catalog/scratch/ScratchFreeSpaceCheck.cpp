// SPDX-License-Identifier: MIT
#include "ScratchFreeSpaceCheck.h"

#include "ScratchRules.h"
#include "catalog/common/CheckIds.h"

namespace mars {

CheckInfo ScratchFreeSpaceCheck::info() const
{
    CheckInfo info;
    info.id = ids::scratchFreeSpace();
    info.catalogRef = QStringLiteral("B4");
    info.phases = Phase::Install | Phase::Register;
    info.title = tr("Free space for the cache folder");
    info.whyItMatters =
            tr("The agent keeps its cache and metadata on this drive; when it runs out of space backups fail.");
    info.docUrl = QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                                 "#whats-the-minimum-size-requirement-for-the-cache-folder-");
    info.deadline_ms = 10000;
    return info;
}

Finding ScratchFreeSpaceCheck::run(const CheckContext& context) const
{
    const ScratchRules::Target target = ScratchRules::locate(context);
    const ScratchRules::Assessment a = target.state == ScratchRules::Target::State::Located
                                               ? ScratchRules::assessFreeSpace(context, target.where.path)
                                               : ScratchRules::notLocated(target);
    Finding f = makeFinding(a.verdict, a.summary);
    ScratchRules::complete(f, a, target);
    return f;
}

} // namespace mars
