// SPDX-License-Identifier: MIT
#include "ScratchRules.h"

#include "catalog/common/FolderAttributesFix.h"
#include "system/SystemProbe.h"

#include <QLocale>

namespace mars {

namespace {
QString gib(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

ScratchRules::Target ScratchRules::locate(const CheckContext& context)
{
    // B1-B5 all start here: worked out once per run (FactsCache) and shared.
    const auto fact = context.facts().obtain<Target>(QStringLiteral("scratch.target"), context.stopToken(),
                                                     [&context] { return locateNow(context); });
    if (fact.ok())
        return fact.value;
    Target unknown;
    unknown.reason = fact.reason;
    return unknown;
}

ScratchRules::Assessment ScratchRules::shared(const CheckContext& context, const QString& rule, const QString& scratch,
                                              Assessment (*assess)(const CheckContext&, const QString&))
{
    // B5 weighs B2-B4, which run in the same run: each rule is assessed once and shared.
    const auto fact = context.facts().obtain<Assessment>(QStringLiteral("scratch.%1:%2").arg(rule, scratch),
                                                         context.stopToken(), [&] { return assess(context, scratch); });
    if (fact.ok())
        return fact.value;
    Assessment failed;
    failed.summary = tr("This rule about the cache folder could not be worked out.");
    failed.detail = fact.reason;
    return failed;
}

ScratchRules::Assessment ScratchRules::assessVolume(const CheckContext& context, const QString& scratch)
{
    return shared(context, QStringLiteral("volume"), scratch, &assessVolumeNow);
}

ScratchRules::Assessment ScratchRules::assessAttributes(const CheckContext& context, const QString& scratch)
{
    return shared(context, QStringLiteral("attributes"), scratch, &assessAttributesNow);
}

ScratchRules::Assessment ScratchRules::assessFreeSpace(const CheckContext& context, const QString& scratch)
{
    return shared(context, QStringLiteral("free_space"), scratch, &assessFreeSpaceNow);
}

ScratchRules::Target ScratchRules::locateNow(const CheckContext& context)
{
    Target target;
    const Probed<OsInfo> os = context.system().machine().osInfo();
    if (!os.ok()) { // not knowing the OS is not "it is Windows": say so instead of guessing
        target.reason = tr("The Windows version could not be read: %1").arg(os.reason);
        return target;
    }
    if (!os.value.isWindows) {
        target.state = Target::State::NotWindows;
        target.reason = tr("This computer is not running Windows, so it has no MARS agent cache folder.");
        return target;
    }
    target.where = agent::scratchDir(context);
    if (target.where.path.isEmpty()) {
        target.reason = target.where.reason.isEmpty() ? tr("Neither the registry nor the install folder says where "
                                                           "the cache folder is.")
                                                      : target.where.reason;
        return target;
    }
    target.state = Target::State::Located;
    return target;
}

ScratchRules::Assessment ScratchRules::notLocated(const Target& target)
{
    Assessment a;
    if (target.state == Target::State::NotWindows) {
        a.verdict = Verdict::NotApplicable;
        a.summary = target.reason;
        return a;
    }
    a.verdict = Verdict::Error;
    a.summary = tr("Could not work out where the agent's cache folder is or will be.");
    a.detail = target.reason;
    return a;
}

void ScratchRules::complete(Finding& finding, const Assessment& assessment, const Target& target)
{
    finding.detail = assessment.detail;
    finding.remedy = assessment.remedy;
    if (finding.remedy.isEmpty() && assessment.verdict == Verdict::Error)
        finding.remedy = unreadableRemedy();
    finding.fixIds = assessment.fixIds;
    if (target.state == Target::State::Located) {
        finding.addEvidence(QStringLiteral("scratch_folder"), tr("Cache folder"), target.where.path)
                .addEvidence(QStringLiteral("scratch_source"), tr("Taken from"), target.where.source);
    }
    finding.evidence.append(assessment.evidence);
}

QString ScratchRules::attributeWords(FileAttributes attributes)
{
    QStringList words;
    if (attributes.testFlag(FileAttribute::System))
        words.append(tr("system"));
    if (attributes.testFlag(FileAttribute::Hidden))
        words.append(tr("hidden"));
    if (attributes.testFlag(FileAttribute::Compressed))
        words.append(tr("compressed"));
    if (attributes.testFlag(FileAttribute::Encrypted))
        words.append(tr("encrypted"));
    if (attributes.testFlag(FileAttribute::Sparse))
        words.append(tr("sparse"));
    if (attributes.testFlag(FileAttribute::ReparsePoint))
        words.append(tr("a link (reparse point)"));
    if (words.size() <= 1)
        return words.value(0);
    const QString last = words.takeLast();
    return tr("%1 and %2").arg(words.join(tr(", ")), last); // "、" in Japanese and Chinese
}

QString ScratchRules::unreadableRemedy()
{
    return tr("The technical details say what could not be read. If the drive of the cache folder is offline or "
              "away, bring it back; otherwise restart the troubleshooter as administrator and run the checks again.");
}

QString ScratchRules::seeMoveProcedure()
{
    return tr("The cache must be on a local, fixed NTFS drive with enough free space; the \"Cache folder location\" "
              "item lists the exact steps to move it.");
}

QString ScratchRules::moveProcedure(const QString& from, bool agentInstalled)
{
    if (!agentInstalled) {
        return tr("Install the agent with its cache on a local, fixed NTFS drive with enough free space, using the "
                  "installer's /s: switch, for example: MARSAgentInstaller.exe /s:\"D:\\MARS\\Scratch\" (add "
                  "/p:\"<install folder>\" to choose the install folder too).");
    }
    const QString config = QStringLiteral("HKLM\\") + agent::configKey();
    const QString provider = QStringLiteral("HKLM\\") + agent::providerKey();
    return tr("Move the cache to a folder on a local, fixed NTFS drive with enough free space (replace "
              "<new folder> below, e.g. D:\\MARS\\Scratch), in an elevated command prompt: "
              "1. net stop obengine "
              "2. If System State backup is configured, open Disk Management and detach the disks named "
              "CBSSBVol_<ID>. "
              "3. Copy (do not move) the whole folder: robocopy \"%1\" \"<new folder>\" /E /COPYALL /DCOPY:T "
              "4. reg add \"%2\" /v ScratchLocation /t REG_SZ /d \"<new folder>\" /f "
              "5. reg add \"%3\" /v ScratchLocation /t REG_SZ /d \"<new folder>\" /f "
              "6. net start obengine "
              "7. Run an on-demand backup (Back Up Now); once it succeeds, delete the old folder %1. "
              "Do not change the cache location while an offline-seeding initial replication is running.")
            .arg(from, config, provider);
}

ScratchRules::Assessment ScratchRules::assessVolumeNow(const CheckContext& context, const QString& scratch)
{
    Assessment a;
    // The volume of a folder that does not exist yet is the volume of its nearest parent.
    const agent::ExistingFolder existing = agent::nearestExisting(context, scratch);
    const QString probed = existing.path.isEmpty() ? scratch : existing.path;
    const Probed<VolumeInfo> volume = context.system().files().volumeInfo(probed);
    if (volume.status == ProbeStatus::NotFound && existing.path.isEmpty()) {
        // Catalog B2 (mars-checks.md): the volume must be there and online. Not a reason to
        // move: the cache is most likely on that drive, out of reach until it is back.
        a.verdict = Verdict::Fail;
        a.summary = tr("The cache folder %1 is on a drive that is not on this computer now.").arg(scratch);
        a.detail = volume.reason;
        a.remedy = tr("Bring the drive back (reconnect or present the disk, give it its drive letter in Disk "
                      "Management), then run the checks again.");
        return a;
    }
    if (!volume.ok()) {
        a.verdict = volume.status == ProbeStatus::NotApplicable ? Verdict::NotApplicable : Verdict::Error;
        a.summary = tr("The drive of the cache folder %1 could not be identified.").arg(scratch);
        a.detail = volume.reason;
        return a;
    }
    const VolumeInfo& v = volume.value;
    if (!v.online) {
        a.verdict = Verdict::Fail;
        a.evidence.append({QStringLiteral("volume_root"), tr("Volume"), v.root.isEmpty() ? probed : v.root});
        a.summary = tr("The drive %1 of the cache folder %2 is offline or not ready.")
                            .arg(v.root.isEmpty() ? probed : v.root, scratch);
        a.detail = tr("GetVolumeInformationW: the device is not ready.");
        a.remedy = tr("Bring the disk online (Disk Management: right-click the disk, Online), then run the checks "
                      "again.");
        return a;
    }
    a.evidence.append({QStringLiteral("volume_root"), tr("Volume"), v.root.isEmpty() ? probed : v.root});
    a.evidence.append({QStringLiteral("drive_type"), tr("Drive type"), driveTypeId(v.driveType)});
    a.evidence.append({QStringLiteral("file_system"), tr("File system"),
                       v.fileSystem.isEmpty() ? tr("(not reported)") : v.fileSystem});
    a.detail = tr("GetDriveTypeW: %1; file system: %2; UNC path: %3.")
                       .arg(driveTypeId(v.driveType), v.fileSystem.isEmpty() ? tr("(not reported)") : v.fileSystem,
                            v.unc ? tr("yes") : tr("no"));
    a.moveHelps = true;
    if (v.unc || v.driveType == DriveType::Remote) {
        a.verdict = Verdict::Fail;
        a.cause = tr("it is on a network share");
        a.summary = tr("The cache folder %1 is on a network share; the agent needs it on a local drive of this "
                       "server.")
                            .arg(scratch);
    } else if (v.driveType == DriveType::Removable || v.driveType == DriveType::CdRom) {
        a.verdict = Verdict::Fail;
        a.cause = tr("it is on a removable drive");
        a.summary = tr("The cache folder %1 is on a removable drive; the agent needs it on a fixed local drive.")
                            .arg(scratch);
    } else if (v.driveType != DriveType::Fixed) {
        a.verdict = Verdict::Warning;
        a.cause = tr("its drive is not a fixed disk");
        a.summary = tr("The cache folder %1 is on a drive Windows reports as %2, not as a fixed local disk, which "
                       "the agent expects.")
                            .arg(scratch, driveTypeId(v.driveType));
    } else if (v.fileSystem.compare(QLatin1String("NTFS"), Qt::CaseInsensitive) != 0) {
        a.verdict = Verdict::Warning;
        a.cause = tr("its drive is not NTFS");
        a.summary = tr("The cache folder %1 is on a %2 drive, not NTFS, the only file system Microsoft documents "
                       "for the agent.")
                            .arg(scratch, v.fileSystem.isEmpty() ? tr("unknown") : v.fileSystem);
        a.detail += QLatin1Char(' ')
                    + tr("UNCONFIRMED (catalog B2): whether ReFS or other file systems work for the cache is not "
                         "documented; the FAQ names NTFS as the only supported file system for backup sources.");
    } else {
        a.verdict = Verdict::Pass;
        a.moveHelps = false;
        a.summary = tr("The cache folder %1 is on a local, fixed NTFS drive.").arg(scratch);
    }
    if (a.verdict != Verdict::Pass)
        a.remedy = seeMoveProcedure();
    return a;
}

namespace {
// What the bounded walk of the cache folder found (B3 looks at the files, not only the folder's
// own flag: a folder whose flag is cleared keeps every file already in it compressed or
// encrypted, #19).
struct ContentWalk
{
    qint64 entries = 0; // files and folders looked at
    qint64 compressed = 0;
    qint64 encrypted = 0;
    QStringList examples; // a few of them, relative to the cache folder
    bool bounded = false; // stopped at kMaxContentEntries or skipped folders below kMaxContentDepth
    bool cancelled = false;
    QString unreadable; // the first folder that could not be listed, with the reason
};

ContentWalk walkContents(const CheckContext& context, const QString& root)
{
    ContentWalk walk;
    struct Pending
    {
        QString path;
        QString relative;
        int depth;
    };
    QList<Pending> pending{{root, QString(), 0}};
    while (!pending.isEmpty() && !walk.cancelled && !walk.bounded) {
        const Pending dir = pending.takeLast();
        const Probed<qint64> listed = context.system().files().forEachEntry(dir.path, [&](const DirEntry& entry) {
            if (context.isCancelled()) {
                walk.cancelled = true;
                return false;
            }
            if (walk.entries >= ScratchRules::kMaxContentEntries) {
                walk.bounded = true;
                return false;
            }
            ++walk.entries;
            const QString relative =
                    dir.relative.isEmpty() ? entry.name : dir.relative + QLatin1Char('\\') + entry.name;
            const bool compressed = entry.attributes.testFlag(FileAttribute::Compressed);
            const bool encrypted = entry.attributes.testFlag(FileAttribute::Encrypted);
            walk.compressed += compressed ? 1 : 0;
            walk.encrypted += encrypted ? 1 : 0;
            if ((compressed || encrypted) && walk.examples.size() < 3)
                walk.examples.append(relative);
            // Links are reported by the listing and never followed: the walk stays inside the cache.
            if (entry.isDirectory() && !entry.isReparsePoint()) {
                if (dir.depth + 1 < ScratchRules::kMaxContentDepth)
                    pending.append({agent::joinPath(dir.path, entry.name), relative, dir.depth + 1});
                else
                    walk.bounded = true;
            }
            return true;
        });
        if (!listed.ok() && walk.unreadable.isEmpty())
            walk.unreadable = ScratchRules::tr("%1 (%2)").arg(dir.path, listed.reason);
    }
    return walk;
}
} // namespace

ScratchRules::Assessment ScratchRules::assessAttributesNow(const CheckContext& context, const QString& scratch)
{
    // Sources: FAQ "Which attributes of the cache folder aren't supported?" (Encrypted,
    // De-duplicated, Compressed, Sparse, Reparse-Point; MARS agent FAQ, ms.date 08/14/2023);
    // SELFHELP SalFailedToMountVhd ("an unencrypted and uncompressed folder"); catalog B3.
    Assessment a;
    const agent::ExistingFolder existing = agent::nearestExisting(context, scratch);
    if (existing.path.isEmpty()) {
        a.verdict = Verdict::Error;
        a.summary = tr("The attributes of the cache folder %1 could not be read.").arg(scratch);
        a.detail = existing.reason;
        return a;
    }
    const FileAttributes attributes = existing.attributes;
    a.evidence.append({QStringLiteral("checked_folder"), tr("Folder checked"), existing.path});
    const QStringList names = fileAttributeNames(attributes);
    a.evidence.append({QStringLiteral("attributes"), tr("Attributes"),
                       names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", "))});

