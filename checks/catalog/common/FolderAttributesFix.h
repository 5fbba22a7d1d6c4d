// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"
#include "system/SystemTypes.h"

#include <QCoreApplication>

namespace mars {

// clear_install_dir_attributes (for A10 install_dir_attributes) and clear_scratch_attributes
// (for B3 scratch_attributes): one class, two instances, chosen by the constructor. The checks
// are in sections, so the catalog passes the owning check's id in (catalog/common/ never includes
// a section); the fix ids live here, where those checks can name them. This runs elevated on
// production servers, so every decision is taken on the folder's final path (FilesProbe::
// pathDetails: "..", 8.3 names and junctions on the way resolved) and on the machine as it is
// now: preview, apply and undo each work it out again, never from a string or an old preview.
//  Changes:  clears attribute bits on the folder itself: the install folder (the one typed,
//            else InstallPath, else the default) loses System, Hidden, Compressed and Encrypted;
//            the cache folder loses Compressed and Encrypted. Never its parents, never what is
//            inside (no recursion). The cache check offers it only when the files inside are
//            neither compressed nor encrypted (ScratchRules); for the install folder the preview
//            gives the compact /u /s and cipher /d /s commands for what is inside.
//  Only the agent's folder (issue #19, a support engineer's review of the fixes against
//            Microsoft's documentation, 11/2025; the agent's registry values and bin\cbengine.exe:
//            mars-checks.md §1.1): the folder must belong to the agent - the registered install
//            folder (InstallPath) or cache folder (either ScratchLocation), a folder holding the
//            agent's engine (bin\cbengine.exe), or an empty folder typed as (or defaulted to) the
//            install or cache target. Refused, with a sentence saying why: a drive root, Windows'
//            own folders (Windows, System32, Program Files, ProgramData, the profiles folder
//            C:\Users and every profile in it, $Recycle.Bin, System Volume Information: issue #14,
//            on the canonical path, WindowsPathRules), and any other folder with content of its own. Also
//            refused: a folder that does not exist, a file, a link (changing it would change the
//            folder it points at), a folder whose final path cannot be read.
//  Preview:  each attribute: set -> cleared, and why the folder is the agent's.
//  Undo:     reversible: the journal's undo object holds the folder (its final path) and the bits
//            cleared; the undo preview and the undo re-read the folder and check again that it is
//            still a plain folder at that final path and still the agent's (registered, holding
//            the engine, or empty), then set exactly those bits again.
class FolderAttributesFix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(FolderAttributesFix)

public:
    enum class Folder : quint8 {
        InstallDir = 1, // A10
        Scratch, // B3
    };
    // The fix id of each instance.
    static QString id(Folder folder)
    {
        return folder == Folder::InstallDir ? QStringLiteral("clear_install_dir_attributes")
                                            : QStringLiteral("clear_scratch_attributes");
    }
    // The title of each instance (the checks' remedies name the button).
    static QString title(Folder folder);
    // `checkId`: the check that offers this instance (InstallDirAttributesCheck::id(),
    // ScratchAttributesCheck::id()).
    FolderAttributesFix(Folder folder, QString checkId);

    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;
    FixPlan previewUndo(const CheckContext& context, const JournalEntry& entry) const override;
    FixOutcome undo(const CheckContext& context, const QJsonObject& undoData) const override;

    // The bits this instance clears.
    FileAttributes clearable() const;
    // Why `path` must never be changed by this fix (WindowsPathRules::reservedReason: a drive or
    // volume root, C:\Windows and all inside it, Program Files, ProgramData, the profiles folder
    // or a profile, $Recycle.Bin, System Volume Information; any spelling of them), or an
    // empty string.
    static QString reservedFolderReason(const CheckContext& context, const QString& path);

    // What the fix found at a folder: its final path and why it is the agent's, or why not.
    struct Examined
    {
        QString finalPath; // empty when refused
        FileAttributes attributes;
        QString owner; // why it belongs to the agent, for the plan
        QString summary; // when refused: what was found
        QString reason; // when refused: why nothing is changed
        bool ok() const { return !finalPath.isEmpty(); }
    };
    // How the folder was chosen: an empty folder belongs to the agent only when it is the
    // target typed or defaulted to, or (undo) the folder the fix itself changed.
    enum class Chosen : quint8 { Registered = 1, Target, Journal };

private:
    Examined examine(const CheckContext& context, const QString& path, Chosen chosen) const;
    QString ownership(const CheckContext& context, const QString& finalPath, Chosen chosen, QString* refusal) const;
    QString folderPath(const CheckContext& context, QString* why, Chosen* chosen) const;

    Folder m_folder;
    QString m_checkId;
};

} // namespace mars
