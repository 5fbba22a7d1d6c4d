// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>

namespace mars {

// repair_scratch_registry (for B1 scratch_registry_consistency).
//  Changes:  when exactly one of the agent's two ScratchLocation values (HKLM Config and
//            Config\CloudBackupProvider, 64-bit view) names an existing folder and the other is
//            missing or names a missing folder, writes the good value into the other one
//            (REG_SZ, existing key only). Never invents a path. The agent reads the value when
//            it starts, so a running obengine service is stopped before the write and started
//            after it. Apply re-reads both values and refuses when they changed since the
//            preview. Needs the full administrator token.
//  Preview:  the value, before -> after; that both values are backed up first (the journal's
//            before and the undo object); whether obengine is restarted.
//  Undo:     writes the old value back and restarts obengine again - possible only when there
//            was an old value (writeRegistryString cannot delete one); otherwise the plan says
//            it is not reversible and why. Refused when the value changed after the fix, and
//            (the journal is a file the user can edit) when the key is not one of the two or the
//            old value is not a full local path on a fixed drive or is one of Windows' own folders
//            (WindowsPathRules::cacheFolderProblem).
class ScratchRegistryFix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(ScratchRegistryFix)

public:
    static QString id() { return QStringLiteral("repair_scratch_registry"); }
    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;
    FixPlan previewUndo(const CheckContext& context, const JournalEntry& entry) const override;
    FixOutcome undo(const CheckContext& context, const QJsonObject& undoData) const override;
};

} // namespace mars
