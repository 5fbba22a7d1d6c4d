// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"
#include "system/SystemTypes.h"

#include <QCoreApplication>

namespace mars {

// delete_windows_temp_tmp (for F1 windows_temp_tmp_count).
//  Changes:  deletes regular files named *.tmp directly inside the system temp folder; with
//            the option older_than_hours > 0 only those last written more than that many hours
//            ago (by CheckEnvironment::utcNow; younger files and files of unknown age stay).
//            Its default is 24 hours on a real machine (a fresh .tmp file may belong to an
//            installer running right now) and 0 on a simulated one.
//            Streams the folder (no full listing in memory), deletes each file by handle
//            without following links, leaves alone folders (even "x.tmp"), symlinks and
//            junctions, read-only files and files in use (counted), reports progress, can be
//            cancelled between files, and writes every deletion to the audit log.
//  Preview:  count and total size of the files that would go, and a sample of names; the
//            hours of the age filter, kept in the plan so apply() uses the previewed value, and
//            the previewed names as a sorted vector of 64-bit hashes: apply() deletes only those
//            (a file copied in after the preview, whatever its time, is counted and left alone).
//  Undo:     not reversible: deleted temp files are gone. The preview says so.
class TempCleanupFix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(TempCleanupFix)

public:
    static QString id() { return QStringLiteral("delete_windows_temp_tmp"); }
    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;

    // True for names the cleanup may delete: "*.tmp", any case.
    static bool matchesPattern(const QString& fileName);

    // How the check, the preview and the apply see one entry of the temp folder.
    enum class EntryKind : quint8 {
        NotTmp, // name does not match *.tmp
        NotAFile, // a folder, link, junction or device named *.tmp: never touched
        ReadOnlyFile, // counted by the check, left out of the plan
        Deletable,
    };
    static EntryKind classify(const DirEntry& entry);
};

} // namespace mars
