// SPDX-License-Identifier: MIT
#include "ScratchAttributesCheck.h"

#include "ScratchRules.h"
#include "catalog/common/DocLinks.h"

namespace mars {

CheckInfo ScratchAttributesCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("B3"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Cache folder attributes"),
            .whyItMatters = tr("The agent cannot use a cache that is compressed, encrypted, sparse, a link or on a "
                               "deduplicated drive; its cache files fail to mount."),
            .docUrl = docs::cacheFolderAttributes(),
            .deadline_ms = 10000};
}

Finding ScratchAttributesCheck::run(const CheckContext& context) const
{
    const ScratchRules::Target target = ScratchRules::locate(context);
    const ScratchRules::Assessment a = target.state == ScratchRules::Target::State::Located
                                               ? ScratchRules::assessAttributes(context, target.where.path)
                                               : ScratchRules::notLocated(target);
    Finding f = makeFinding(a.verdict, a.summary);
    ScratchRules::complete(f, a, target);
    return f;
}

} // namespace mars
