// SPDX-License-Identifier: MIT
#include "EnableScheduledTasksFix.h"

#include "ScheduledTaskHealthCheck.h"
#include "catalog/common/FixRights.h"
#include "catalog/common/RestartNeeded.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>

namespace mars {

namespace {
// The settings of a task as the fix reads and writes them.
ScheduledTaskSettings settingsOf(const ScheduledTask& task)
{
    ScheduledTaskSettings s;
    s.enabled = task.enabled;
    for (const ScheduledTrigger& trigger : task.triggers)
        s.triggersEnabled.append(trigger.enabled);
    s.multipleInstances = task.multipleInstances;
    return s;
}

// What the fix makes of them: everything on, "Do not start a new instance".
ScheduledTaskSettings wantedFor(const ScheduledTask& task)
{
    ScheduledTaskSettings s;
    s.enabled = true;
    s.triggersEnabled = QList<bool>(task.triggers.size(), true);
    s.multipleInstances = TaskInstances::IgnoreNew;
    return s;
}

bool same(const ScheduledTaskSettings& a, const ScheduledTaskSettings& b)
{
    return a.enabled == b.enabled && a.triggersEnabled == b.triggersEnabled
           && a.multipleInstances == b.multipleInstances;
}

QJsonObject toJson(const ScheduledTaskSettings& s)
{
    QJsonArray triggers;
    for (const bool on : s.triggersEnabled)
        triggers.append(on);
    return {{QStringLiteral("enabled"), s.enabled},
            {QStringLiteral("triggersEnabled"), triggers},
            {QStringLiteral("multipleInstances"), taskInstancesId(s.multipleInstances)}};
}

std::optional<ScheduledTaskSettings> settingsFromJson(const QJsonObject& o)
{
    ScheduledTaskSettings s;
    const QJsonValue enabled = o.value(QLatin1String("enabled"));
    const QJsonValue triggers = o.value(QLatin1String("triggersEnabled"));
    if (!enabled.isBool() || !triggers.isArray()
        || !taskInstancesFromId(o.value(QLatin1String("multipleInstances")).toString(), &s.multipleInstances))
        return std::nullopt;
    s.enabled = enabled.toBool();
    for (const QJsonValue& on : triggers.toArray()) {
        if (!on.isBool())
            return std::nullopt;
        s.triggersEnabled.append(on.toBool());
    }
    return s;
}

// "disabled; triggers 1 of 2 enabled; Queue a new instance"
QString settingsText(const ScheduledTaskSettings& s)
{
    const qsizetype on = std::count(s.triggersEnabled.cbegin(), s.triggersEnabled.cend(), true);
    return EnableScheduledTasksFix::tr("%1; triggers %2 of %3 enabled; %4")
            .arg(s.enabled ? EnableScheduledTasksFix::tr("enabled") : EnableScheduledTasksFix::tr("disabled"))
            .arg(on)
            .arg(s.triggersEnabled.size())
            .arg(ScheduledTaskHealthCheck::instancesText(s.multipleInstances));
}

QString taskTarget(const QString& path)
{
    return EnableScheduledTasksFix::tr("Scheduled task %1").arg(path);
}

// The tasks of the agent's folder that the fix would change, read now; `problem` set when the
// folder cannot be read.
struct Survey
{
    QList<ScheduledTask> tasks;
    QString problem;

