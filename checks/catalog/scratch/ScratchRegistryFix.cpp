// SPDX-License-Identifier: MIT
#include "ScratchRegistryFix.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/FixRights.h"
#include "catalog/common/WindowsPathRules.h"
#include "catalog/scratch/ScratchRegistryCheck.h"
#include "catalog/scratch/ScratchRules.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <spdlog/spdlog.h>

namespace mars {

namespace {
using Copy = ScratchRules::Copy;

QString where(const QString& key)
{
    return QStringLiteral("HKLM\\%1\\%2").arg(key, agent::scratchValue());
}

QJsonValue json(const Copy& copy)
{
    return copy.present() ? QJsonValue(copy.value) : QJsonValue(QJsonValue::Null);
}

bool isScratchKey(const QString& key)
{
    return key.compare(agent::configKey(), Qt::CaseInsensitive) == 0
           || key.compare(agent::providerKey(), Qt::CaseInsensitive) == 0;
}

QString serviceState(const CheckContext& context)
{
    const Probed<ServiceInfo> service = context.system().services().service(agent::serviceName());
    return service.ok()                              ? serviceStateId(service.value.state)
           : service.status == ProbeStatus::NotFound ? QStringLiteral("not_found")
                                                     : QStringLiteral("unknown");
}

// Writes `data` into `key`\ScratchLocation and reads it back; a running obengine is stopped
// first and started again afterwards, because the agent reads the value when it starts.
struct Change
{
    bool written = false; // the value reads back as `data`
    bool serviceOk = true; // obengine is running again if it was running before
    QString problem; // plain sentence when something went wrong
};

PlannedChange serviceChange(const CheckContext& context)
{
    const Probed<ServiceInfo> service = context.system().services().service(agent::serviceName());
    const QString name = ScratchRegistryFix::tr("Service %1").arg(agent::serviceName());
    if (service.ok() && service.value.state == ServiceState::Running)
        return {name, serviceStateText(ServiceState::Running),
                ScratchRegistryFix::tr("stopped before the change, started again after it")};
    if (service.ok())
        return {name, serviceStateText(service.value.state), ScratchRegistryFix::tr("left as it is")};
    return {name, ScratchRegistryFix::tr("unknown (%1)").arg(service.reason),
            ScratchRegistryFix::tr("restarted if it is running")};
}

// When the folder was last written, for the preview: the value that wins should name the
// folder the agent really used last.
QString lastWritten(const CheckContext& context, const QString& path)
{
    const Probed<PathDetails> details = context.system().files().pathDetails(path);
    if (details.status == ProbeStatus::NotFound)
        return ScratchRegistryFix::tr("does not exist");
    if (!details.ok())
        return ScratchRegistryFix::tr("unknown (%1)").arg(details.reason);
    if (!details.value.lastWriteUtc.isValid())
        return ScratchRegistryFix::tr("unknown (the file system did not say)");
    return ScratchRegistryFix::tr("last written %1 UTC")
            .arg(details.value.lastWriteUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

Change writeWithRestart(const CheckContext& context, const QString& key, const QString& data)
{
    Change change;
    const SystemProbe& system = context.system();
    const Probed<ServiceInfo> service = system.services().service(agent::serviceName());
    const bool running = service.ok() && service.value.state == ServiceState::Running;
    if (running) {
        const Probed<ServiceState> stopped = system.services().stopService(agent::serviceName());
        if (!stopped.ok()) {
            change.problem = ScratchRegistryFix::tr("The agent service obengine could not be stopped (%1); nothing "
                                                    "was changed.")
                                     .arg(stopped.reason);
            return change;
        }
        // stopService answers Ok with "stop pending" when the bounded wait ran out: the agent
        // may still be running, so the value is not changed under it.
        if (stopped.value != ServiceState::Stopped) {
            change.problem = ScratchRegistryFix::tr("The agent service obengine is still %1 after the wait; nothing "
                                                    "was changed. Once it has stopped, run net start obengine and "
                                                    "try the fix again.")
                                     .arg(serviceStateText(stopped.value));
            return change;
        }
    }
    const Probed<RegistryValue> write = system.registry().writeRegistryString(
            RegistryHive::LocalMachine, key, agent::scratchValue(), data, RegistryView::Native64);
    const Probed<RegistryValue> readBack = system.registry().readRegistry(
            RegistryHive::LocalMachine, key, agent::scratchValue(), RegistryView::Native64);
    if (!write.ok()) {
        change.problem = ScratchRegistryFix::tr("Writing %1 failed: %2").arg(where(key), write.reason);
    } else if (!readBack.ok() || readBack.value.data.toString() != data) {
        change.problem =
                ScratchRegistryFix::tr("%1 reads back as %2 instead of %3.")
                        .arg(where(key), readBack.ok() ? readBack.value.data.toString() : readBack.reason, data);
    } else {
        change.written = true;
    }
    if (running) {
        const Probed<ServiceState> started = system.services().startService(agent::serviceName());
        if (!started.ok()) {
            change.serviceOk = false;
            const QString start = ScratchRegistryFix::tr("The agent service obengine did not start again (%1): run "
                                                         "net start obengine as administrator.")
                                          .arg(started.reason);
            change.problem = change.problem.isEmpty() ? start : change.problem + QLatin1Char(' ') + start;
        }
    }
    return change;
}
} // namespace

FixInfo ScratchRegistryFix::info() const
{
    return {.id = id(),
            .checkId = ScratchRegistryCheck::id(),
            .title = tr("Repair the cache location in the registry")};
}

FixPlan ScratchRegistryFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("The agent's service obengine may still be stopped: run net start obengine as "
                            "administrator. ScratchLocation may hold the old or the new value: run the check again.");
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    const ScratchRules::RegistryState state = ScratchRules::readRegistry(context);
    if (state.config.readFailed() || state.provider.readFailed()) {
        plan.summary = tr("The agent's cache location could not be read from the registry.");
        plan.cannotApplyReason = (state.config.readFailed() ? state.config.reason : state.provider.reason);
        return plan;
    }
    const Copy* source = state.source();
    const Copy* target = state.target();
    if (!source || !target) {
        const bool consistent = state.config.present() && state.provider.present()
                                && agent::samePath(state.config.value, state.provider.value)
                                && state.config.folder == Copy::Folder::Exists;
        plan.summary = consistent ? tr("Both values already name the existing folder %1.").arg(state.config.value)
                                  : tr("Neither registry value names a folder that can be copied to the other.");
        plan.cannotApplyReason = consistent ? tr("There is nothing to repair.")
                                            : tr("This fix copies a value only when it names an existing folder and "
                                                 "the other value is missing or names a missing folder; it never "
                                                 "invents a path.");
        // A folder that cannot be read may sit on a drive that is away or offline: say so.
        for (const Copy* copy : {&state.config, &state.provider}) {
            if (!consistent && copy->present() && copy->folder != Copy::Folder::Exists) {
                const QString problem = ScratchRules::driveProblem(context, copy->value);
                if (!problem.isEmpty())
                    plan.cannotApplyReason += QLatin1Char(' ') + problem;
            }
        }
        return plan;
    }
    if (target->present()) {
        const QString problem = ScratchRules::driveProblem(context, target->value);
        if (!problem.isEmpty()) {
            plan.summary = tr("%1 names %2, which looks missing, but its drive is not there or does not answer.")
                                   .arg(target->where(), target->value);
            plan.cannotApplyReason =
                    problem + QLatin1Char(' ')
                    + tr("Pointing the agent at %1 now could send it back to an old copy of its cache. Bring the drive "
                         "back online (Disk Management) and run the check again; if the drive is gone for good, "
                         "move the cache as documented (the \"Cache folder location\" item lists the steps).")
                              .arg(source->value);
            return plan;
        }
    }
    const bool oldPresent = target->present();
    plan.changes.append({target->where(), ScratchRules::valueText(*target), source->value});
    plan.changes.append({tr("Both ScratchLocation values"),
                         QStringLiteral("%1 | %2").arg(ScratchRules::valueText(state.config),
                                                       ScratchRules::valueText(state.provider)),
                         tr("backed up in the fix journal first")});
    plan.changes.append(serviceChange(context));
    // Both folders' last writes: the value that wins should name the folder the agent used last.
    plan.changes.append({tr("Folder %1 (named by %2)").arg(source->value, source->where()),
                         lastWritten(context, source->value), tr("not changed")});
    if (target->present())
        plan.changes.append({tr("Folder %1 (named by %2)").arg(target->value, target->where()),
                             lastWritten(context, target->value), tr("not changed")});
    plan.itemCount = 1;
    plan.summary = tr("Set %1 to %2, the folder the other value names and that exists. Both values are backed up in "
                      "the fix journal first. The agent reads the value when it starts, so its service obengine is "
                      "restarted if it is running.")
                           .arg(target->where(), source->value);
    plan.parameters.insert(QStringLiteral("targetKey"), target->key);
    plan.parameters.insert(QStringLiteral("sourceKey"), source->key);
    plan.parameters.insert(QStringLiteral("newValue"), source->value);
    plan.parameters.insert(QStringLiteral("oldValue"), target->value);
    plan.parameters.insert(QStringLiteral("oldPresent"), oldPresent);
    plan.reversible = oldPresent;
    plan.undoDescription = oldPresent ? tr("Undo writes the old value %1 back into %2 and restarts obengine again.")
                                                .arg(target->value, target->where())
                                      : tr("Cannot be undone from here: %1 did not exist before, and this "
                                           "troubleshooter can write registry values but never deletes one. To go "
                                           "back, run as administrator: reg delete \"HKLM\\%2\" /v %3 /f")
                                                .arg(target->where(), target->key, agent::scratchValue());
    FixRights::settle(plan, context, tr("Changing the registry value %1").arg(target->where()));
    return plan;
}

FixOutcome ScratchRegistryFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const QString targetKey = plan.parameters.value(QStringLiteral("targetKey")).toString();
    const QString sourceKey = plan.parameters.value(QStringLiteral("sourceKey")).toString();
    const QString newValue = plan.parameters.value(QStringLiteral("newValue")).toString();
    const QString oldValue = plan.parameters.value(QStringLiteral("oldValue")).toString();
    const bool oldPresent = plan.parameters.value(QStringLiteral("oldPresent")).toBool();
    if (!isScratchKey(targetKey) || !isScratchKey(sourceKey) || newValue.isEmpty()) {
        outcome.summary = tr("The plan does not say which value to change; nothing was changed.");
        return outcome;
    }
    // Apply only what was shown: both values as the preview read them.
    const ScratchRules::RegistryState state = ScratchRules::readRegistry(context);
    const bool targetIsConfig = targetKey.compare(agent::configKey(), Qt::CaseInsensitive) == 0;
    const Copy& target = targetIsConfig ? state.config : state.provider;
    const Copy& source = targetIsConfig ? state.provider : state.config;
    if (target.readFailed() || source.readFailed()) {
        outcome.summary = tr("The registry values could not be read again; nothing was changed: %1")
                                  .arg(target.readFailed() ? target.reason : source.reason);
        return outcome;
    }
    if (source.value != newValue || target.present() != oldPresent || (oldPresent && target.value != oldValue)) {
        outcome.summary = tr("The registry values changed since the preview; nothing was changed. Preview the fix "
                             "again.");
        return outcome;
    }
    if (source.folder != Copy::Folder::Exists) {
        outcome.summary = tr("The folder %1 no longer exists; nothing was changed.").arg(newValue);
        return outcome;
    }
    if (target.present()) { // the drive may have gone since the preview
        const QString problem = ScratchRules::driveProblem(context, target.value);
        if (!problem.isEmpty()) {
            outcome.summary = tr("%1 Nothing was changed.").arg(problem);
            return outcome;
        }
    }
    // The values are as previewed, but the folders may not be: the repair still has to be the
    // one the rule allows (e.g. the other value's folder may exist again by now).
    if (state.source() != &source) {
        outcome.summary = tr("The cache folders changed since the preview, so %1 is no longer known to be wrong; "
                             "nothing was changed. Run the check again.")
                                  .arg(where(targetKey));
        return outcome;
    }
    outcome.before.insert(QStringLiteral("config"), json(state.config));
    outcome.before.insert(QStringLiteral("provider"), json(state.provider));
    outcome.before.insert(QStringLiteral("service"), serviceState(context));

