// SPDX-License-Identifier: MIT
#include "TempTmpCountCheck.h"

#include "catalog/common/DocLinks.h"
#include "catalog/temp/TempCleanupFix.h"
#include "system/SystemProbe.h"

#include <QLocale>

namespace mars {

CheckInfo TempTmpCountCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("F1"),
            .phases = Phase::Install | Phase::Register,
            .title = tr(".tmp files in the Windows temp folder"),
            .whyItMatters =
                    tr("Windows can create at most 65,535 temp file names per folder; when C:\\Windows\\Temp is "
                       "full of .tmp files the agent's setup and registration fail."),
            .docUrl = docs::marsTroubleshootTempFiles(),
            .deadline_ms = 60000};
}

Finding TempTmpCountCheck::run(const CheckContext& context) const
{
    const SystemProbe& system = context.system();
    const Probed<QString> dir = system.files().systemTempDir();
    if (!dir.ok()) {
        Finding f = makeFinding(Verdict::Error, tr("The temp folder could not be found, so the .tmp files could not be "
                                                   "counted."));
        f.detail = dir.reason;
        return f;
    }

    qint64 tmpFiles = 0, tmpBytes = 0, entries = 0, readOnlyTmp = 0, otherTmp = 0;
    const Probed<qint64> listed = system.files().forEachEntry(dir.value, [&](const DirEntry& entry) {
        ++entries;
        if ((entries & 0x3ff) == 0) { // every 1,024 entries
            if (context.isCancelled())
                return false;
            // Every 10 of those blocks. (A multiple of 1,024 is a multiple of 10,000 only every
            // 640,000 entries, so "% 10000" here never reported progress.)
            if ((entries % (10 * 1024)) == 0)
                context.progress(entries, -1, tr("%1 entries read").arg(entries));
        }
        // The same reading of an entry as the cleanup's preview; read-only files count towards
        // the limit (they take a name) even though the cleanup leaves them.
        using Kind = TempCleanupFix::EntryKind;
        const Kind kind = TempCleanupFix::classify(entry);
        if (kind == Kind::NotAFile) {
            ++otherTmp;
        } else if (kind != Kind::NotTmp) {
            ++tmpFiles;
            tmpBytes += entry.size_bytes;
            readOnlyTmp += kind == Kind::ReadOnlyFile ? 1 : 0;
        }
        return true;
    });
    if (context.isCancelled())
        return makeFinding(Verdict::Cancelled, tr("Counting was cancelled."));
    if (!listed.ok()) {
        Finding f = makeFinding(Verdict::Error, tr("The temp folder %1 could not be read, so the .tmp files could not "
                                                   "be counted.")
                                                        .arg(dir.value));
        f.detail = listed.reason;
        f.addEvidence(QStringLiteral("folder"), tr("Folder"), dir.value);
        if (listed.status == ProbeStatus::Denied)
            f.remedy = tr("Restart the troubleshooter as administrator and run this check again.");
        return f;
    }

    const QLocale locale;
    const QString count = locale.toString(tmpFiles);
    Finding f;
    if (tmpFiles >= kFailAt) {
        f = makeFinding(Verdict::Fail, tr("The temp folder %1 holds %2 .tmp files, so Windows can no longer create "
                                          "temp files for the agent: delete them before installing or registering.")
                                               .arg(dir.value, count));
    } else if (tmpFiles >= kWarnAt) {
        f = makeFinding(Verdict::Warning, tr("The temp folder %1 holds %2 .tmp files, close to the 65,535 limit at "
                                             "which the agent's setup and registration fail: delete them.")
                                                  .arg(dir.value, count));
    } else {
        f = makeFinding(Verdict::Pass, tr("The temp folder %1 holds %2 .tmp files, well below the limit that breaks "
                                          "setup and registration.")
                                               .arg(dir.value, count));
    }
    if (f.verdict != Verdict::Pass) {
        f.fixIds = QStringList{TempCleanupFix::id()};
        f.remedy = tr("The wizard's \"Delete the .tmp files\" removes them (you see exactly what goes first); or "
                      "delete %1\\*.tmp by hand as administrator.")
                           .arg(dir.value);
    }
    f.addEvidence(QStringLiteral("folder"), tr("Folder"), dir.value)
            .addEvidence(QStringLiteral("tmp_files"), tr(".tmp files"), count)
            .addEvidence(QStringLiteral("tmp_size"), tr("Size of .tmp files"), locale.formattedDataSize(tmpBytes))
            .addEvidence(QStringLiteral("readonly_tmp_files"), tr("Read-only .tmp files"), locale.toString(readOnlyTmp))
            .addEvidence(QStringLiteral("non_file_tmp_entries"), tr("Folders or links named *.tmp"),
                         locale.toString(otherTmp))
            .addEvidence(QStringLiteral("folder_entries"), tr("All entries in the folder"), locale.toString(entries))
            .addEvidence(
                    QStringLiteral("thresholds"), tr("Thresholds"),
                    tr("warning from %1, failure from %2").arg(locale.toString(kWarnAt), locale.toString(kFailAt)));
    f.detail = tr("GetTempFileName uses only the low 16 bits of its unique number, so one folder and prefix allow "
                  "at most 65,535 names; past that, creating a temp file fails. Counted regular files matching "
                  "*.tmp directly inside the folder.");
    return f;
}

} // namespace mars
