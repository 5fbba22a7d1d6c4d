// SPDX-License-Identifier: MIT
#include "TempCleanupFix.h"

#include "catalog/temp/TempTmpCountCheck.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace mars {

namespace {
constexpr int kSampleSize = 20; // planned changes listed by name; the rest are counted
constexpr qint64 kProgressEvery = 500; // deletions between progress reports

// Joins with the folder's own separator: a scenario's C:\Windows\Temp stays a Windows path
// even when this build runs on Linux.
QString joinPath(const QString& dir, const QString& name)
{
    const QChar separator = dir.contains(QLatin1Char('\\')) ? QLatin1Char('\\') : QLatin1Char('/');
    return dir.endsWith(separator) ? QString(dir + name) : QString(dir + separator + name);
}

// Files last written after this moment are too young for the cleanup; invalid = no filter.
QDateTime olderThanCutoff(const CheckContext& context, int hours)
{
    return hours > 0 ? context.env.utcNow().addSecs(-qint64(hours) * 3600) : QDateTime();
}

// The previewed names as a compact set: a sorted vector of 64-bit FNV-1a hashes of each name's
// UTF-16 code units (8 bytes a file: 70,000 names take 560 KB, not the names' megabytes). apply()
// deletes only names in it, so a file copied in after the preview with an old time stays (issue
// #14). A different name colliding with a previewed one is a 1 in 2^64 event per pair.
quint64 nameHash(const QString& name)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : name) {
        for (const quint8 byte : {quint8(c.unicode() & 0xFF), quint8(c.unicode() >> 8)}) {
            hash ^= byte;
            hash *= 0x100000001b3ULL;
        }
    }
    return hash;
}

QByteArray packHashes(std::vector<quint64> hashes)
{
    std::sort(hashes.begin(), hashes.end());
    return QByteArray(reinterpret_cast<const char*>(hashes.data()), qsizetype(hashes.size() * sizeof(quint64)));
}

std::vector<quint64> unpackHashes(const QByteArray& packed)
{
    std::vector<quint64> hashes(size_t(packed.size()) / sizeof(quint64));
    std::memcpy(hashes.data(), packed.constData(), hashes.size() * sizeof(quint64)); // aligned copy
    return hashes;
}

// A file of unknown age is kept when a filter is set: "older than" cannot be shown for it.
bool isYounger(const DirEntry& entry, const QDateTime& cutoff)
{
    return cutoff.isValid() && (!entry.lastWriteUtc.isValid() || entry.lastWriteUtc > cutoff);
}
} // namespace

bool TempCleanupFix::matchesPattern(const QString& fileName)
{
    return fileName.size() > 4 && fileName.endsWith(QLatin1String(".tmp"), Qt::CaseInsensitive);
}

TempCleanupFix::EntryKind TempCleanupFix::classify(const DirEntry& entry)
{
    if (!matchesPattern(entry.name))
        return EntryKind::NotTmp;
    if (!entry.isRegularFile())
        return EntryKind::NotAFile;
    return entry.attributes.testFlag(FileAttribute::ReadOnly) ? EntryKind::ReadOnlyFile : EntryKind::Deletable;
}

FixInfo TempCleanupFix::info() const
{
    FixOption olderThan;
    olderThan.id = QStringLiteral("older_than_hours");
    olderThan.kind = FixOption::Kind::Integer;
    // A spin box's suffix cannot take a plural form ("1 hours"), so the unit is the symbol.
    olderThan.label = tr("Delete only files last changed more than");
    olderThan.suffix = tr(" h ago", "the unit symbol of hours");
    olderThan.minimumText = tr("0 h: every .tmp file, whatever its age");
    olderThan.minimum = 0;
    olderThan.maximum = 24 * 365;
    // On a real server a .tmp file written in the last day may belong to an installer that is
    // running right now; a simulated machine has no such installer.
    olderThan.defaultValue = 24;
    olderThan.simulatedDefault = 0;
    return {.id = id(),
            .checkId = TempTmpCountCheck::id(),
            .title = tr("Delete the .tmp files"),
            .options = {olderThan}};
}

