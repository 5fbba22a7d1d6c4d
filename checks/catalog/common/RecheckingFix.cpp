// SPDX-License-Identifier: MIT
#include "RecheckingFix.h"

namespace mars {

RecheckingFix::RecheckingFix(std::shared_ptr<const Fix> fix, QStringList checkIds)
    : m_fix(std::move(fix))
    , m_checkIds(std::move(checkIds))
{
}

FixPlan RecheckingFix::withRechecks(FixPlan plan) const
{
    plan.alsoRecheck += m_checkIds;
    plan.alsoRecheck.removeDuplicates();
    return plan;
}

FixPlan RecheckingFix::preview(const CheckContext& context) const
{
    return withRechecks(m_fix->preview(context));
}

FixOutcome RecheckingFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    return m_fix->apply(context, plan);
}

FixPlan RecheckingFix::previewUndo(const CheckContext& context, const JournalEntry& entry) const
{
    return withRechecks(m_fix->previewUndo(context, entry));
}

FixOutcome RecheckingFix::undo(const CheckContext& context, const QJsonObject& undoData) const
{
    return m_fix->undo(context, undoData);
}

} // namespace mars
