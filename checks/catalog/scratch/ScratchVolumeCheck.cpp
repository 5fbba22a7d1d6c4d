// SPDX-License-Identifier: MIT
#include "ScratchVolumeCheck.h"

#include "ScratchRules.h"
#include "catalog/common/DocLinks.h"

namespace mars {

CheckInfo ScratchVolumeCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("B2"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Cache folder drive"),
            .whyItMatters =
                    tr("The agent's cache must be on a local, fixed drive; on a network share or removable drive "
                       "backups and registration fail."),
            .docUrl = docs::cacheFolderLocation(),
            .deadline_ms = 10000};
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