FixPlan TempCleanupFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("Part of the planned .tmp files may be deleted and the rest still there; nothing else was "
                            "touched. The audit log lists every file deleted. Run the check again.");
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    plan.reversible = false;
    plan.undoDescription = tr("Deleted files cannot be restored. They are leftovers of installers and programs that "
                              "did not clean up after themselves.");
    const SystemProbe& system = context.system();
    const Probed<QString> dir = system.files().systemTempDir();
    if (!dir.ok()) {
        plan.summary = tr("The temp folder could not be found.");
        plan.cannotApplyReason = dir.reason;
        return plan;
    }
    plan.parameters.insert(QStringLiteral("folder"), dir.value);
    // Only files last written before the cut-off go (0 hours: all); apply() uses these hours.
    const int hours = option(context, QStringLiteral("older_than_hours")).toInt();
    plan.parameters.insert(QStringLiteral("olderThanHours"), hours);
    const QDateTime cutoff = olderThanCutoff(context, hours);

    qint64 readOnly = 0, notRegular = 0, younger = 0;
    QDateTime newest; // of the planned files, by the file system's own clock
    std::vector<quint64> previewed; // hashes of the planned names
    const QLocale locale;
    const Probed<qint64> listed = system.files().forEachEntry(dir.value, [&](const DirEntry& entry) {
        if (context.isCancelled())
            return false;
        switch (classify(entry)) {
        case EntryKind::NotTmp: break;
        case EntryKind::NotAFile: ++notRegular; break;
        case EntryKind::ReadOnlyFile: ++readOnly; break;
        case EntryKind::Deletable:
            if (isYounger(entry, cutoff)) {
                ++younger;
                break;
            }
            ++plan.itemCount;
            previewed.push_back(nameHash(entry.name));
            plan.totalBytes += entry.size_bytes;
            if (entry.lastWriteUtc.isValid() && (!newest.isValid() || entry.lastWriteUtc > newest))
                newest = entry.lastWriteUtc;
            if (plan.changes.size() < kSampleSize)
                plan.changes.append(
                        {joinPath(dir.value, entry.name), locale.formattedDataSize(entry.size_bytes), tr("deleted")});
        }
        return true;
    });
    if (!listed.ok()) {
        plan.summary = tr("The temp folder %1 could not be read.").arg(dir.value);
        plan.cannotApplyReason = listed.reason;
        return plan;
    }
    // apply() deletes only what this preview saw: names in the previewed set, at most itemCount
    // files, none written after the newest one listed here.
    plan.parameters.insert(QStringLiteral("newestFileUtc"), newest);
    plan.parameters.insert(QStringLiteral("previewedNameHashes"), packHashes(std::move(previewed)));
    // Two minutes, plus 10 ms a file: ten times what a slow disk under Wine needs.
    plan.deadline_s = int(qMin<qint64>(120 + plan.itemCount / 100, 24 * 3600));
    if (plan.itemCount > plan.changes.size())
        plan.changes.append(
                {tr("... and %1 more .tmp files").arg(locale.toString(plan.itemCount - plan.changes.size())), QString(),
                 tr("deleted")});
    if (readOnly + notRegular > 0)
        plan.changes.append({tr("%1 read-only files, %2 folders or links named *.tmp")
                                     .arg(locale.toString(readOnly), locale.toString(notRegular)),
                             QString(), tr("left alone")});
    if (younger > 0)
        plan.changes.append({tr("%1 .tmp files not older than %2 hours").arg(locale.toString(younger)).arg(hours),
                             QString(), tr("left alone")});

    if (hours > 0) {
        plan.summary = tr("Delete %1 .tmp files (%2) older than %3 hours directly inside %4; %5 younger .tmp files are "
                          "left alone. Folders, links, read-only files, files that are in use and files written after "
                          "this preview are left alone too.")
                               .arg(locale.toString(plan.itemCount), locale.formattedDataSize(plan.totalBytes))
                               .arg(hours)
                               .arg(dir.value, locale.toString(younger));
    } else {
        plan.summary =
                tr("Delete %1 .tmp files (%2) directly inside %3. Folders, links, read-only files, files that "
                   "are in use and files written after this preview are left alone.")
                        .arg(locale.toString(plan.itemCount), locale.formattedDataSize(plan.totalBytes), dir.value);
    }
    if (plan.itemCount == 0) {
        plan.cannotApplyReason = hours > 0 ? tr("There are no .tmp files older than %1 hours to delete.").arg(hours)
                                           : tr("There are no .tmp files to delete.");
        return plan;
    }
    const Probed<bool> writable = system.files().canModifyFolder(dir.value);
    const Probed<AccountInfo> account = system.machine().account();
    const bool elevated = account.ok() && account.value.elevation == TokenElevation::Elevated;
    if (writable.ok() && writable.value) {
        plan.elevation = elevated ? Elevation::Held : Elevation::NotNeeded;
        plan.canApply = true;
    } else if (!elevated) {
        plan.elevation = Elevation::Needed;
        plan.cannotApplyReason = tr("Deleting files in %1 needs administrator rights. Use \"Restart as administrator\" "
                                    "first, then run this fix again.")
                                         .arg(dir.value);
    } else {
        plan.elevation = Elevation::Held;
        plan.cannotApplyReason = tr("Even with administrator rights this program may not change %1 (%2). Ask the "
                                    "customer's IT team to check the folder's permissions.")
                                         .arg(dir.value, writable.reason);
    }
    return plan;
}