    const Change change = writeWithRestart(context, targetKey, newValue);
    const ScratchRules::RegistryState now = ScratchRules::readRegistry(context);
    outcome.after.insert(QStringLiteral("config"), json(now.config));
    outcome.after.insert(QStringLiteral("provider"), json(now.provider));
    outcome.after.insert(QStringLiteral("service"), serviceState(context));
    if (change.written && oldPresent) {
        outcome.undo.insert(QStringLiteral("key"), targetKey);
        outcome.undo.insert(QStringLiteral("value"), oldValue);
        outcome.undo.insert(QStringLiteral("written"), newValue);
    }
    if (!change.written) {
        outcome.result = FixResult::Failed;
        outcome.summary = change.problem;
    } else if (!change.serviceOk) {
        outcome.result = FixResult::PartlyApplied;
        outcome.summary = tr("Set %1 to %2. %3").arg(where(targetKey), newValue, change.problem);
    } else {
        outcome.result = FixResult::Applied;
        outcome.summary = tr("Set %1 to %2; both values now name the same folder.").arg(where(targetKey), newValue);
    }
    Logging::logger(QStringLiteral("audit"))
            ->info("{}: {} {} -> {}: {}", info().id.toStdString(), where(targetKey).toStdString(),
                   oldPresent ? oldValue.toStdString() : std::string("(missing)"), newValue.toStdString(),
                   fixResultId(outcome.result).toStdString());
    return outcome;
}

FixPlan ScratchRegistryFix::previewUndo(const CheckContext& context, const JournalEntry& entry) const
{
    FixPlan plan = Fix::previewUndo(context, entry); // ids, the entry, "already undone" and the like
    plan.ifInterrupted = tr("The agent's service obengine may still be stopped: run net start obengine as "
                            "administrator. ScratchLocation may hold either value: run the check again.");
    if (!plan.canApply)
        return plan;
    plan.canApply = false;
    plan.changes.clear();
    const QString key = entry.undo.value(QLatin1String("key")).toString();
    const QString oldValue = entry.undo.value(QLatin1String("value")).toString();
    const QString written = entry.undo.value(QLatin1String("written")).toString();
    if (!isScratchKey(key) || oldValue.isEmpty() || written.isEmpty()) {
        plan.summary = tr("The journal entry does not say which value to put back.");
        plan.cannotApplyReason = plan.summary;
        return plan;
    }
    // The journal is a file the user can edit: put back only a value that can be a cache folder.
    if (const QString problem = WindowsPathRules::cacheFolderProblem(context, oldValue); !problem.isEmpty()) {
        plan.summary = tr("%1 is not put back to %2.").arg(where(key), oldValue);
        plan.cannotApplyReason = problem;
        return plan;
    }
    const Probed<RegistryValue> current = context.system().registry().readRegistry(
            RegistryHive::LocalMachine, key, agent::scratchValue(), RegistryView::Native64);
    const QString currentText = current.ok() ? current.value.data.toString() : current.reason;
    plan.summary = tr("Put %1 back to %2. The agent's service obengine is restarted if it is running.")
                           .arg(where(key), oldValue);
    plan.changes.append({where(key), currentText, oldValue});
    plan.changes.append(serviceChange(context));
    plan.itemCount = 1;
    plan.reversible = true;
    plan.undoDescription = tr("Running the fix again repairs the value again.");
    if (!current.ok() || currentText != written) {
        plan.cannotApplyReason = tr("%1 was changed again after the fix (it is now %2).").arg(where(key), currentText);
        return plan;
    }
    FixRights::settle(plan, context, tr("Changing the registry value %1").arg(where(key)));
    return plan;
}

FixOutcome ScratchRegistryFix::undo(const CheckContext& context, const QJsonObject& undoData) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const QString key = undoData.value(QLatin1String("key")).toString();
    const QString oldValue = undoData.value(QLatin1String("value")).toString();
    const QString written = undoData.value(QLatin1String("written")).toString();
    // The journal is a file on disk: only ever write one of the two ScratchLocation values.
    if (!isScratchKey(key) || oldValue.isEmpty() || written.isEmpty()) {
        outcome.summary = tr("The journal entry does not say which value to put back; nothing was changed.");
        return outcome;
    }
    if (const QString problem = WindowsPathRules::cacheFolderProblem(context, oldValue); !problem.isEmpty()) {
        outcome.result = FixResult::NotAllowed;
        outcome.summary = tr("%1 Nothing was changed.").arg(problem);
        return outcome;
    }
    const Probed<RegistryValue> current = context.system().registry().readRegistry(
            RegistryHive::LocalMachine, key, agent::scratchValue(), RegistryView::Native64);
    const QString currentText = current.ok() ? current.value.data.toString() : QString();
    if (!current.ok() || currentText != written) {
        outcome.summary = tr("%1 was changed again after the fix (it is now %2); nothing was changed.")
                                  .arg(where(key), current.ok() ? currentText : current.reason);
        return outcome;
    }
    outcome.before.insert(QStringLiteral("value"), currentText);
    outcome.before.insert(QStringLiteral("service"), serviceState(context));
    const Change change = writeWithRestart(context, key, oldValue);
    const Probed<RegistryValue> after = context.system().registry().readRegistry(
            RegistryHive::LocalMachine, key, agent::scratchValue(), RegistryView::Native64);
    outcome.after.insert(QStringLiteral("value"), after.ok() ? after.value.data.toString() : QString());
    outcome.after.insert(QStringLiteral("service"), serviceState(context));
    if (!change.written) {
        outcome.result = FixResult::Failed;
        outcome.summary = change.problem;
    } else {
        outcome.result = change.serviceOk ? FixResult::Applied : FixResult::PartlyApplied;
        outcome.summary = tr("Put %1 back to %2.").arg(where(key), oldValue);
        if (!change.serviceOk)
            outcome.summary += QLatin1Char(' ') + change.problem;
    }
    Logging::logger(QStringLiteral("audit"))
            ->info("undo {}: {} {} -> {}: {}", info().id.toStdString(), where(key).toStdString(), written.toStdString(),
                   oldValue.toStdString(), fixResultId(outcome.result).toStdString());
    return outcome;
}

} // namespace mars
