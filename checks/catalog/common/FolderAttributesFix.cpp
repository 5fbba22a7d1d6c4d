// SPDX-License-Identifier: MIT
#include "FolderAttributesFix.h"

#include "FixRights.h"
#include "WindowsPathRules.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/WindowsPath.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

#include <utility>

namespace mars {

namespace {
QJsonArray names(FileAttributes attributes)
{
    return QJsonArray::fromStringList(fileAttributeNames(attributes));
}

QString contentCommands(const QString& path, FileAttributes cleared)
{
    QStringList commands;
    if (cleared.testFlag(FileAttribute::Compressed))
        commands.append(QStringLiteral("compact /u /s:\"%1\" /i /q").arg(path));
    if (cleared.testFlag(FileAttribute::Encrypted))
        commands.append(QStringLiteral("cipher /d /s:\"%1\"").arg(path));
    return commands.join(QStringLiteral(" ; "));
}
} // namespace

FolderAttributesFix::FolderAttributesFix(Folder folder, QString checkId)
    : m_folder(folder)
    , m_checkId(std::move(checkId))
{
}

FixInfo FolderAttributesFix::info() const
{
    return {.id = id(m_folder), .checkId = m_checkId, .title = title(m_folder)};
}

QString FolderAttributesFix::title(Folder folder)
{
    return folder == Folder::InstallDir ? tr("Clear the install folder's attributes")
                                        : tr("Uncompress and decrypt the cache folder");
}

FileAttributes FolderAttributesFix::clearable() const
{
    const FileAttributes content = FileAttribute::Compressed | FileAttribute::Encrypted;
    return m_folder == Folder::InstallDir ? content | FileAttribute::System | FileAttribute::Hidden : content;
}

QString FolderAttributesFix::folderPath(const CheckContext& context, QString* why, Chosen* chosen) const
{
    const agent::Location where =
            m_folder == Folder::InstallDir ? agent::installDir(context) : agent::scratchDir(context);
    if (why)
        *why = where.reason;
    if (chosen) // typed, the installer's default, or the default cache inside it: a target
        *chosen = where.sourceId == QLatin1String("registry") ? Chosen::Registered : Chosen::Target;
    return where.path;
}

QString FolderAttributesFix::reservedFolderReason(const CheckContext& context, const QString& path)
{
    return WindowsPathRules::reservedReason(context, path);
}

FolderAttributesFix::Examined FolderAttributesFix::examine(const CheckContext& context, const QString& path,
                                                           Chosen chosen) const
{
    Examined e;
    const auto refuse = [&e](QString summary, QString reason) {
        e.finalPath.clear();
        e.summary = std::move(summary);
        e.reason = std::move(reason);
        return e;
    };
    if (path.isEmpty())
        return refuse(tr("Could not work out which folder to change."), tr("No folder was given."));
    // A drive root is hidden and system by design, and Windows' own folders are not the agent's:
    // a typed "D:\" or "C:\Windows" (or "C:\Windows\.", "\\?\C:\Windows") must never lose those
    // bits through this fix. The rules work on the canonical path, and so does everything after.
    QString reserved = reservedFolderReason(context, path);
    if (!reserved.isEmpty())
        return refuse(tr("%1 is not a folder of its own for the agent.").arg(path), reserved);
    const QString canonical = agent::canonicalWindowsPath(path).path;
    const Probed<PathDetails> read = context.system().files().pathDetails(canonical);
    if (read.status == ProbeStatus::NotFound)
        return refuse(tr("The folder %1 does not exist, so there is nothing to clear.").arg(path),
                      tr("This fix changes only an existing folder, never the folders above it."));
    if (!read.ok())
        return refuse(tr("The attributes of %1 could not be read.").arg(path), read.reason);
    const PathDetails& details = read.value;
    if (!details.attributes.testFlag(FileAttribute::Directory))
        return refuse(tr("%1 is a file, not a folder.").arg(path), tr("This fix changes folders only."));
    if (details.attributes.testFlag(FileAttribute::ReparsePoint))
        return refuse(tr("%1 is a link (reparse point) to another folder.").arg(path),
                      tr("Changing a link's attributes would change the folder it points to; choose or move to a "
                         "plain folder instead."));
    if (details.finalPath.isEmpty())
        return refuse(tr("Where %1 really leads could not be read.").arg(path), details.finalPathReason);
    // The same rules on the folder it really is: "C:\Program Files\..\ProgramData", a short
    // name or a junction on the way must not get past them.
    reserved = reservedFolderReason(context, details.finalPath);
    if (!reserved.isEmpty())
        return refuse(tr("%1 is not a folder of its own for the agent.").arg(details.finalPath), reserved);
    // The machine resolves short names; one left in the final path could still lead anywhere.
    const QString finalPath = agent::canonicalWindowsPath(details.finalPath).path;
    if (agent::hasShortNameComponent(finalPath))
        return refuse(tr("Where %1 really leads could not be read.").arg(path),
                      tr("Its final path %1 still holds a short (8.3) name; type the folder's full name.")
                              .arg(details.finalPath));
    QString refusal;
    const QString owner = ownership(context, finalPath, chosen, &refusal);
    if (owner.isEmpty())
        return refuse(tr("%1 does not belong to the agent; its attributes stay as they are.").arg(finalPath), refusal);
    e.finalPath = finalPath;
    e.attributes = details.attributes;
    e.owner = owner;
    return e;
}

QString FolderAttributesFix::ownership(const CheckContext& context, const QString& finalPath, Chosen chosen,
                                       QString* refusal) const
{
    const FilesProbe& files = context.system().files();
    const auto resolved = [&files](const QString& path) {
        const Probed<PathDetails> d = files.pathDetails(path);
        return d.ok() && !d.value.finalPath.isEmpty() ? d.value.finalPath : path;
    };
    // 1. The folder the agent's registry names: InstallPath, or either ScratchLocation.
    if (m_folder == Folder::InstallDir) {
        const agent::Location installed = agent::installedPath(context);
        if (!installed.path.isEmpty() && agent::samePath(resolved(installed.path), finalPath))
            return tr("It is the agent's registered install folder (InstallPath).");
    } else {
        for (const QString& registered : agent::registeredScratchDirs(context)) {
            if (agent::samePath(resolved(registered), finalPath))
                return tr("It is the agent's registered cache folder (ScratchLocation).");
        }
    }
    // 2. A folder holding the agent's engine is an agent install folder.
    const QString engine = agent::joinPath(finalPath, agent::engineBinary());
    const Probed<FileAttributes> binary = files.fileAttributes(engine);
    if (binary.ok()
        && !binary.value.testAnyFlags(FileAttributes(FileAttribute::Directory) | FileAttribute::ReparsePoint))
        return tr("It holds the agent's program %1.").arg(engine);
    // 3. An empty folder typed as (or defaulted to) the target, or the one this fix changed.
    QString first;
    const Probed<qint64> listed = files.forEachEntry(finalPath, [&first](const DirEntry& entry) {
        first = entry.name;
        return false; // one entry is enough to know it is not empty
    });
    if (!listed.ok()) {
        *refusal = tr("Whether %1 holds anything could not be read (%2), so it is not known to be the agent's.")
                           .arg(finalPath, listed.reason);
        return {};
    }
    if (first.isEmpty() && chosen != Chosen::Registered)
        return chosen == Chosen::Journal ? tr("It is empty, as when this fix changed it.")
                                         : tr("It is empty and is the folder the agent is to use.");
    const QString whose = m_folder == Folder::InstallDir ? tr("the agent's registered install folder")
                                                         : tr("the agent's registered cache folder");
    if (first.isEmpty())
        *refusal = tr("%1 is not %2 and does not hold the agent's program; this fix changes only a folder that "
                      "belongs to the agent.")
                           .arg(finalPath, whose);
    else
        *refusal = tr("%1 holds other files or folders (such as \"%2\"), is not %3 and does not hold the agent's "
                      "program %4; a folder with other content keeps its attributes. Choose an empty folder for the "
                      "agent, or clear the attributes yourself if the folder really is meant for it.")
                           .arg(finalPath, first, whose, agent::engineBinary());
    return {};
}

FixPlan FolderAttributesFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("The folder may still have some of these attributes: run the check again; an interrupted "
                            "change cannot be undone from the journal, so set any attribute back by hand if needed.");
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    plan.reversible = true;
    plan.undoDescription = tr("Undo sets the same attributes on the same folder again (the folder only).");
    QString why;
    Chosen chosen = Chosen::Target;
    const QString path = folderPath(context, &why, &chosen);
    if (path.isEmpty()) {
        plan.summary = tr("Could not work out which folder to change.");
        plan.cannotApplyReason = why;
        return plan;
    }
    const Examined folder = examine(context, path, chosen);
    if (!folder.ok()) {
        plan.summary = folder.summary;
        plan.cannotApplyReason = folder.reason;
        return plan;
    }
    const QString& target = folder.finalPath;
    const FileAttributes bits = folder.attributes & clearable();
    plan.parameters.insert(QStringLiteral("folder"), target);
    plan.parameters.insert(QStringLiteral("bits"), qint64(bits.toInt()));
    if (bits == FileAttributes()) {
        plan.summary = tr("The folder %1 has none of the attributes %2, so there is nothing to clear.")
                               .arg(target, fileAttributeNames(clearable()).join(QStringLiteral(", ")));
        plan.cannotApplyReason = tr("There is nothing to clear.");
        return plan;
    }
    for (const QString& name : fileAttributeNames(bits))
        plan.changes.append({tr("Attribute \"%1\" of %2").arg(name, target), tr("set"), tr("cleared")});
    plan.itemCount = plan.changes.size();
    const FileAttributes content = bits & (FileAttribute::Compressed | FileAttribute::Encrypted);
    plan.summary = tr("Clear the attributes %1 of the folder %2 itself; none of the folders above it change.")
                           .arg(fileAttributeNames(bits).join(QStringLiteral(", ")), target);
    if (!agent::samePath(target, path))
        plan.summary += QLatin1Char(' ') + tr("(%1 leads to this folder.)").arg(path);
    plan.summary += QLatin1Char(' ') + folder.owner;
    if (content != FileAttributes()) {
        plan.changes.append({tr("Files and folders already inside %1").arg(target),
                             fileAttributeNames(content).join(QStringLiteral(", ")), tr("left as they are")});
        plan.summary += QLatin1Char(' ')
                        + tr("Files already inside stay as they are (%1); to change them too, run as administrator: "
                             "%2")
                                  .arg(fileAttributeNames(content).join(QStringLiteral(", ")),
                                       contentCommands(target, content));
    }
    const Probed<bool> writable = context.system().files().canModifyFolder(target);
    FixRights::settle(plan, context, tr("Changing the attributes of %1").arg(target), &writable);
    return plan;
}