    // Data Deduplication of the volume (FAQ: "De-duplicated" is not supported for the cache):
    // probed through FilesProbe::volumeDeduplicated; a probe that cannot run is said, never a pass.
    const Probed<bool> dedup = context.system().files().volumeDeduplicated(existing.path);
    const bool dedupOn = dedup.ok() && dedup.value;
    const bool dedupUnknown = !dedup.ok() && dedup.status != ProbeStatus::NotApplicable;
    a.evidence.append({QStringLiteral("deduplication"), tr("Data Deduplication on its drive"),
                       dedup.ok()                                   ? (dedup.value ? tr("on") : tr("off"))
                       : dedup.status == ProbeStatus::NotApplicable ? tr("does not apply")
                                                                    : tr("could not be checked")});
    QStringList details;
    if (!dedup.ok())
        details.append(tr("Data Deduplication: %1").arg(dedup.reason));
    const QString dedupSentence = tr("Data Deduplication is on for its drive, which the agent does not support for "
                                     "its cache.");
    const QString dedupRemedy = tr("The cache cannot stay on a deduplicated volume: move it to a drive without Data "
                                   "Deduplication. %1")
                                        .arg(seeMoveProcedure());
    const QString dedupUnknownSentence = tr("Whether Data Deduplication is on for its drive could not be checked.");