FixOutcome TempCleanupFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const SystemProbe& system = context.system();
    const QString folder = plan.parameters.value(QStringLiteral("folder")).toString();
    const Probed<QString> current = system.files().systemTempDir();
    // Apply only what was shown: the plan's folder must still be the temp folder.
    if (folder.isEmpty() || !current.ok() || QDir::cleanPath(current.value) != QDir::cleanPath(folder)) {
        outcome.result = FixResult::Failed;
        outcome.summary = tr("The temp folder changed since the preview; nothing was deleted. Preview the fix again.");
        return outcome;
    }
    outcome.before.insert(QStringLiteral("folder"), folder);
    outcome.before.insert(QStringLiteral("tmpFiles"), plan.itemCount);
    outcome.before.insert(QStringLiteral("bytes"), plan.totalBytes);
    const int hours = qMax(0, plan.parameters.value(QStringLiteral("olderThanHours")).toInt());
    outcome.before.insert(QStringLiteral("olderThanHours"), hours);
    const QDateTime cutoff = olderThanCutoff(context, hours);

    // Start and end go into the story and the audit file; a line per file only into the audit
    // file (a million of them would push every session's story out of the rotating log).
    auto audit = Logging::logger(QStringLiteral("audit"));
    auto perFile = Logging::itemAudit();
    audit->info("temp cleanup started in {} ({} files planned, older than {} h); one line per file in the audit log",
                folder.toStdString(), plan.itemCount, hours);
    qint64 attempted = 0, deleted = 0, freed = 0, inUse = 0, readOnly = 0, notRegular = 0, vanished = 0, denied = 0,
           failed = 0;
    qint64 newer = 0, younger = 0, notPreviewed = 0;
    bool cancelled = false;
    const QDateTime newest = plan.parameters.value(QStringLiteral("newestFileUtc")).toDateTime();
    const std::vector<quint64> previewed =
            unpackHashes(plan.parameters.value(QStringLiteral("previewedNameHashes")).toByteArray());
    // The folder is opened and checked once for the whole run, each file relative to it.
    const std::unique_ptr<FolderDeletion> deletion = system.files().openFolderForDeletion(folder);
    const Probed<qint64> listed = system.files().forEachEntry(folder, [&](const DirEntry& entry) {
        if (context.isCancelled()) {
            cancelled = true;
            return false;
        }
        const EntryKind kind = classify(entry);
        if (kind == EntryKind::NotTmp || kind == EntryKind::NotAFile)
            return true;
        const std::string path = joinPath(folder, entry.name).toStdString();
        if (kind == EntryKind::Deletable && isYounger(entry, cutoff)) {
            ++younger; // the age filter the preview showed: not part of the plan
            return true;
        }
        if (newest.isValid() && entry.lastWriteUtc.isValid() && entry.lastWriteUtc > newest) {
            ++newer; // written after the preview: not part of what the user agreed to
            perFile->info("skipped {}: written after the preview", path);
            return true;
        }
        if (kind == EntryKind::Deletable
            && !std::binary_search(previewed.cbegin(), previewed.cend(), nameHash(entry.name))) {
            ++notPreviewed; // not shown in the preview (copied in since, whatever its time says)
            perFile->info("skipped {}: not in the preview", path);
            return true;
        }
        if (kind == EntryKind::ReadOnlyFile) {
            ++readOnly; // left out of the plan, so not even tried
            perFile->info("skipped {}: read-only", path);
            return true;
        }
        if (attempted >= plan.itemCount)
            return false; // never more files than the preview promised
        ++attempted;
        switch (deletion->deleteRegularFile(entry.name)) {
        case DeleteStatus::Deleted:
            ++deleted;
            freed += entry.size_bytes;
            perFile->info("deleted {} ({} bytes)", path, entry.size_bytes);
            break;
        case DeleteStatus::InUse:
            ++inUse;
            perFile->info("skipped {}: in use", path);
            break;
        case DeleteStatus::ReadOnly:
            ++readOnly;
            perFile->info("skipped {}: read-only", path);
            break;
        case DeleteStatus::NotRegular:
            ++notRegular;
            perFile->info("skipped {}: not a regular file", path);
            break;
        case DeleteStatus::Vanished: ++vanished; break;
        case DeleteStatus::Denied:
            ++denied;
            perFile->warn("not deleted {}: access denied", path);
            break;
        case DeleteStatus::Failed:
            ++failed;
            perFile->warn("not deleted {}: error", path);
            break;
        }
        if (attempted % kProgressEvery == 0)
            context.progress(attempted, plan.itemCount,
                             tr("%1 of %2 files handled").arg(attempted).arg(plan.itemCount));
        return true;
    });
    context.progress(attempted, plan.itemCount, tr("%1 of %2 files handled").arg(attempted).arg(plan.itemCount));

    const QLocale locale;
    outcome.after.insert(QStringLiteral("deleted"), deleted);
    outcome.after.insert(QStringLiteral("bytesFreed"), freed);
    outcome.after.insert(QStringLiteral("skippedInUse"), inUse);
    outcome.after.insert(QStringLiteral("skippedReadOnly"), readOnly);
    outcome.after.insert(QStringLiteral("skippedNotRegular"), notRegular);
    outcome.after.insert(QStringLiteral("alreadyGone"), vanished);
    outcome.after.insert(QStringLiteral("denied"), denied);
    outcome.after.insert(QStringLiteral("failed"), failed);
    outcome.after.insert(QStringLiteral("skippedNewerThanPreview"), newer);
    outcome.after.insert(QStringLiteral("skippedYoungerThanFilter"), younger);
    outcome.after.insert(QStringLiteral("skippedNotPreviewed"), notPreviewed);
    const qint64 skipped = inUse + readOnly + notRegular + denied + failed;

    if (!listed.ok()) {
        outcome.result = deleted > 0 ? FixResult::PartlyApplied : FixResult::Failed;
        outcome.summary = tr("Deleted %1 files, then the folder could not be read any more: %2")
                                  .arg(locale.toString(deleted), listed.reason);
    } else if (cancelled) {
        outcome.result = FixResult::Cancelled;
        outcome.summary = tr("Cancelled after deleting %1 of %2 .tmp files.")
                                  .arg(locale.toString(deleted), locale.toString(plan.itemCount));
    } else if (attempted == 0) {
        outcome.result = FixResult::NothingToDo;
        outcome.summary = tr("There were no .tmp files left to delete.");
    } else {
        outcome.result = skipped == 0 ? FixResult::Applied : deleted > 0 ? FixResult::PartlyApplied : FixResult::Failed;
        outcome.summary =
                tr("Deleted %1 .tmp files (%2 freed); %3 were left alone (%4 in use, %5 denied or failed).")
                        .arg(locale.toString(deleted), locale.formattedDataSize(freed), locale.toString(skipped),
                             locale.toString(inUse), locale.toString(denied + failed));
    }
    if (notPreviewed > 0 && listed.ok() && !cancelled)
        outcome.summary +=
                QLatin1Char(' ')
                + tr("%1 .tmp files that were not in the preview were left alone.").arg(locale.toString(notPreviewed));
    if (hours > 0 && listed.ok() && !cancelled)
        outcome.summary += QLatin1Char(' ')
                           + tr("%1 .tmp files not older than %2 hours were not part of the plan.")
                                     .arg(locale.toString(younger))
                                     .arg(hours);
    audit->info("temp cleanup finished: {} deleted ({} bytes), {} skipped ({} in use, {} read-only, {} not a regular "
                "file, {} denied, {} failed), {} already gone, {} written after the preview, {} not in the preview, {} "
                "younger "
                "than {} h: {}",
                deleted, freed, skipped, inUse, readOnly, notRegular, denied, failed, vanished, newer, notPreviewed,
                younger, hours, fixResultId(outcome.result).toStdString());
    return outcome;
}

} // namespace mars
