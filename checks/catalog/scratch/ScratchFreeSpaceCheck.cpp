// SPDX-License-Identifier: MIT
#include "ScratchFreeSpaceCheck.h"

#include "ScratchRules.h"
#include "catalog/common/DocLinks.h"

namespace mars {

CheckInfo ScratchFreeSpaceCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("B4"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Free space for the cache folder"),
            .whyItMatters =
                    tr("The agent keeps its cache and metadata on this drive; when it runs out of space backups fail."),
            .docUrl = docs::cacheFolderSize(),
            .deadline_ms = 10000};
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