    QJsonObject fingerprint() const
    {
        QJsonArray items;
        for (const ScheduledTask& task : tasks)
            items.append(QJsonObject{{QStringLiteral("path"), task.path},
                                     {QStringLiteral("settings"), toJson(settingsOf(task))}});
        return {{QStringLiteral("tasks"), items}};
    }
};

Survey survey(const CheckContext& context)
{
    Survey s;
    const QString folder = ScheduledTaskHealthCheck::taskFolder();
    const Probed<QList<ScheduledTask>> tasks = context.system().services().scheduledTasks(folder);
    if (tasks.status == ProbeStatus::NotFound) {
        s.problem =
                EnableScheduledTasksFix::tr("Task Scheduler has no folder %1: there is no task to change.").arg(folder);
        return s;
    }
    if (!tasks.ok()) {
        s.problem = EnableScheduledTasksFix::tr("The tasks in %1 could not be read: %2").arg(folder, tasks.reason);
        return s;
    }
    for (const ScheduledTask& task : tasks.value) {
        if (ScheduledTaskHealthCheck::needsSettingsFix(task))
            s.tasks.append(task);
    }
    return s;
}

// A journal item names a task of the agent's folder only: the journal is a file on disk, and an
// undo must never reach another task.
bool inAgentFolder(const QString& path)
{
    const QString prefix = ScheduledTaskHealthCheck::taskFolder() + QLatin1Char('\\');
    return path.startsWith(prefix, Qt::CaseInsensitive) && path.size() > prefix.size()
           && path.indexOf(QLatin1Char('\\'), prefix.size()) < 0;
}

struct UndoItem
{
    QString path;
    ScheduledTaskSettings old; // before the fix
    ScheduledTaskSettings written; // what the fix left
};

QList<UndoItem> parseUndo(const QJsonObject& undo)
{
    QList<UndoItem> items;
    for (const QJsonValue& v : undo.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString path = o.value(QLatin1String("path")).toString();
        const auto old = settingsFromJson(o.value(QLatin1String("old")).toObject());
        const auto written = settingsFromJson(o.value(QLatin1String("written")).toObject());
        if (!inAgentFolder(path) || !old || !written || old->triggersEnabled.size() != written->triggersEnabled.size())
            return {};
        items.append({path, *old, *written});
    }
    return items;
}

// The task named `path` as it is now, from one listing of the folder; nullopt when it is gone.
std::optional<ScheduledTask> taskNow(const Probed<QList<ScheduledTask>>& listed, const QString& path)
{
    if (!listed.ok())
        return std::nullopt;
    for (const ScheduledTask& task : listed.value) {
        if (task.path.compare(path, Qt::CaseInsensitive) == 0)
            return task;
    }
    return std::nullopt;
}

QString restartSentence()
{
    return EnableScheduledTasksFix::tr("The troubleshooting guide advises restarting the server after changing the "
                                       "agent's scheduled task.");
}
} // namespace

QString EnableScheduledTasksFix::title()
{
    return tr("Enable the backup schedule task");
}

FixInfo EnableScheduledTasksFix::info() const
{
    return {.id = id(), .checkId = ScheduledTaskHealthCheck::id(), .title = title()};
}

FixPlan EnableScheduledTasksFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("Some of the agent's scheduled tasks may be enabled and others not: run the check again "
                            "and apply the fix again if it still fails.");
    plan.fixId = id();
    plan.checkId = info().checkId;
    const Survey s = survey(context);
    if (!s.problem.isEmpty()) {
        plan.summary = tr("The agent's scheduled tasks cannot be changed by this fix.");
        plan.cannotApplyReason = s.problem;
        return plan;
    }
    if (s.tasks.isEmpty()) {
        plan.summary = tr("The agent's scheduled tasks are already enabled and do not start a second instance.");
        plan.cannotApplyReason = tr("There is nothing to change.");
        return plan;
    }
    for (const ScheduledTask& task : s.tasks)
        plan.changes.append({taskTarget(task.path), settingsText(settingsOf(task)), settingsText(wantedFor(task))});
    plan.itemCount = s.tasks.size();
    plan.summary = tr("Enable %n scheduled task(s) of the agent and their triggers, and set them not to start a "
                      "new instance while one is running.",
                      nullptr, int(s.tasks.size()))
                   + QLatin1Char(' ') + tr("Who runs each task is not changed.") + QLatin1Char(' ')
                   + tr("This needs administrator rights.") + QLatin1Char(' ') + restartSentence();
    plan.parameters = s.fingerprint().toVariantMap();
    // TSG asks for a restart after changing the agent's tasks, as after the TLS settings (I9).
    restart::markNeeded(plan);
    plan.reversible = true;
    plan.undoDescription = tr("Undo puts each task's Enabled flags and instance setting back as they were; a task "
                              "changed since the fix is left as it is.");
    FixRights::settle(plan, context, tr("Changing the agent's scheduled tasks"));
    return plan;
}

