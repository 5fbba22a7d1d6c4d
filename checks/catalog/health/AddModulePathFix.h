// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>

namespace mars {

// add_agent_module_path (for I7 psmodulepath_and_execution_policy). Source: TSG 12/2022 ("Ensure
// this path is part of PSMODULEPATH"); mars-checks.md I7 (AUTO, elevated).
//  Changes:  appends the agent's modules folder (<InstallPath>\bin\Modules) to the machine
//            PSModulePath (HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment,
//            64-bit view), keeping every entry there and the value's type (REG_EXPAND_SZ stays
//            REG_EXPAND_SZ, so %SystemRoot% entries still expand). Only an existing string
//            value is changed; a missing one is left to a person. Needs the full administrator
//            token. Services and scheduled tasks read the variable when they start: a restart
//            is needed (FixPlan::restartNeeded, I9); nothing is broadcast or restarted.
//  Preview:  the value before -> after, the restart, the rights.
//  Apply:    re-reads the value and refuses when it changed since the preview; writes, reads
//            back value and type (a type that changed is put back and the fix fails).
//  Undo:     writes the old value back when the value still holds what the fix wrote; refused
//            when it changed since, and when the old value holds an entry the written one does
//            not (undo only takes entries out: the journal is a file the user can edit).
class AddModulePathFix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(AddModulePathFix)

public:
    static QString id() { return QStringLiteral("add_agent_module_path"); }
    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;
    FixPlan previewUndo(const CheckContext& context, const JournalEntry& entry) const override;
    FixOutcome undo(const CheckContext& context, const QJsonObject& undoData) const override;
};

} // namespace mars
