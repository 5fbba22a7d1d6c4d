// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QString>

namespace mars {

// Role: what Windows runs on its own: services (the Service Control Manager) and scheduled tasks
// (Task Scheduler). Implemented by WindowsServices, PosixServices (NotApplicable) and
// ScenarioServices (the scenario's "services" and "scheduledTasks" sections). Thread-safe; every
// wait is bounded.
class ServicesProbe
{
public:
    virtual ~ServicesProbe() = default;

    virtual Probed<ServiceInfo> service(const QString& name) const = 0;

    // The tasks registered directly in one Task Scheduler folder ("\Microsoft\OnlineBackup"),
    // hidden ones included, sorted by name (Windows: Task Scheduler 2.0's COM API on the calling
    // thread, ITaskService::GetFolder -> GetTasks(TASK_ENUM_HIDDEN) -> each task's definition).
    // NotFound when the folder does not exist (distinct from a failure); Denied when Task
    // Scheduler refuses this account; Failed otherwise, with the call and Windows' reason.
    // Never changes anything.
    virtual Probed<QList<ScheduledTask>> scheduledTasks(const QString& folder) const = 0;

    // --- actions (used by fixes only) -----------------------------------------------------
    virtual Probed<ServiceState> startService(const QString& name) const = 0;
    // Stops a service and waits a bounded time for it to stop.
    virtual Probed<ServiceState> stopService(const QString& name) const = 0;
    // Sets one task's Enabled flag, its triggers' Enabled flags and its MultipleInstances policy
    // and registers the changed definition again (Windows: ITaskFolder::RegisterTaskDefinition
    // with TASK_UPDATE and the principal's own logon type; actions, principal and schedule are
    // kept). `taskPath` is the task's full path ("\Microsoft\OnlineBackup\Microsoft-OnlineBackup").
    // Answers the task as read back. NotFound when the task does not exist; Failed when
    // settings.triggersEnabled does not have one entry per trigger (nothing is changed then);
    // Denied without administrator rights.
    virtual Probed<ScheduledTask> updateScheduledTask(const QString& taskPath,
                                                      const ScheduledTaskSettings& settings) const = 0;
};

} // namespace mars