    const FileAttributes inherited = FileAttribute::Compressed | FileAttribute::Encrypted;
    if (!existing.isTarget) {
        // NTFS compression and EFS pass from a folder to new folders created in it.
        const FileAttributes bad = attributes & inherited;
        if (dedupOn) {
            a.verdict = Verdict::Fail;
            a.moveHelps = true;
            a.cause = tr("its drive uses Data Deduplication");
            a.summary = tr("The cache folder %1 does not exist yet and would be created on a drive where Data "
                           "Deduplication is on, which the agent does not support for its cache.")
                                .arg(scratch);
            a.remedy = dedupRemedy;
        } else if (bad != FileAttributes()) {
            a.verdict = Verdict::Warning;
            a.cause = tr("it would be created %1").arg(attributeWords(bad));
            a.summary = tr("The cache folder %1 does not exist yet and would be created %2, because %3 is %2.")
                                .arg(scratch, attributeWords(bad), existing.path);
            a.remedy = tr("Clear the attribute on %1 (compact /u \"%1\", cipher /d \"%1\" as administrator), or "
                          "choose another cache folder with the installer's /s: switch.")
                               .arg(existing.path);
            // Not a reason to move: clearing the parent (A10's fix for the install folder)
            // solves it where it is.
        } else if (dedupUnknown) {
            a.verdict = Verdict::Error;
            a.summary = tr("The cache folder %1 does not exist yet; %2, where it would be created, is neither "
                           "compressed nor encrypted. %3")
                                .arg(scratch, existing.path, dedupUnknownSentence);
        } else {
            a.verdict = Verdict::Pass;
            a.summary = tr("The cache folder %1 does not exist yet; %2, where it would be created, is neither "
                           "compressed nor encrypted.")
                                .arg(scratch, existing.path);
        }
        a.detail = details.join(QLatin1Char(' '));
        return a;
    }
    if (!attributes.testFlag(FileAttribute::Directory)) {
        a.verdict = Verdict::Fail;
        a.cause = tr("it is a file, not a folder");
        a.summary = tr("The cache folder %1 is a file, not a folder.").arg(scratch);
        a.remedy = seeMoveProcedure();
        a.moveHelps = true;
        return a;
    }
    const FileAttributes unsupported = attributes
                                       & (FileAttribute::Encrypted | FileAttribute::Compressed | FileAttribute::Sparse
                                          | FileAttribute::ReparsePoint);
    const FileAttributes structural = unsupported & (FileAttribute::Sparse | FileAttribute::ReparsePoint);
    const FileAttributes clearable = unsupported & inherited;

