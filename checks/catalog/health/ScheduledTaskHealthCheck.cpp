// SPDX-License-Identifier: MIT
#include "ScheduledTaskHealthCheck.h"

#include "EnableScheduledTasksFix.h"
#include "catalog/agent/AgentRegistration.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <algorithm>

namespace mars {

namespace {
// "NT AUTHORITY\SYSTEM" -> "SYSTEM"; "SYSTEM" unchanged.
QString withoutDomain(const QString& account)
{
    return account.mid(account.lastIndexOf(QLatin1Char('\\')) + 1).trimmed();
}

bool isSystem(const QString& userId)
{
    const QString name = withoutDomain(userId);
    return userId.trimmed() == QLatin1String("S-1-5-18")
           || name.compare(QLatin1String("SYSTEM"), Qt::CaseInsensitive) == 0
           || name.compare(QLatin1String("LocalSystem"), Qt::CaseInsensitive) == 0;
}

bool isAdministrators(const QString& groupId)
{
    return groupId.trimmed() == QLatin1String("S-1-5-32-544")
           || withoutDomain(groupId).compare(QLatin1String("Administrators"), Qt::CaseInsensitive) == 0;
}

// Who runs a task, as a sentence names it.
QString principalText(const ScheduledTask& task)
{
    if (!task.userId.isEmpty() && !task.groupId.isEmpty())
        return ScheduledTaskHealthCheck::tr("%1 (group %2)").arg(task.userId, task.groupId);
    if (!task.userId.isEmpty())
        return task.userId;
    return ScheduledTaskHealthCheck::tr("the group %1").arg(task.groupId);
}

// One task's evidence value: "enabled; SYSTEM (service_account, highest); triggers 2 of 2
// enabled; ignore_new; last run 2024-03-12 02:00 UTC, result 0x0".
QString taskFacts(const ScheduledTask& task)
{
    const qsizetype on = std::count_if(task.triggers.cbegin(), task.triggers.cend(),
                                       [](const ScheduledTrigger& t) { return t.enabled; });
    QString text = ScheduledTaskHealthCheck::tr("%1; %2 (%3, %4); triggers %5 of %6 enabled; %7")
                           .arg(task.enabled ? ScheduledTaskHealthCheck::tr("enabled")
                                             : ScheduledTaskHealthCheck::tr("disabled"),
                                principalText(task), taskLogonTypeId(task.logonType), taskRunLevelId(task.runLevel))
                           .arg(on)
                           .arg(task.triggers.size())
                           .arg(taskInstancesId(task.multipleInstances));
    if (task.lastRunUtc.isValid())
        text += QStringLiteral("; ")
                + ScheduledTaskHealthCheck::tr("last run %1 UTC, result 0x%2")
                          .arg(task.lastRunUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               QString::number(task.lastResult, 16).toUpper());
    else
        text += QStringLiteral("; ") + ScheduledTaskHealthCheck::tr("not run yet");
    return text;
}
} // namespace

bool ScheduledTaskHealthCheck::runsAsSystemOrAdministrators(const ScheduledTask& task)
{
    return (!task.userId.isEmpty() && isSystem(task.userId))
           || (task.userId.isEmpty() && !task.groupId.isEmpty() && isAdministrators(task.groupId));
}

bool ScheduledTaskHealthCheck::needsSettingsFix(const ScheduledTask& task)
{
    return !task.enabled || task.multipleInstances != TaskInstances::IgnoreNew
           || std::any_of(task.triggers.cbegin(), task.triggers.cend(),
                          [](const ScheduledTrigger& t) { return !t.enabled; });
}

QString ScheduledTaskHealthCheck::instancesText(TaskInstances policy)
{
    switch (policy) {
    case TaskInstances::Parallel: return tr("Run a new instance in parallel");
    case TaskInstances::Queue: return tr("Queue a new instance");
    case TaskInstances::StopExisting: return tr("Stop the existing instance");
    case TaskInstances::IgnoreNew: break;
    }
    return tr("Do not start a new instance");
}

CheckInfo ScheduledTaskHealthCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("I6"),
            .phases = Phase::Register,
            .title = tr("Backup schedule task"),
            .whyItMatters = tr("The agent's scheduled backups are started by a task in Task Scheduler; when that task "
                               "or its trigger is disabled, backups do not run on schedule, and when it may start a "
                               "second copy of itself, a backup fails with \"another job was in progress\"."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 10000};
}