FixOutcome FolderAttributesFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const QString path = plan.parameters.value(QStringLiteral("folder")).toString();
    const FileAttributes planned =
            FileAttributes::fromInt(plan.parameters.value(QStringLiteral("bits")).toUInt()) & clearable();
    // The machine as it is now: the folder chosen today must still lead to the previewed one,
    // and that must still be the agent's.
    Chosen chosen = Chosen::Target;
    const QString current = folderPath(context, nullptr, &chosen);
    const Examined folder = examine(context, current, chosen);
    if (path.isEmpty() || !agent::samePath(path, folder.ok() ? folder.finalPath : current)) {
        outcome.summary = tr("The folder changed since the preview; nothing was changed. Preview the fix again.");
        return outcome;
    }
    if (!folder.ok()) {
        outcome.summary = tr("%1 Nothing was changed: %2").arg(folder.summary, folder.reason);
        return outcome;
    }
    outcome.before.insert(QStringLiteral("folder"), path);
    outcome.before.insert(QStringLiteral("attributes"), names(folder.attributes));
    // Apply only what is still set.
    const FileAttributes toClear = planned & folder.attributes;
    if (toClear == FileAttributes()) {
        outcome.result = FixResult::NothingToDo;
        outcome.summary = tr("The attributes of %1 were already cleared.").arg(path);
        outcome.after = outcome.before;
        return outcome;
    }
    auto audit = Logging::logger(QStringLiteral("audit"));
    const Probed<FileAttributes> changed = context.system().files().changeAttributes(path, {}, toClear);
    const Probed<FileAttributes> reread = context.system().files().fileAttributes(path);
    const FileAttributes now = reread.ok() ? reread.value : changed.value;
    const FileAttributes cleared = changed.ok() || reread.ok() ? toClear & ~now : FileAttributes();
    outcome.after.insert(QStringLiteral("attributes"), names(now));
    outcome.after.insert(QStringLiteral("cleared"), names(cleared));
    if (cleared != FileAttributes()) {
        outcome.undo.insert(QStringLiteral("folder"), path);
        outcome.undo.insert(QStringLiteral("set"), qint64(cleared.toInt()));
        outcome.undo.insert(QStringLiteral("attributes"), names(cleared));
    }
    if (cleared == toClear) {
        outcome.result = FixResult::Applied;
        outcome.summary = tr("Cleared the attributes %1 of %2.")
                                  .arg(fileAttributeNames(cleared).join(QStringLiteral(", ")), path);
    } else {
        outcome.result = cleared != FileAttributes() ? FixResult::PartlyApplied : FixResult::Failed;
        outcome.summary = tr("Could not clear the attributes %1 of %2: %3")
                                  .arg(fileAttributeNames(toClear & ~cleared).join(QStringLiteral(", ")), path,
                                       changed.ok() ? tr("it is still set") : changed.reason);
    }
    audit->info("{} on {}: cleared [{}], before [{}]", info().id.toStdString(), path.toStdString(),
                fileAttributeNames(cleared).join(QLatin1Char(',')).toStdString(),
                fileAttributeNames(folder.attributes).join(QLatin1Char(',')).toStdString());
    return outcome;
}

