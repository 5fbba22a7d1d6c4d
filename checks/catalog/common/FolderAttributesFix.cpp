// SPDX-License-Identifier: MIT
#include "FolderAttributesFix.h"

#include "FixRights.h"
#include "catalog/agent/AgentFootprint.h"
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
    return {.id = id(m_folder),
            .checkId = m_checkId,
            .title = m_folder == Folder::InstallDir ? tr("Clear the install folder's attributes")
                                                    : tr("Uncompress and decrypt the cache folder")};
}

FileAttributes FolderAttributesFix::clearable() const
{
    const FileAttributes content = FileAttribute::Compressed | FileAttribute::Encrypted;
    return m_folder == Folder::InstallDir ? content | FileAttribute::System | FileAttribute::Hidden : content;
}

QString FolderAttributesFix::folderPath(const CheckContext& context, QString* why) const
{
    const agent::Location where =
            m_folder == Folder::InstallDir ? agent::installDir(context) : agent::scratchDir(context);
    if (why)
        *why = where.reason;
    return where.path;
}

Probed<FileAttributes> FolderAttributesFix::readPlainFolder(const CheckContext& context, const QString& path,
                                                            FixOutcome* outcome)
{
    const Probed<FileAttributes> read = context.system().files().fileAttributes(path);
    if (!read.ok() || !read.value.testFlag(FileAttribute::Directory)
        || read.value.testFlag(FileAttribute::ReparsePoint)) {
        outcome->summary =
                tr("%1 is no longer a plain folder (%2); nothing was changed.")
                        .arg(path, read.ok() ? fileAttributeNames(read.value).join(QStringLiteral(", ")) : read.reason);
        return Probed<FileAttributes>::bad(ProbeStatus::Failed, outcome->summary);
    }
    outcome->before.insert(QStringLiteral("folder"), path);
    outcome->before.insert(QStringLiteral("attributes"), names(read.value));
    return read;
}

QString FolderAttributesFix::reservedFolderReason(const CheckContext& context, const QString& path)
{
    if (agent::parentPath(path).isEmpty())
        return tr("%1 is the root of a drive, which Windows keeps hidden and system on purpose. Install the agent "
                  "into a folder of its own (the installer's /p: switch).")
                .arg(path);
    for (const KnownFolder known : {KnownFolder::Windows, KnownFolder::System32, KnownFolder::ProgramFiles}) {
        const Probed<QString> folder = context.system().files().knownFolder(known);
        if (folder.ok() && agent::samePath(folder.value, path))
            return tr("%1 is one of Windows' own folders; this fix never changes it. Install the agent into a folder "
                      "of its own (the installer's /p: switch).")
                    .arg(path);
    }
    return {};
}

