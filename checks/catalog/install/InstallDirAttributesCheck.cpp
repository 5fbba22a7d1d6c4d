// SPDX-License-Identifier: MIT
#include "InstallDirAttributesCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/FolderAttributesFix.h"

namespace mars {

FileAttributes InstallDirAttributesCheck::forbidden()
{
    return FileAttributes(FileAttribute::Hidden) | FileAttribute::System | FileAttribute::Compressed
           | FileAttribute::Encrypted;
}

CheckInfo InstallDirAttributesCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A10"),
            .phases = Phase::Install,
            .title = tr("Install folder attributes"),
            .whyItMatters =
                    tr("The agent cannot be installed into a folder that is hidden, a system folder, compressed "
                       "or encrypted."),
            .docUrl = docs::installAgent(),
            .deadline_ms = 10000};
}

Finding InstallDirAttributesCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    agent::Location target = agent::installDir(context);
    target.path = tidyPath(target.path);
    if (target.path.isEmpty())
        return probeError(tr("The agent's install folder could not be worked out, so its attributes could not be "
                             "checked."),
                          target.reason);
    agent::ExistingFolder existing = agent::nearestExisting(context, target.path);
    existing.path = tidyPath(existing.path);
    if (existing.path.isEmpty()) {
        Finding error = probeError(tr("The attributes of the install folder %1 could not be read.").arg(target.path),
                                   existing.reason);
        error.addEvidence(QStringLiteral("install_folder"), tr("Install folder"), target.path);
        return error;
    }

    const auto words = [](FileAttributes bits) {
        QStringList names;
        if (bits.testFlag(FileAttribute::Hidden))
            names.append(tr("hidden"));
        if (bits.testFlag(FileAttribute::System))
            names.append(tr("system"));
        if (bits.testFlag(FileAttribute::Compressed))
            names.append(tr("compressed"));
        if (bits.testFlag(FileAttribute::Encrypted))
            names.append(tr("encrypted"));
        // "hidden", "hidden and system", "hidden, system and compressed"
        const QString last = names.takeLast();
        return names.isEmpty() ? last : tr("%1 and %2").arg(names.join(tr(", ")), last);
    };
    // Quoted only when it has to be: a quoted root ("C:\") would end in an escaped quote.
    const QString quoted = existing.path.contains(QLatin1Char(' '))
                                   ? QString(QLatin1Char('"') + existing.path + QLatin1Char('"'))
                                   : existing.path;
    if (existing.isTarget) {
        const FileAttributes bad = existing.attributes & forbidden();
        if (bad) {
            f = makeFinding(Verdict::Fail, tr("The install folder %1 is marked %2, so the agent's setup refuses it.")
                                                   .arg(target.path, words(bad)));
            QStringList commands;
            if (bad & (FileAttributes(FileAttribute::Hidden) | FileAttribute::System))
                commands.append(QStringLiteral("attrib -s -h ") + quoted);
            if (bad.testFlag(FileAttribute::Compressed))
                commands.append(QStringLiteral("compact /u /s:") + quoted + QStringLiteral(" /i /q"));
            if (bad.testFlag(FileAttribute::Encrypted))
                commands.append(QStringLiteral("cipher /d /s:") + quoted);
            f.fixIds = QStringList{FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir)};
            f.remedy = tr("The wizard's fix clears these attributes (you see the exact change first); or run as "
                          "administrator: %1. Or install into another folder with the installer's /p: switch.")
                               .arg(commands.join(QStringLiteral("; ")));
        } else {
            f = makeFinding(
                    Verdict::Pass,
                    tr("The install folder %1 is not hidden, system, compressed or encrypted.").arg(target.path));
        }
    } else {
        const FileAttributes inherited =
                existing.attributes & (FileAttributes(FileAttribute::Compressed) | FileAttribute::Encrypted);
        if (inherited) {
            f = makeFinding(Verdict::Warning, tr("The install folder %1 does not exist yet, and the folder it would be "
                                                 "created in, %2, is %3, which the new folder would inherit.")
                                                      .arg(target.path, existing.path, words(inherited)));
            QStringList commands;
            if (inherited.testFlag(FileAttribute::Compressed))
                commands.append(QStringLiteral("compact /u ") + quoted);
            if (inherited.testFlag(FileAttribute::Encrypted))
                commands.append(QStringLiteral("cipher /d ") + quoted);
            f.remedy = tr("This troubleshooter never changes parent folders automatically. If %1 may be changed, run "
                          "as administrator: %2 (this changes only that folder's setting for new files). Otherwise "
                          "choose another install folder with the installer's /p: switch.")
                               .arg(existing.path, commands.join(QStringLiteral("; ")));
        } else {
            f = makeFinding(Verdict::Pass, tr("The install folder %1 does not exist yet, and the folder it would be "
                                              "created in is neither compressed nor encrypted.")
                                                   .arg(target.path));
        }
    }
    f.addEvidence(QStringLiteral("install_folder"), tr("Install folder"), target.path)
            .addEvidence(QStringLiteral("install_folder_source"), tr("Taken from"), target.source);
    if (existing.isTarget) {
        f.addEvidence(QStringLiteral("folder_attributes"), tr("Folder attributes"),
                      fileAttributeNames(existing.attributes).join(QStringLiteral(", ")));
    } else {
        f.addEvidence(QStringLiteral("folder_exists"), tr("Folder exists"), tr("no"))
                .addEvidence(QStringLiteral("nearest_existing_parent"), tr("Nearest existing parent"), existing.path)
                .addEvidence(QStringLiteral("parent_attributes"), tr("Parent attributes"),
                             fileAttributeNames(existing.attributes).join(QStringLiteral(", ")));
    }
    f.detail = tr("GetFileAttributesW on %1: %2. The installer refuses FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), "
                  "COMPRESSED (0x800) and ENCRYPTED (0x4000) on its folder; new folders inherit NTFS compression "
                  "and EFS encryption from their parent, not hidden or system.")
                       .arg(existing.path, QStringLiteral("0x%1").arg(existing.attributes.toInt(), 0, 16));
    return f;
}

} // namespace mars