FixPlan FolderAttributesFix::previewUndo(const CheckContext& context, const JournalEntry& entry) const
{
    FixPlan plan = Fix::previewUndo(context, entry); // ids, the entry, "already undone" and the like
    plan.ifInterrupted = tr("The folder may have got only some of its attributes back: run the check again and compare "
                            "with the journal's before-state.");
    if (!plan.canApply)
        return plan;
    plan.canApply = false;
    plan.changes.clear();
    plan.reversible = true;
    plan.undoDescription = tr("Running the fix again clears the attributes again.");
    const QString path = entry.undo.value(QLatin1String("folder")).toString();
    const FileAttributes bits =
            FileAttributes::fromInt(quint32(entry.undo.value(QLatin1String("set")).toInteger())) & clearable();
    if (path.isEmpty() || bits == FileAttributes()) {
        plan.summary = tr("The folder %1 cannot get its attributes back.").arg(path);
        plan.cannotApplyReason = tr("The journal entry does not say which attributes to set again.");
        return plan;
    }
    // The same folder, still a plain one at the same final path, still the agent's.
    const Examined folder = examine(context, path, Chosen::Journal);
    if (!folder.ok() || !agent::samePath(folder.finalPath, path)) {
        plan.summary = tr("The folder %1 cannot get its attributes back.").arg(path);
        plan.cannotApplyReason = folder.ok() ? tr("It now leads to %1.").arg(folder.finalPath)
                                             : QStringLiteral("%1 %2").arg(folder.summary, folder.reason);
        return plan;
    }
    const FileAttributes toSet = bits & ~folder.attributes;
    plan.summary = tr("Set the attributes %1 of the folder %2 again (the folder only, as the fix changed it).")
                           .arg(fileAttributeNames(bits).join(QStringLiteral(", ")), path);
    if (toSet == FileAttributes()) {
        plan.cannotApplyReason = tr("%1 already has these attributes.").arg(path);
        return plan;
    }
    for (const QString& name : fileAttributeNames(toSet))
        plan.changes.append({tr("Attribute \"%1\" of %2").arg(name, path), tr("cleared"), tr("set")});
    plan.itemCount = plan.changes.size();
    const Probed<bool> writable = context.system().files().canModifyFolder(path);
    FixRights::settle(plan, context, tr("Changing the attributes of %1").arg(path), &writable);
    return plan;
}