    // The files inside: a link is never walked into (it is reported as one, above).
    ContentWalk walk;
    if (!attributes.testFlag(FileAttribute::ReparsePoint))
        walk = walkContents(context, scratch);
    if (walk.cancelled) {
        a.verdict = Verdict::Cancelled;
        a.summary = tr("The check was cancelled while it looked at the files in the cache folder %1.").arg(scratch);
        return a;
    }
    const bool contentBad = walk.compressed > 0 || walk.encrypted > 0;
    FileAttributes insideBits;
    if (walk.compressed > 0)
        insideBits |= FileAttribute::Compressed;
    if (walk.encrypted > 0)
        insideBits |= FileAttribute::Encrypted;
    a.evidence.append({QStringLiteral("content_checked"), tr("Files and folders looked at inside"),
                       QLocale().toString(walk.entries)});
    if (contentBad) {
        a.evidence.append(
                {QStringLiteral("content_compressed"), tr("Compressed inside"), QLocale().toString(walk.compressed)});
        a.evidence.append(
                {QStringLiteral("content_encrypted"), tr("Encrypted inside"), QLocale().toString(walk.encrypted)});
        details.append(tr("For example: %1.").arg(walk.examples.join(QStringLiteral(", "))));
    }
    if (walk.bounded)
        details.append(tr("Only the first %1 files and folders, down to %2 folder levels, were looked at; the cache "
                          "folder holds more.")
                               .arg(QLocale().toString(kMaxContentEntries), QLocale().toString(kMaxContentDepth)));
    if (!walk.unreadable.isEmpty())
        details.append(tr("Could not be listed: %1").arg(walk.unreadable));
    a.detail = details.join(QLatin1Char(' '));

