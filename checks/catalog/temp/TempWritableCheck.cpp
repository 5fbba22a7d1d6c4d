// SPDX-License-Identifier: MIT
#include "TempWritableCheck.h"

#include "catalog/common/AccountText.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/RestartElevatedFix.h"
#include "system/SystemProbe.h"

#include <QLocale>

namespace mars {

namespace {
QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

CheckInfo TempWritableCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("F2"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Windows temp folder can be written"),
            .whyItMatters =
                    tr("The agent downloads files to C:\\Windows\\Temp while it installs and registers; when it "
                       "cannot write there, registration fails."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 10000,
            .needs = Requirement::Admin};
}

Finding TempWritableCheck::run(const CheckContext& context) const
{
    const SystemProbe& system = context.system();
    const Probed<QString> dir = system.files().systemTempDir();
    if (!dir.ok()) {
        Finding f = makeFinding(Verdict::Error, tr("The Windows temp folder could not be found, so it could not be "
                                                   "checked."));
        f.detail = dir.reason;
        return f;
    }
    const QString folder = dir.value;
    const bool windowsPath = folder.contains(QLatin1Char('\\'));
    const Probed<bool> writable = system.files().canModifyFolder(folder);
    if (!writable.ok() && writable.status != ProbeStatus::NotFound) {
        Finding f = makeFinding(Verdict::Error, tr("Could not find out whether files can be created in the Windows "
                                                   "temp folder %1.")
                                                        .arg(folder));
        f.detail = writable.reason;
        f.addEvidence(QStringLiteral("folder"), tr("Folder"), folder);
        return f;
    }
    const Probed<AccountInfo> account = system.machine().account();
    const TokenElevation elevation = account.ok() ? account.value.elevation : TokenElevation::NotAdmin;

    Finding f;
    if (writable.status == ProbeStatus::NotFound) {
        f = makeFinding(Verdict::Fail, tr("The Windows temp folder %1 does not exist, so the agent cannot download "
                                          "its files there.")
                                               .arg(folder));
        f.remedy = tr("Ask the IT team to create %1 again with its default permissions (SYSTEM and Administrators: "
                      "full control), then restart Windows.")
                           .arg(folder);
    } else if (!writable.value && elevation == TokenElevation::Elevated) {
        f = makeFinding(Verdict::Fail, tr("Even as administrator, no file can be created in the Windows temp folder "
                                          "%1, so the agent cannot download its files there.")
                                               .arg(folder));
        f.remedy = windowsPath ? tr("Ask the IT team to repair the folder's permissions: SYSTEM and Administrators "
                                    "need full control, for example as administrator: icacls \"%1\" /grant "
                                    "*S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls \"%1\" shows the current "
                                    "ones).")
                                         .arg(folder)
                               : tr("Ask the IT team to repair the folder's permissions (ls -ld \"%1\" shows them).")
                                         .arg(folder);
    } else if (!writable.value) {
        f = makeFinding(Verdict::Warning, tr("The troubleshooter cannot create files in the Windows temp folder %1 "
                                             "without administrator rights, so it cannot tell whether the agent "
                                             "can.")
                                                  .arg(folder));
        if (elevation == TokenElevation::Limited) {
            f.fixIds = QStringList{RestartElevatedFix::id()};
            f.remedy = tr("Start the troubleshooter again as administrator (the wizard's \"Restart as administrator\") "
                          "and run "
                          "this check again.");
        } else {
            f.remedy = tr("Sign in with an account in the local Administrators group and run this check again.");
        }
    } else {
        f = makeFinding(Verdict::Pass,
                        tr("Files can be created in the Windows temp folder %1, so the agent can download its files "
                           "there.")
                                .arg(folder));
    }
    f.addEvidence(QStringLiteral("folder"), tr("Folder"), folder);
    if (writable.ok())
        f.addEvidence(QStringLiteral("writable"), tr("Can create files"), writable.value ? tr("yes") : tr("no"));
    f.addEvidence(QStringLiteral("token"), tr("Token"),
                  account.ok() ? elevationId(elevation) : tr("unknown: %1").arg(account.reason));
    f.detail = tr("canModifyFolder with this process's rights; the agent runs as SYSTEM, for which an administrator's "
                  "full token stands in.");

    if (writable.ok()) {
        const Probed<DiskSpace> space = system.files().diskSpace(folder);
        if (space.ok()) {
            f.addEvidence(QStringLiteral("free_space"), tr("Free space"), size(space.value.free_bytes))
                    .addEvidence(QStringLiteral("total_space"), tr("Volume size"), size(space.value.total_bytes));
            if (space.value.free_bytes < kMinFreeBytes && f.verdict == Verdict::Pass) {
                f.verdict = Verdict::Warning;
                f.summary = tr("Files can be created in the Windows temp folder %1, but its drive has only %2 free, "
                               "too little for the agent's downloads.")
                                    .arg(folder, size(space.value.free_bytes));
                f.remedy = tr("Free at least %1 on the drive of %2 (Disk Cleanup, or move data to another drive).")
                                   .arg(size(kMinFreeBytes), folder);
            }
        } else {
            f.detail += QLatin1Char(' ') + tr("Free space could not be read: %1").arg(space.reason);
        }
        const Probed<FileAttributes> attributes = system.files().fileAttributes(folder);
        if (attributes.ok()) {
            const FileAttributes shown = attributes.value & (FileAttribute::Compressed | FileAttribute::Encrypted);
            f.addEvidence(QStringLiteral("attributes"), tr("Compressed or encrypted"),
                          shown == FileAttributes() ? tr("neither")
                                                    : fileAttributeNames(shown).join(QStringLiteral(", ")));
        }
    }
    return f;
}

} // namespace mars