FixOutcome EnableScheduledTasksFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    FixOutcome outcome;
    outcome.fixId = id();
    // Apply only what was shown: the tasks must still be as the preview read them.
    const Survey s = survey(context);
    if (!s.problem.isEmpty()) {
        outcome.summary = tr("%1 Nothing was changed.").arg(s.problem);
        return outcome;
    }
    if (QJsonObject::fromVariantMap(plan.parameters) != s.fingerprint()) {
        outcome.summary = tr(
                "The agent's scheduled tasks changed since the preview; nothing was changed. Preview the fix again.");
        return outcome;
    }
    if (s.tasks.isEmpty()) {
        outcome.result = FixResult::NothingToDo;
        outcome.summary = tr("The agent's scheduled tasks are already as they should be; nothing was changed.");
        return outcome;
    }
    QJsonArray undone;
    QStringList problems;
    for (const ScheduledTask& task : s.tasks) {
        if (context.isCancelled())
            break;
        const ScheduledTaskSettings old = settingsOf(task);
        const ScheduledTaskSettings wanted = wantedFor(task);
        outcome.before.insert(taskTarget(task.path), toJson(old));
        const Probed<ScheduledTask> updated = context.system().services().updateScheduledTask(task.path, wanted);
        if (!updated.ok()) {
            problems.append(tr("Changing %1 failed: %2").arg(task.path, updated.reason));
            break; // the rest is not attempted: what was changed can still be undone
        }
        const ScheduledTaskSettings back = settingsOf(updated.value);
        outcome.after.insert(taskTarget(task.path), toJson(back));
        undone.append(QJsonObject{{QStringLiteral("path"), task.path},
                                  {QStringLiteral("old"), toJson(old)},
                                  {QStringLiteral("written"), toJson(wanted)}});
        if (!same(back, wanted))
            problems.append(tr("%1 reads back as \"%2\" after the change.").arg(task.path, settingsText(back)));
    }
    if (!undone.isEmpty())
        outcome.undo.insert(QStringLiteral("tasks"), undone);
    if (problems.isEmpty() && undone.size() == s.tasks.size()) {
        outcome.result = FixResult::Applied;
        outcome.summary = tr("Enabled %n scheduled task(s) of the agent with their triggers, set not to start a new "
                             "instance.",
                             nullptr, int(undone.size()))
                          + QLatin1Char(' ') + restartSentence();
    } else if (problems.isEmpty()) {
        outcome.result = undone.isEmpty() ? FixResult::Cancelled : FixResult::PartlyApplied;
        outcome.summary = undone.isEmpty() ? tr("Cancelled before any task was changed.")
                                           : tr("Cancelled after %n task(s); what was changed can be undone.", nullptr,
                                                int(undone.size()));
    } else {
        outcome.result = undone.isEmpty() ? FixResult::Failed : FixResult::PartlyApplied;
        outcome.summary = problems.join(QLatin1Char(' '));
        if (!undone.isEmpty())
            outcome.summary += QLatin1Char(' ') + tr("The tasks already changed can be undone.");
    }
    Logging::logger(QStringLiteral("audit"))
            ->info("{}: {} task(s) changed: {}", id().toStdString(), undone.size(),
                   fixResultId(outcome.result).toStdString());
    return outcome;
}