    QStringList problems; // sentence parts, in order
    if (unsupported != FileAttributes())
        problems.append(tr("is %1").arg(attributeWords(unsupported)));
    if (contentBad) {
        QStringList inside;
        if (walk.compressed > 0)
            inside.append(tr("%n file(s) or folder(s) inside it are compressed", nullptr, int(walk.compressed)));
        if (walk.encrypted > 0)
            inside.append(tr("%n file(s) or folder(s) inside it are encrypted", nullptr, int(walk.encrypted)));
        problems.append(inside.join(tr(" and ")));
    }
    if (problems.isEmpty() && !dedupOn) {
        if (!walk.unreadable.isEmpty() || dedupUnknown) {
            a.verdict = Verdict::Error;
            a.summary =
                    !walk.unreadable.isEmpty()
                            ? tr("The cache folder %1 is not compressed, encrypted, sparse or a link, but the files "
                                 "inside it could not all be checked.")
                                      .arg(scratch)
                            : tr("The cache folder %1 and its files are not compressed, encrypted, sparse or a "
                                 "link. %2")
                                      .arg(scratch, dedupUnknownSentence);
            return a;
        }
        if (walk.bounded) {
            a.verdict = Verdict::Warning;
            a.summary = tr("The cache folder %1 is not compressed, encrypted, sparse or a link, and none of the %2 "
                           "files and folders looked at inside it is; the rest was not looked at.")
                                .arg(scratch, QLocale().toString(walk.entries));
            a.remedy = tr("Check the rest as administrator: compact /s:\"%1\" and cipher /s:\"%1\" list what is "
                          "compressed or encrypted.")
                               .arg(scratch);
            return a;
        }
        a.verdict = Verdict::Pass;
        a.summary = tr("The cache folder %1 and the files in it are not compressed, encrypted, sparse or a link.")
                            .arg(scratch);
        return a;
    }
    a.verdict = Verdict::Fail;
    if (problems.isEmpty())
        a.summary = tr("The cache folder %1 is fine itself, but %2").arg(scratch, dedupSentence);
    else
        a.summary = tr("The cache folder %1 %2, which the agent does not support for its cache.")
                            .arg(scratch, problems.join(tr("; ")))
                    + (dedupOn ? QLatin1Char(' ') + dedupSentence : QString());
    QStringList steps;
    // Clearing the folder's own flag is the whole job only when nothing inside is compressed or
    // encrypted (the walk saw everything) and nothing else needs a move. Otherwise the existing
    // cache would stay compressed or encrypted while the check turned green: this tool does not
    // uncompress or decrypt the cache in place (it would have to stop the agent, rewrite every
    // file, survive a cancel half-way and undo it); the documented way is to move the cache to a
    // new, plain folder (FAQ "How do I change the cache location for the MARS agent?", ms.date
    // 08/14/2023; catalog B5), which the "Cache folder location" item lays out step by step.
    const bool sawEverything = !walk.bounded && walk.unreadable.isEmpty();
    if (clearable != FileAttributes() && structural == FileAttributes() && !contentBad && sawEverything && !dedupOn) {
        a.fixIds = QStringList{FolderAttributesFix::id(FolderAttributesFix::Folder::Scratch)};
        steps.append(
                tr("Nothing inside the folder is compressed or encrypted, so clearing the folder's own flag is "
                   "all it takes: the wizard's \"%1\", or as administrator run compact /u \"%2\" and cipher /d \"%2\".")
                        .arg(FolderAttributesFix::title(FolderAttributesFix::Folder::Scratch), scratch));
    }
    if (contentBad || (clearable != FileAttributes() && !sawEverything)) {
        a.moveHelps = true;
        a.cause = contentBad ? tr("files in it are %1").arg(attributeWords(insideBits))
                             : tr("it is %1").arg(attributeWords(clearable));
        steps.append(tr("Clearing the folder's flag would leave the files already in the cache as they are. Move the "
                        "cache to a new folder that is neither compressed nor encrypted, as documented; %1 Then run "
                        "this check again: it looks at the files too.")
                             .arg(seeMoveProcedure()));
    }
    if (structural != FileAttributes()) {
        a.moveHelps = true;
        a.cause = tr("it is %1").arg(attributeWords(structural));
        steps.append(tr("A link or sparse folder cannot be repaired in place: move the cache to a plain folder. %1")
                             .arg(seeMoveProcedure()));
    }
    if (dedupOn) {
        a.moveHelps = true;
        if (a.cause.isEmpty())
            a.cause = tr("its drive uses Data Deduplication");
        steps.append(dedupRemedy);
    } else if (dedupUnknown) {
        steps.append(dedupUnknownSentence);
    }
    a.remedy = steps.join(QLatin1Char(' '));
    return a;
}

ScratchRules::Assessment ScratchRules::assessFreeSpaceNow(const CheckContext& context, const QString& scratch)
{
    Assessment a;
    const agent::ExistingFolder existing = agent::nearestExisting(context, scratch);
    const QString probed = existing.path.isEmpty() ? scratch : existing.path;
    const Probed<DiskSpace> space = context.system().files().diskSpace(probed);
    if (!space.ok()) {
        a.verdict = space.status == ProbeStatus::NotApplicable ? Verdict::NotApplicable : Verdict::Error;
        a.summary = tr("The free space on the drive of the cache folder %1 could not be read.").arg(scratch);
        a.detail = space.reason;
        return a;
    }
    const DiskSpace& d = space.value;
    const QLocale locale;
    const double percent = d.total_bytes > 0 ? 100.0 * double(d.free_bytes) / double(d.total_bytes) : 0.0;
    const QString percentText = locale.toString(percent, 'f', 1) + QStringLiteral(" %");
    a.evidence.append({QStringLiteral("volume_root"), tr("Volume"), d.volumeRoot.isEmpty() ? probed : d.volumeRoot});
    a.evidence.append({QStringLiteral("free_space"), tr("Free space"), gib(d.free_bytes)});
    a.evidence.append({QStringLiteral("total_space"), tr("Volume size"), gib(d.total_bytes)});
    a.evidence.append({QStringLiteral("free_percent"), tr("Free share of the volume"), percentText});
    a.evidence.append({QStringLiteral("thresholds"), tr("Thresholds"),
                       tr("failure below %1, warning below %2 % of the volume")
                               .arg(gib(kMinFreeBytes), locale.toString(kMinFreePercent))});
    a.detail = tr("GetDiskFreeSpaceExW on %1: %2 bytes free of %3. Microsoft asks for free space of 5-10 % of the "
                  "backed-up data (at least 2.5 GB; 30-35 GB more for System State). The size of the data is not "
                  "known here, so the warning uses 5 % of the volume instead (wizard heuristic, catalog B4).")
                       .arg(probed, locale.toString(d.free_bytes), locale.toString(d.total_bytes));
    const QString extend = tr("Free space on that drive or extend the volume, or move the cache to a drive with "
                              "more room. %1")
                                   .arg(seeMoveProcedure());
    if (d.free_bytes < kMinFreeBytes) {
        a.verdict = Verdict::Fail;
        a.moveHelps = true;
        a.cause = tr("its drive has only %1 free").arg(gib(d.free_bytes));
        a.summary = tr("The drive of the cache folder %1 has only %2 free, less than the 2.5 GB the agent needs at "
                       "least.")
                            .arg(scratch, gib(d.free_bytes));
        a.remedy = extend;
    } else if (d.total_bytes > 0 && percent < kMinFreePercent) {
        a.verdict = Verdict::Warning;
        a.moveHelps = true;
        a.cause = tr("its drive is %1 free").arg(percentText);
        a.summary = tr("The drive of the cache folder %1 has only %2 free space (%3), less than the 5 % Microsoft "
                       "asks for.")
                            .arg(scratch, percentText, gib(d.free_bytes));
        a.remedy = extend;
    } else {
        a.verdict = Verdict::Pass;
        a.summary = tr("The drive of the cache folder %1 has %2 free (%3), enough for the cache.")
                            .arg(scratch, gib(d.free_bytes), percentText);
    }
    return a;
}

// --- B1 -------------------------------------------------------------------------------------

QString ScratchRules::Copy::where() const
{
    return QStringLiteral("HKLM\\%1\\%2").arg(key, agent::scratchValue());
}

QString ScratchRules::valueText(const Copy& copy)
{
    return copy.present() ? copy.value : tr("(missing)");
}

const ScratchRules::Copy* ScratchRules::RegistryState::source() const
{
    // The other value is overwritten only when it is known to be wrong: missing, or naming a
    // folder that is missing or a file. A folder that could not be checked may well be the
    // one the agent uses.
    auto repairs = [](const Copy& from, const Copy& to) {
        if (from.folder != Copy::Folder::Exists || to.readFailed())
            return false;
        return !to.present()
               || (!agent::samePath(from.value, to.value)
                   && (to.folder == Copy::Folder::Missing || to.folder == Copy::Folder::NotAFolder));
    };
    if (repairs(config, provider))
        return &config;
    if (repairs(provider, config))
        return &provider;
    return nullptr;
}

const ScratchRules::Copy* ScratchRules::RegistryState::target() const
{
    const Copy* from = source();
    return from == &config ? &provider : from == &provider ? &config : nullptr;
}

QString ScratchRules::driveProblem(const CheckContext& context, const QString& path)
{
    const Probed<VolumeInfo> volume = context.system().files().volumeInfo(path);
    if (volume.status == ProbeStatus::NotFound)
        return tr("The drive of %1 is not on this computer now (%2); the folder may only be out of reach, not gone.")
                .arg(path, volume.reason);
    if (!volume.ok())
        return tr("Whether the drive of %1 is there could not be checked: %2").arg(path, volume.reason);
    if (!volume.value.online)
        return tr("The drive %1 holding %2 is offline or not ready; the folder may only be out of reach, not gone.")
                .arg(volume.value.root, path);
    return {};
}

ScratchRules::RegistryState ScratchRules::readRegistry(const CheckContext& context)
{
    RegistryState state;
    auto read = [&context](Copy& copy, const QString& key) {
        copy.key = key;
        const Probed<RegistryValue> value = context.system().registry().readRegistry(
                RegistryHive::LocalMachine, key, agent::scratchValue(), RegistryView::Native64);
        copy.status = value.status;
        copy.reason = value.reason;
        if (!value.ok())
            return;
        const bool text = value.value.type == RegistryValue::Type::String
                          || value.value.type == RegistryValue::Type::ExpandString;
        copy.value = text ? value.value.data.toString().trimmed() : QString();
        if (!text)
            copy.reason = tr("The value is not a string (REG_SZ).");
        if (copy.value.isEmpty())
            return;
        const Probed<FileAttributes> folder = context.system().files().fileAttributes(copy.value);
        copy.folderReason = folder.reason;
        if (folder.ok())
            copy.folder =
                    folder.value.testFlag(FileAttribute::Directory) ? Copy::Folder::Exists : Copy::Folder::NotAFolder;
        else
            copy.folder = folder.status == ProbeStatus::NotFound ? Copy::Folder::Missing : Copy::Folder::Unreadable;
    };
    read(state.config, agent::configKey());
    read(state.provider, agent::providerKey());
    return state;
}

} // namespace mars
