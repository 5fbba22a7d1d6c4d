// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"
#include "system/SystemTypes.h"

#include <QCoreApplication>

namespace mars {

// clear_install_dir_attributes (for A10 install_dir_attributes) and clear_scratch_attributes
// (for B3 scratch_attributes): one class, two instances, chosen by the constructor. The checks
// are in sections, so the catalog passes the owning check's id in (catalog/common/ never includes
// a section); the fix ids live here, where those checks can name them.
//  Changes:  clears attribute bits on the folder itself: the install folder (the one typed,
//            else InstallPath, else the default) loses System, Hidden, Compressed and Encrypted;
//            the cache folder loses Compressed and Encrypted. Never its parents, never what is
//            inside (no recursion): files already in it stay compressed or encrypted, and the
//            preview gives the compact /u /s and cipher /d /s commands for them. Refuses a folder
//            that does not exist, is a file, or is a reparse point (a link: changing it would
//            change the folder it points at), and a drive root or one of Windows' own folders
//            (a typed "D:\" is hidden and system by design).
//  Preview:  each attribute: set -> cleared.
//  Undo:     reversible: the journal's undo object holds the folder and the bits cleared; the
//            undo preview re-reads the folder and lists the bits to set; undo sets exactly those
//            bits again on the same folder (refused when it is gone or became a link).
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
    // Why `path` must never be changed by this fix (a drive root, C:\Windows, System32,
    // Program Files), or an empty string.
    static QString reservedFolderReason(const CheckContext& context, const QString& path);

private:
    // The folder's attributes when it is still a plain folder (not a link, not a file), noted
    // as the outcome's "before"; otherwise a refusal written into the outcome's summary.
    static Probed<FileAttributes> readPlainFolder(const CheckContext& context, const QString& path,
                                                  FixOutcome* outcome);
    QString folderPath(const CheckContext& context, QString* why) const;

    Folder m_folder;
    QString m_checkId;
};

} // namespace mars