FixPlan EnableScheduledTasksFix::previewUndo(const CheckContext& context, const JournalEntry& entry) const
{
    FixPlan plan = Fix::previewUndo(context, entry); // ids, the entry, "already undone" and the like
    plan.ifInterrupted = tr("Some of the agent's scheduled tasks may be back as they were and others not: compare them "
                            "in Task Scheduler with the journal's before-state.");
    if (!plan.canApply)
        return plan;
    restart::markNeeded(plan);
    plan.canApply = false;
    plan.changes.clear();
    const QList<UndoItem> items = parseUndo(entry.undo);
    if (items.isEmpty()) {
        plan.summary = tr("The journal entry does not say which scheduled tasks to put back.");
        plan.cannotApplyReason = plan.summary;
        return plan;
    }
    const Probed<QList<ScheduledTask>> listed =
            context.system().services().scheduledTasks(ScheduledTaskHealthCheck::taskFolder());
    if (!listed.ok()) {
        plan.summary = tr("The agent's scheduled tasks could not be read: %1").arg(listed.reason);
        plan.cannotApplyReason = plan.summary;
        return plan;
    }
    int restorable = 0;
    for (const UndoItem& item : items) {
        const std::optional<ScheduledTask> now = taskNow(listed, item.path);
        if (!now) {
            plan.changes.append({taskTarget(item.path), tr("does not exist any more"), tr("left as it is")});
        } else if (same(settingsOf(*now), item.written)) {
            ++restorable;
            plan.changes.append({taskTarget(item.path), settingsText(item.written), settingsText(item.old)});
        } else {
            plan.changes.append({taskTarget(item.path), settingsText(settingsOf(*now)),
                                 tr("left as it is: changed since the fix")});
        }
    }
    plan.itemCount = restorable;
    plan.reversible = true;
    plan.undoDescription = tr("Running the fix again enables the tasks again.");
    if (restorable == 0) {
        plan.summary = tr("Every task this fix changed was changed again since (or removed); the undo would change "
                          "nothing.");
        plan.cannotApplyReason = plan.summary;
        return plan;
    }
    plan.summary = tr("Put %n scheduled task(s) back as they were before the fix.", nullptr, restorable);
    if (restorable < items.size())
        plan.summary += QLatin1Char(' ') + tr("Tasks changed by someone else since the fix are left as they are.");
    FixRights::settle(plan, context, tr("Changing the agent's scheduled tasks"));
    return plan;
}

FixOutcome EnableScheduledTasksFix::undo(const CheckContext& context, const QJsonObject& undoData) const
{
    FixOutcome outcome;
    outcome.fixId = id();
    const QList<UndoItem> items = parseUndo(undoData);
    if (items.isEmpty()) {
        outcome.summary = tr("The journal entry does not say which scheduled tasks to put back; nothing was changed.");
        return outcome;
    }
    const Probed<QList<ScheduledTask>> listed =
            context.system().services().scheduledTasks(ScheduledTaskHealthCheck::taskFolder());
    if (!listed.ok()) {
        outcome.summary =
                tr("The agent's scheduled tasks could not be read: %1 Nothing was changed.").arg(listed.reason);
        return outcome;
    }
    QStringList left, failed;
    int restored = 0;
    // Last changed first: the reverse of the fix.
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const UndoItem& item = items.at(i);
        const std::optional<ScheduledTask> now = taskNow(listed, item.path);
        if (!now) {
            left.append(tr("%1 does not exist any more.").arg(item.path));
            continue;
        }
        outcome.before.insert(taskTarget(item.path), toJson(settingsOf(*now)));
        if (!same(settingsOf(*now), item.written)) {
            left.append(tr("%1 was changed since the fix (it is now \"%2\") and is left as it is.")
                                .arg(item.path, settingsText(settingsOf(*now))));
            continue;
        }
        const Probed<ScheduledTask> put = context.system().services().updateScheduledTask(item.path, item.old);
        if (!put.ok()) {
            failed.append(tr("%1 could not be put back: %2").arg(item.path, put.reason));
            continue;
        }
        outcome.after.insert(taskTarget(item.path), toJson(settingsOf(put.value)));
        if (same(settingsOf(put.value), item.old))
            ++restored;
        else
            failed.append(
                    tr("%1 reads back as \"%2\" after the undo.").arg(item.path, settingsText(settingsOf(put.value))));
    }
    if (restored == 0) {
        outcome.result = failed.isEmpty() ? FixResult::NotAllowed : FixResult::Failed;
        outcome.summary = (failed + left).join(QLatin1Char(' ')) + QLatin1Char(' ') + tr("Nothing was put back.");
    } else {
        outcome.result = left.isEmpty() && failed.isEmpty() ? FixResult::Applied : FixResult::PartlyApplied;
        outcome.summary = tr("Put %n scheduled task(s) back as they were before the fix.", nullptr, restored);
        if (!failed.isEmpty() || !left.isEmpty())
            outcome.summary += QLatin1Char(' ') + (failed + left).join(QLatin1Char(' '));
    }
    Logging::logger(QStringLiteral("audit"))
            ->info("undo {}: {} task(s) put back, {} left, {} failed: {}", id().toStdString(), restored, left.size(),
                   failed.size(), fixResultId(outcome.result).toStdString());
    return outcome;
}

} // namespace mars