Finding ScheduledTaskHealthCheck::run(const CheckContext& context) const
{
    QString installDir;
    Finding f;
    if (!readInstalledAgent(context, &installDir, &f))
        return f;
    const QString folder = taskFolder();
    const Probed<QList<ScheduledTask>> tasks = context.system().services().scheduledTasks(folder);
    if (tasks.status == ProbeStatus::NotApplicable) {
        f = makeFinding(Verdict::NotApplicable,
                        tr("Task Scheduler cannot be asked on this machine, so the backup schedule is not checked."));
        f.detail = tasks.reason;
        return f;
    }
    if (!tasks.ok() && tasks.status != ProbeStatus::NotFound) {
        f = probeError(tr("The agent's scheduled tasks could not be read from Task Scheduler (%1).").arg(folder),
                       tasks.reason);
        f.remedy = tr("Open Task Scheduler (taskschd.msc) as administrator and look at Task Scheduler Library > "
                      "Microsoft > OnlineBackup. If Task Scheduler cannot open it either, make sure the Task "
                      "Scheduler service is running (or restart the server), then run this check again.");
        return f;
    }
    if (!tasks.ok() || tasks.value.isEmpty()) {
        const agent::Registration registration = agent::registration(context);
        const QString where = tasks.ok() ? tr("empty") : tr("does not exist");
        if (registration.state == agent::Registration::State::Registered) {
            f = makeFinding(Verdict::Warning,
                            tr("This server is registered, but no backup is scheduled: Task Scheduler has no task in "
                               "%1, so no backup starts on its own.")
                                    .arg(folder));
            f.remedy = tr("Open Microsoft Azure Backup (the agent's console) and choose Schedule Backup; saving the "
                          "schedule creates the task. If a schedule is already shown there, change it and save it "
                          "again so that the agent creates its task again.");
        } else {
            f = makeFinding(Verdict::NotApplicable,
                            tr("No backup is scheduled yet (Task Scheduler has no task in %1), which is normal before "
                               "the server is registered: the agent creates its task when a backup is scheduled "
                               "after registration.")
                                    .arg(folder));
            if (registration.state == agent::Registration::State::Unknown)
                f.detail = tr("Whether the server is registered could not be read: %1").arg(registration.reason);
        }
        f.addEvidence(QStringLiteral("task_folder"), tr("Task Scheduler folder %1").arg(folder), where)
                .addEvidence(QStringLiteral("registration_state"), tr("Registration state"),
                             agent::registrationStateId(registration.state));
        return f;
    }

    QList<Problem> problems;
    const QString fixTitle = EnableScheduledTasksFix::title();
    for (const ScheduledTask& task : tasks.value) {
        const QString console =
                tr("In Task Scheduler open Task Scheduler Library > Microsoft > OnlineBackup > %1").arg(task.name);
        if (!task.enabled)
            problems.append({Verdict::Warning,
                             tr("The scheduled task %1 is disabled, so backups do not run on schedule.").arg(task.name),
                             tr("The wizard's \"%1\" enables it; or: %2, right-click it and choose Enable.")
                                     .arg(fixTitle, console),
                             {EnableScheduledTasksFix::id()}});
        const qsizetype off = std::count_if(task.triggers.cbegin(), task.triggers.cend(),
                                            [](const ScheduledTrigger& t) { return !t.enabled; });
        if (task.triggers.isEmpty())
            problems.append({Verdict::Warning,
                             tr("The scheduled task %1 has no trigger, so it never starts a backup.").arg(task.name),
                             tr("Open Microsoft Azure Backup (the agent's console), choose Schedule Backup, change the "
                                "schedule and save it so that the agent writes its triggers again."),
                             {}});
        else if (off > 0)
            problems.append(
                    {Verdict::Warning,
                     tr("%n of the triggers of the scheduled task %1 are disabled, so backups do not start at "
                        "those times.",
                        nullptr, int(off))
                             .arg(task.name),
                     tr("The wizard's \"%1\" sets this; or: %2 > Properties > Triggers, select each disabled trigger, "
                        "choose Edit and tick Enabled.")
                             .arg(fixTitle, console),
                     {EnableScheduledTasksFix::id()}});
        if (task.multipleInstances != TaskInstances::IgnoreNew)
            problems.append({Verdict::Warning,
                             tr("The scheduled task %1 is set to \"%2\" when it is still running, so a backup can fail "
                                "with \"Job could not be started as another job was in progress\".")
                                     .arg(task.name, instancesText(task.multipleInstances)),
                             tr("The wizard's \"%1\" sets this; or: %2 > Properties > Settings and set \"If the task "
                                "is already "
                                "running\" to \"%3\".")
                                     .arg(fixTitle, console, instancesText(TaskInstances::IgnoreNew)),
                             {EnableScheduledTasksFix::id()}});
        if (!runsAsSystemOrAdministrators(task))
            problems.append({Verdict::Warning,
                             tr("The scheduled task %1 runs as %2 instead of SYSTEM or the Administrators group, so "
                                "backups stop when that account's password changes or it loses its rights.")
                                     .arg(task.name, principalText(task)),
                             tr("%1 > Properties > General, choose \"Change User or Group\" and enter SYSTEM (this "
                                "tool does not change who runs a task). Changing and saving the schedule in the "
                                "agent's console also registers the task again.")
                                     .arg(console),
                             {}});
    }
    const QString passSentence =
            tr("The agent's %n scheduled task(s) in %1 are enabled, run as SYSTEM or Administrators, have their "
               "triggers enabled and do not start a second instance.",
               nullptr, int(tasks.value.size()))
                    .arg(folder);
    f = worstOf(problems, passSentence, QString());
    if (problems.size() > 1) {
        QStringList sentences;
        for (const Problem& p : problems)
            sentences.append(p.sentence);
        f.detail = sentences.join(QLatin1Char(' '));
    }
    if (!problems.isEmpty())
        f.remedy += QLatin1Char(' ')
                    + tr("Restart the server after changing the task, as the troubleshooting guide "
                         "advises.");
    f.addEvidence(QStringLiteral("task_folder"), tr("Task Scheduler folder %1").arg(folder),
                  tr("%n task(s)", nullptr, int(tasks.value.size())));
    // task_1, task_2, ... in the order of the names (the probe sorts them).
    for (qsizetype i = 0; i < tasks.value.size(); ++i)
        f.addEvidence(QStringLiteral("task_%1").arg(i + 1), tr("Task %1").arg(tasks.value.at(i).path),
                      taskFacts(tasks.value.at(i)));
    return f;
}

} // namespace mars
