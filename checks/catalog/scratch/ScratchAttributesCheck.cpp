// SPDX-License-Identifier: MIT
#include "ScratchAttributesCheck.h"

#include "ScratchRules.h"
#include "catalog/common/CheckIds.h"

namespace mars {

CheckInfo ScratchAttributesCheck::info() const
{
    CheckInfo info;
    info.id = ids::scratchAttributes();
    info.catalogRef = QStringLiteral("B3");
    info.phases = Phase::Install | Phase::Register;
    info.title = tr("Cache folder attributes");
    info.whyItMatters = tr("The agent cannot use a cache folder that is compressed, encrypted, sparse or a link; its "
                           "cache files fail to mount.");
    info.docUrl = QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                                 "#are-there-any-attributes-of-the-cache-folder-that-arent-supported-");
    info.deadline_ms = 5000;
    return info;
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
