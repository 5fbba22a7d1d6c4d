// SPDX-License-Identifier: MIT
#pragma once

#include "CheckContext.h"
#include "FixJournal.h"
#include "FixOption.h"
#include "FixPlan.h"

#include <QString>

namespace mars {

struct FixInfo
{
    QString id; // snake_case, e.g. "delete_windows_temp_tmp"
    QString checkId; // the owning check, re-run after apply
    QString title; // button text ("Delete the .tmp files")
    QList<FixOption> options = {}; // asked for before the preview; none for most fixes (so info() may omit it)
};

// A one-click remediation. Stateless and thread-safe like a Check; preview() and apply() run
// on workers. preview() must not change anything. apply() changes the system as planned and
// reports the before/after facts; it polls context.isCancelled() between items.
// Implementations never elevate silently: when rights are missing, preview() says so and sets
// canApply = false.
class Fix
{
public:
    virtual ~Fix() = default;
    virtual FixInfo info() const = 0;
    virtual FixPlan preview(const CheckContext& context) const = 0;
    virtual FixOutcome apply(const CheckContext& context, const FixPlan& plan) const = 0;
    // What undoing `entry` would change, shown before anything changes. The default lists the
    // journal's after -> before facts; reversible fixes override it to re-read the system.
    virtual FixPlan previewUndo(const CheckContext& context, const JournalEntry& entry) const;
    // Reverses an applied fix from its journal entry's undo object. Only reversible fixes
    // override it; it must re-read the system and refuse when the state is no longer the one
    // the fix left behind.
    virtual FixOutcome undo(const CheckContext& context, const QJsonObject& undoData) const;

protected:
    // The value of one of this fix's options for this preview: the chosen one
    // (CheckContext::fixOptions) made valid, else the option's default for this machine.
    QVariant option(const CheckContext& context, const QString& id) const;
};

} // namespace mars
