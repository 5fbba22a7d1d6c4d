// SPDX-License-Identifier: MIT
#include "AddModulePathFix.h"

#include "MsOnlineBackupModuleCheck.h"
#include "PsModulePathCheck.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/FixRights.h"
#include "catalog/common/RestartNeeded.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <spdlog/spdlog.h>

namespace mars {

namespace {
// Undo may only take entries out of the value the fix wrote, never add one: the journal is a
// file the user can edit, and a forged "old" value could put a network folder into the
// machine's PSModulePath, where an elevated PowerShell would load modules from it.
bool onlyRemovesEntries(const QString& old, const QString& written)
{
    QStringList left = written.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& entry : old.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype at = left.indexOf(entry);
        if (at < 0)
            return false;
        left.removeAt(at);
    }
    return true;
}

QString where()
{
    return QStringLiteral("HKLM\\%1\\%2").arg(PsModulePathCheck::environmentKey(), PsModulePathCheck::pathValue());
}

Probed<RegistryValue> readPath(const CheckContext& context)
{
    return context.system().registry().readRegistry(RegistryHive::LocalMachine, PsModulePathCheck::environmentKey(),
                                                    PsModulePathCheck::pathValue(), RegistryView::Native64);
}

bool isText(const RegistryValue& value)
{
    return value.type == RegistryValue::Type::ExpandString || value.type == RegistryValue::Type::String;
}

QString typeName(RegistryValue::Type type)
{
    return type == RegistryValue::Type::ExpandString ? QStringLiteral("REG_EXPAND_SZ") : QStringLiteral("REG_SZ");
}

// `old` with the agent's modules folder added as its last entry.
QString appended(const QString& old, const QString& installDir)
{
    QString trimmed = old;
    while (trimmed.endsWith(u';'))
        trimmed.chop(1);
    const QString folder = MsOnlineBackupModuleCheck::modulesFolder(installDir);
    return trimmed.isEmpty() ? folder : trimmed + u';' + folder;
}

// Writes `data` and reads it back: Ok only when value and type are as meant. A type that changed
// (a REG_EXPAND_SZ turned REG_SZ would stop %SystemRoot% from expanding) is put back at once.
QString writePath(const CheckContext& context, const QString& data, RegistryValue::Type type, const QString& old)
{
    const RegistryProbe& registry = context.system().registry();
    const Probed<RegistryValue> written =
            registry.writeRegistryString(RegistryHive::LocalMachine, PsModulePathCheck::environmentKey(),
                                         PsModulePathCheck::pathValue(), data, RegistryView::Native64);
    if (!written.ok())
        return AddModulePathFix::tr("Writing %1 failed: %2").arg(where(), written.reason);
    const Probed<RegistryValue> back = readPath(context);
    if (!back.ok() || back.value.data.toString() != data)
        return AddModulePathFix::tr("%1 reads back as %2 instead of the text written.")
                .arg(where(), back.ok() ? back.value.data.toString() : back.reason);
    if (back.value.type != type) {
        registry.writeRegistryString(RegistryHive::LocalMachine, PsModulePathCheck::environmentKey(),
                                     PsModulePathCheck::pathValue(), old, RegistryView::Native64);
        return AddModulePathFix::tr("%1 came back as %2 instead of %3; the old text was written back.")
                .arg(where(), typeName(back.value.type), typeName(type));
    }
    return {};
}
} // namespace

FixInfo AddModulePathFix::info() const
{
    return {.id = id(),
            .checkId = PsModulePathCheck::id(),
            .title = tr("Add the agent's module folder to PSModulePath")};
}

FixPlan AddModulePathFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("The machine's PSModulePath may or may not name the agent's module folder yet: run the "
                            "check again before anything else.");
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    const agent::Location installed = agent::installedPath(context);
    if (installed.path.isEmpty()) {
        plan.summary = tr("The agent's install folder is not known, so its module folder cannot be added.");
        plan.cannotApplyReason = installed.reason.isEmpty() ? plan.summary : installed.reason;
        return plan;
    }
    const Probed<RegistryValue> path = readPath(context);
    if (!path.ok() || !isText(path.value)) {
        plan.summary = tr("The machine's PSModulePath cannot be extended by this fix.");
        plan.cannotApplyReason =
                path.status == ProbeStatus::NotFound
                        ? tr("This server has no machine PSModulePath value; this fix only adds to an existing one. "
                             "Add it in System Properties > Advanced > Environment Variables.")
                : path.ok() ? tr("%1 is not a text value.").arg(where())
                            : path.reason;
        return plan;
    }
    const QString old = path.value.data.toString();
    if (PsModulePathCheck::listsAgentModules(context, old, installed.path)) {
        plan.summary = tr("The machine's PSModulePath already names the agent's module folder.");
        plan.cannotApplyReason = tr("There is nothing to add.");
        return plan;
    }
    const QString folder = MsOnlineBackupModuleCheck::modulesFolder(installed.path);
    const QString updated = appended(old, installed.path);
    plan.changes.append({where(), old, updated});
    plan.changes.append({tr("The server"), tr("running"),
                         tr("needs one restart: the agent's service and tasks read PSModulePath when they start")});
    plan.itemCount = 1;
    plan.summary = tr("Add %1 to the end of the machine's PSModulePath (%2 kept as it is, every entry there stays). "
                      "The old value is recorded in the fix journal first. It takes effect after the server restarts.")
                           .arg(folder, typeName(path.value.type));
    plan.parameters.insert(QStringLiteral("old"), old);
    plan.parameters.insert(QStringLiteral("new"), updated);
    plan.parameters.insert(QStringLiteral("type"), typeName(path.value.type));
    restart::markNeeded(plan);
    plan.reversible = true;
    plan.undoDescription = tr("Undo writes the old value back, as long as nobody changed PSModulePath since. It also "
                              "needs a restart to take effect.");
    FixRights::settle(plan, context, tr("Changing the registry value %1").arg(where()));
    return plan;
}

