// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QStringList>

#include <memory>

namespace mars {

// Wraps a fix so that its plans (and its undo's) also re-run `checkIds` after they apply: the
// checks of other sections that read what the fix changes (a service another check watches, a
// registry value other checks follow). The catalog wires it, because a section never names
// another section's checks (docs/architecture.md).
class RecheckingFix final : public Fix
{
public:
    RecheckingFix(std::shared_ptr<const Fix> fix, QStringList checkIds);

    FixInfo info() const override { return m_fix->info(); }
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;
    FixPlan previewUndo(const CheckContext& context, const JournalEntry& entry) const override;
    FixOutcome undo(const CheckContext& context, const QJsonObject& undoData) const override;

private:
    FixPlan withRechecks(FixPlan plan) const;

    std::shared_ptr<const Fix> m_fix;
    QStringList m_checkIds;
};

// Convenience for the catalog: addFix(rechecking(std::make_shared<X>(), {...})).
inline std::shared_ptr<const Fix> rechecking(std::shared_ptr<const Fix> fix, QStringList checkIds)
{
    return std::make_shared<RecheckingFix>(std::move(fix), std::move(checkIds));
}

} // namespace mars