FixOutcome FolderAttributesFix::undo(const CheckContext& context, const QJsonObject& undoData) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const QString path = undoData.value(QLatin1String("folder")).toString();
    const FileAttributes bits =
            FileAttributes::fromInt(quint32(undoData.value(QLatin1String("set")).toInteger())) & clearable();
    if (path.isEmpty() || bits == FileAttributes()) {
        outcome.summary = tr("The journal entry does not say which attributes to set again.");
        return outcome;
    }
    const Examined folder = examine(context, path, Chosen::Journal);
    if (!folder.ok() || !agent::samePath(folder.finalPath, path)) {
        outcome.summary = folder.ok() ? tr("%1 now leads to %2; nothing was changed.").arg(path, folder.finalPath)
                                      : tr("%1 Nothing was changed: %2").arg(folder.summary, folder.reason);
        return outcome;
    }
    outcome.before.insert(QStringLiteral("folder"), path);
    outcome.before.insert(QStringLiteral("attributes"), names(folder.attributes));
    const FileAttributes toSet = bits & ~folder.attributes;
    if (toSet == FileAttributes()) {
        outcome.result = FixResult::NothingToDo;
        outcome.summary =
                tr("%1 already has the attributes %2.").arg(path, fileAttributeNames(bits).join(QStringLiteral(", ")));
        outcome.after = outcome.before;
        return outcome;
    }
    const Probed<FileAttributes> changed = context.system().files().changeAttributes(path, toSet, {});
    const Probed<FileAttributes> reread = context.system().files().fileAttributes(path);
    const FileAttributes now = reread.ok() ? reread.value : changed.value;
    const FileAttributes set = toSet & now;
    outcome.after.insert(QStringLiteral("attributes"), names(now));
    outcome.after.insert(QStringLiteral("set"), names(set));
    if (set == toSet) {
        outcome.result = FixResult::Applied;
        outcome.summary =
                tr("Set the attributes %1 of %2 again.").arg(fileAttributeNames(set).join(QStringLiteral(", ")), path);
    } else {
        outcome.result = set != FileAttributes() ? FixResult::PartlyApplied : FixResult::Failed;
        outcome.summary = tr("Could not set the attributes %1 of %2 again: %3")
                                  .arg(fileAttributeNames(toSet & ~set).join(QStringLiteral(", ")), path,
                                       changed.ok() ? tr("it is still cleared") : changed.reason);
    }
    Logging::logger(QStringLiteral("audit"))
            ->info("undo {} on {}: set [{}]", info().id.toStdString(), path.toStdString(),
                   fileAttributeNames(set).join(QLatin1Char(',')).toStdString());
    return outcome;
}

} // namespace mars