FixOutcome AddModulePathFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const QString old = plan.parameters.value(QStringLiteral("old")).toString();
    const QString updated = plan.parameters.value(QStringLiteral("new")).toString();
    const QString type = plan.parameters.value(QStringLiteral("type")).toString();
    // Only ever "the old text plus the agent's modules folder", worked out again here.
    const agent::Location installed = agent::installedPath(context);
    if (installed.path.isEmpty() || updated != appended(old, installed.path)) {
        outcome.summary = tr("The plan does not match the agent's module folder; nothing was changed.");
        return outcome;
    }
    const Probed<RegistryValue> now = readPath(context);
    if (!now.ok() || !isText(now.value) || now.value.data.toString() != old || typeName(now.value.type) != type) {
        outcome.summary = tr("The machine's PSModulePath changed since the preview; nothing was changed. Preview the "
                             "fix again.");
        return outcome;
    }
    outcome.before.insert(QStringLiteral("value"), old);
    outcome.before.insert(QStringLiteral("type"), type);
    const QString problem = writePath(context, updated, now.value.type, old);
    const Probed<RegistryValue> after = readPath(context);
    outcome.after.insert(QStringLiteral("value"), after.ok() ? after.value.data.toString() : after.reason);
    outcome.after.insert(QStringLiteral("type"), after.ok() ? typeName(after.value.type) : QString());
    if (problem.isEmpty()) {
        outcome.result = FixResult::Applied;
        outcome.summary = tr("Added the agent's module folder to the machine's PSModulePath; restart the server so the "
                             "agent's service and tasks see it.");
        outcome.undo.insert(QStringLiteral("value"), old);
        outcome.undo.insert(QStringLiteral("written"), updated);
    } else {
        outcome.result = FixResult::Failed;
        outcome.summary = problem;
    }
    Logging::logger(QStringLiteral("audit"))
            ->info("{}: {} {} -> {}: {}", info().id.toStdString(), where().toStdString(), old.toStdString(),
                   updated.toStdString(), fixResultId(outcome.result).toStdString());
    return outcome;
}

FixPlan AddModulePathFix::previewUndo(const CheckContext& context, const JournalEntry& entry) const
{
    FixPlan plan = Fix::previewUndo(context, entry); // ids, the entry, "already undone" and the like
    plan.ifInterrupted = tr(
            "The machine's PSModulePath may or may not be back as it was: compare it with the journal's before-state.");
    if (!plan.canApply)
        return plan;
    plan.canApply = false;
    plan.changes.clear();
    restart::markNeeded(plan);
    const QString old = entry.undo.value(QLatin1String("value")).toString();
    const QString written = entry.undo.value(QLatin1String("written")).toString();
    if (written.isEmpty()) {
        plan.summary = tr("The journal entry does not say which value to put back.");
        plan.cannotApplyReason = plan.summary;
        return plan;
    }
    if (!onlyRemovesEntries(old, written)) {
        plan.summary = tr("The machine's PSModulePath is not put back.");
        plan.cannotApplyReason = tr("The journal entry's old value holds entries the fix did not find there; undo only "
                                    "takes out the folder the fix added.");
        return plan;
    }
    const Probed<RegistryValue> now = readPath(context);
    const QString current = now.ok() ? now.value.data.toString() : now.reason;
    plan.summary = tr("Put the machine's PSModulePath back as it was before the fix. It takes effect after the server "
                      "restarts.");
    plan.changes.append({where(), current, old});
    plan.itemCount = 1;
    plan.reversible = true;
    plan.undoDescription = tr("Running the fix again adds the folder again.");
    if (!now.ok() || current != written) {
        plan.cannotApplyReason = tr("%1 was changed again after the fix (it is now %2).").arg(where(), current);
        return plan;
    }
    FixRights::settle(plan, context, tr("Changing the registry value %1").arg(where()));
    return plan;
}

FixOutcome AddModulePathFix::undo(const CheckContext& context, const QJsonObject& undoData) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const QString old = undoData.value(QLatin1String("value")).toString();
    const QString written = undoData.value(QLatin1String("written")).toString();
    const Probed<RegistryValue> now = readPath(context);
    if (!written.isEmpty() && !onlyRemovesEntries(old, written)) {
        outcome.result = FixResult::NotAllowed;
        outcome.summary = tr("The journal entry's old value holds entries the fix did not find there; undo only takes "
                             "out the folder the fix added. Nothing was changed.");
        return outcome;
    }
    if (written.isEmpty() || !now.ok() || now.value.data.toString() != written) {
        outcome.summary = tr("%1 was changed again after the fix; nothing was changed.").arg(where());
        return outcome;
    }
    outcome.before.insert(QStringLiteral("value"), written);
    const QString problem = writePath(context, old, now.value.type, written);
    const Probed<RegistryValue> after = readPath(context);
    outcome.after.insert(QStringLiteral("value"), after.ok() ? after.value.data.toString() : after.reason);
    outcome.result = problem.isEmpty() ? FixResult::Applied : FixResult::Failed;
    outcome.summary = problem.isEmpty() ? tr("Put the machine's PSModulePath back as it was; restart the server so the "
                                             "agent sees it.")
                                        : problem;
    Logging::logger(QStringLiteral("audit"))
            ->info("undo {}: {} {} -> {}: {}", info().id.toStdString(), where().toStdString(), written.toStdString(),
                   old.toStdString(), fixResultId(outcome.result).toStdString());
    return outcome;
}

} // namespace mars
