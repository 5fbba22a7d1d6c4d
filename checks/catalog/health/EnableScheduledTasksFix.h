// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>

namespace mars {

// enable_scheduled_tasks (for I6 scheduled_task_health): makes the agent's tasks in Task
// Scheduler's \Microsoft\OnlineBackup start on schedule, and only once.
//  Changes:  for each task of the folder that needs it: the task enabled, every trigger
//            enabled, "If the task is already running" = "Do not start a new instance"
//            (TASK_INSTANCES_IGNORE_NEW), through ServicesProbe::updateScheduledTask (the
//            definition registered again as an update of itself). Who runs a task (its
//            principal) is never changed: that is guidance in the check. Needs the full
//            administrator token.
//  Preview:  each task with its state now and after (enabled, triggers enabled, the instance
//            policy); the rights; that the guide advises a restart afterwards.
//  Apply:    re-reads the folder and refuses when a task changed since the preview; records
//            each task's before-state in the journal; changes the tasks one by one and reads
//            each back.
//  Undo:     re-reads each task: one still as the fix left it gets its old Enabled flags and
//            policy back; one changed since (or gone) is named and left alone.
class EnableScheduledTasksFix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(EnableScheduledTasksFix)

public:
    static QString id() { return QStringLiteral("enable_scheduled_tasks"); }
    // The button text (the check's remedies name it).
    static QString title();

    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;
    FixPlan previewUndo(const CheckContext& context, const JournalEntry& entry) const override;
    FixOutcome undo(const CheckContext& context, const QJsonObject& undoData) const override;
};

} // namespace mars
