// SPDX-License-Identifier: MIT
#pragma once

#include "AgentHealthCheck.h"
#include "system/SystemTypes.h"

namespace mars {

// I6 scheduled_task_health — will the agent's backup schedule start, and start only once? The
// agent runs its scheduled backups as a task in Task Scheduler's \Microsoft\OnlineBackup folder
// (mars-checks.md §1.1: "Microsoft-OnlineBackup"), created when a backup is scheduled after
// registration. Sources: mars-checks.md I6; TSG ("Backups don't run according to schedule";
// "Job could not be started as another job was in progress": the task's "If the task is already
// running" setting must be "Do not start a new instance").
//  Probe:    ServicesProbe::scheduledTasks("\Microsoft\OnlineBackup"): per task its Enabled flag,
//            principal, triggers' Enabled flags and MultipleInstances; the registration
//            (agent::registration) when the folder is missing or empty; InstallPath.
//  States:   Pass every task enabled, run by SYSTEM or the Administrators group, every trigger
//            enabled, MultipleInstances = IgnoreNew. Warning a task disabled, a trigger disabled,
//            no trigger at all, another MultipleInstances policy (enable_scheduled_tasks
//            offered); a principal that is neither SYSTEM nor Administrators (guidance: changing
//            who runs it is the administrator's decision); the server registered but no task
//            (no backup scheduled). NotApplicable off Windows, without the agent, and when the
//            server is not registered and has no task yet (normal: the agent creates its task
//            when a backup is scheduled after registration). Error when Task Scheduler cannot be
//            asked.
//  UNCONFIRMED: the task's name (the seed names "Microsoft-OnlineBackup"); every task of the
//            folder is checked, whatever its name. Principals are recognised by SID or by the
//            English names (SYSTEM, Administrators); a localised group name is reported.
//  Deadline: 10 s.
//  Fix:      enable_scheduled_tasks (EnableScheduledTasksFix): enables the tasks and triggers,
//            sets "Do not start a new instance"; undone from the journal.
class ScheduledTaskHealthCheck final : public AgentHealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledTaskHealthCheck)

public:
    static QString id() { return QStringLiteral("scheduled_task_health"); }
    // Where the agent registers its tasks.
    static QString taskFolder() { return QStringLiteral("\\Microsoft\\OnlineBackup"); }
    // The principal rules, shared with the fix (which leaves principals alone).
    static bool runsAsSystemOrAdministrators(const ScheduledTask& task);
    // What the fix changes: a task disabled, a trigger disabled, MultipleInstances not IgnoreNew.
    static bool needsSettingsFix(const ScheduledTask& task);
    // "Do not start a new instance" and the other three, as Task Scheduler's console words them.
    static QString instancesText(TaskInstances policy);

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