FixPlan FolderAttributesFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    plan.reversible = true;
    plan.undoDescription = tr("Undo sets the same attributes on the same folder again (the folder only).");
    QString why;
    const QString path = folderPath(context, &why);
    if (path.isEmpty()) {
        plan.summary = tr("Could not work out which folder to change.");
        plan.cannotApplyReason = why;
        return plan;
    }
    // A drive root is hidden and system by design, and Windows' own folders are not the agent's:
    // a typed "D:\" or "C:\Windows" must never lose those bits through this fix.
    const QString reserved = reservedFolderReason(context, path);
    if (!reserved.isEmpty()) {
        plan.summary = tr("%1 is not a folder of its own for the agent.").arg(path);
        plan.cannotApplyReason = reserved;
        return plan;
    }
    const Probed<FileAttributes> read = context.system().files().fileAttributes(path);
    if (read.status == ProbeStatus::NotFound) {
        plan.summary = tr("The folder %1 does not exist, so there is nothing to clear.").arg(path);
        plan.cannotApplyReason = tr("This fix changes only an existing folder, never the folders above it.");
        return plan;
    }
    if (!read.ok()) {
        plan.summary = tr("The attributes of %1 could not be read.").arg(path);
        plan.cannotApplyReason = read.reason;
        return plan;
    }
    const FileAttributes attributes = read.value;
    if (!attributes.testFlag(FileAttribute::Directory)) {
        plan.summary = tr("%1 is a file, not a folder.").arg(path);
        plan.cannotApplyReason = tr("This fix changes folders only.");
        return plan;
    }
    if (attributes.testFlag(FileAttribute::ReparsePoint)) {
        plan.summary = tr("%1 is a link (reparse point) to another folder.").arg(path);
        plan.cannotApplyReason = tr("Changing a link's attributes would change the folder it points to; choose or "
                                    "move to a plain folder instead.");
        return plan;
    }
    const FileAttributes bits = attributes & clearable();
    plan.parameters.insert(QStringLiteral("folder"), path);
    plan.parameters.insert(QStringLiteral("bits"), qint64(bits.toInt()));
    if (bits == FileAttributes()) {
        plan.summary = tr("The folder %1 has none of the attributes %2, so there is nothing to clear.")
                               .arg(path, fileAttributeNames(clearable()).join(QStringLiteral(", ")));
        plan.cannotApplyReason = tr("There is nothing to clear.");
        return plan;
    }
    for (const QString& name : fileAttributeNames(bits))
        plan.changes.append({tr("Attribute \"%1\" of %2").arg(name, path), tr("set"), tr("cleared")});
    plan.itemCount = plan.changes.size();
    const FileAttributes content = bits & (FileAttribute::Compressed | FileAttribute::Encrypted);
    plan.summary = tr("Clear the attributes %1 of the folder %2 itself; none of the folders above it change.")
                           .arg(fileAttributeNames(bits).join(QStringLiteral(", ")), path);
    if (content != FileAttributes()) {
        plan.changes.append({tr("Files and folders already inside %1").arg(path),
                             fileAttributeNames(content).join(QStringLiteral(", ")), tr("left as they are")});
        plan.summary +=
                QLatin1Char(' ')
                + tr("Files already inside stay as they are (%1); to change them too, run as administrator: "
                     "%2")
                          .arg(fileAttributeNames(content).join(QStringLiteral(", ")), contentCommands(path, content));
    }
    const Probed<bool> writable = context.system().files().canModifyFolder(path);
    FixRights::settle(plan, context, tr("Changing the attributes of %1").arg(path), &writable);
    return plan;
}

FixOutcome FolderAttributesFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const QString path = plan.parameters.value(QStringLiteral("folder")).toString();
    const FileAttributes planned =
            FileAttributes::fromInt(plan.parameters.value(QStringLiteral("bits")).toUInt()) & clearable();
    const QString current = folderPath(context, nullptr);
    if (path.isEmpty() || !agent::samePath(path, current)) {
        outcome.summary = tr("The folder changed since the preview; nothing was changed. Preview the fix again.");
        return outcome;
    }
    // Re-read: apply only what is still set, and never to a folder swapped for a link.
    const Probed<FileAttributes> read = readPlainFolder(context, path, &outcome);
    if (!read.ok())
        return outcome;
    const FileAttributes toClear = planned & read.value;
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
                fileAttributeNames(read.value).join(QLatin1Char(',')).toStdString());
    return outcome;
}

FixPlan FolderAttributesFix::previewUndo(const CheckContext& context, const JournalEntry& entry) const
{
    FixPlan plan = Fix::previewUndo(context, entry); // ids, the entry, "already undone" and the like
    if (!plan.canApply)
        return plan;
    plan.canApply = false;
    plan.changes.clear();
    plan.reversible = true;
    plan.undoDescription = tr("Running the fix again clears the attributes again.");
    const QString path = entry.undo.value(QLatin1String("folder")).toString();
    const FileAttributes bits =
            FileAttributes::fromInt(quint32(entry.undo.value(QLatin1String("set")).toInteger())) & clearable();
    const Probed<FileAttributes> read = context.system().files().fileAttributes(path);
    if (path.isEmpty() || bits == FileAttributes() || !read.ok() || !read.value.testFlag(FileAttribute::Directory)
        || read.value.testFlag(FileAttribute::ReparsePoint)) {
        plan.summary = tr("The folder %1 cannot get its attributes back.").arg(path);
        plan.cannotApplyReason = read.ok() ? tr("It is no longer a plain folder.") : read.reason;
        return plan;
    }
    const FileAttributes toSet = bits & ~read.value;
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
    const Probed<FileAttributes> read = readPlainFolder(context, path, &outcome);
    if (!read.ok())
        return outcome;
    const FileAttributes toSet = bits & ~read.value;
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
