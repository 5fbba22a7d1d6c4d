// SPDX-License-Identifier: MIT
#include "VaultFileLocationCheck.h"

#include "catalog/common/DocLinks.h"

#include <QDir>
#include <QFileInfo>

namespace mars {

CheckInfo VaultFileLocationCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("G1"),
            .phases = Phase::Register,
            .title = tr("Vault credentials file: name and place"),
            .whyItMatters = tr("The agent reads the vault credentials file only from this server's own disks and only "
                               "under its original .VaultCredentials name; otherwise registration fails with \"Invalid "
                               "vault credentials provided\" (ID: 34513) or \"Unable to read the vault credentials "
                               "file provided\" (ID: 34528)."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding VaultFileLocationCheck::run(const CheckContext& context) const
{
    VaultFile vault;
    Finding f;
    if (!readVault(context, Needs::File, &vault, &f))
        return f;
    const QString shown = QDir::toNativeSeparators(vault.path);
    const QString download = tr("Download a new file in the Azure portal (the vault > Properties > Backup "
                                "Credentials > Download) and choose it here without renaming it.");
    Finding result;
    if (vault.file.unc || vault.file.driveType == DriveType::Remote) {
        result = judged(
                Verdict::Fail,
                tr("The file is on a network location (%1); the agent needs it on this server's own disk.").arg(shown),
                QStringLiteral("network_location"));
        result.remedy = tr("Copy the file to a folder on this server (for example your Downloads folder), keep its "
                           "name, and choose the copy.");
    } else if (vault.stage == VaultFileStage::Unreadable) {
        result = judged(Verdict::Fail, tr("The vault credentials file cannot be read: %1").arg(vault.sentence),
                        vault.reason);
        result.remedy = tr("Check the path and that your account may read the file; or download it again. The agent "
                           "would say \"Unable to read the vault credentials file provided\" (ID: 34528).");
    } else if (!QFileInfo(vault.path).fileName().endsWith(QLatin1String(".VaultCredentials"), Qt::CaseInsensitive)) {
        result = judged(Verdict::Fail,
                        tr("The file is called \"%1\", but the agent only accepts files ending in .VaultCredentials "
                           "(a renamed file is refused as invalid).")
                                .arg(QFileInfo(vault.path).fileName()),
                        QStringLiteral("extension"));
        result.remedy = tr("Give the file back its .VaultCredentials ending if it was renamed (a browser sometimes "
                           "adds .xml or .txt), or: %1")
                                .arg(download);
    } else if (vault.stage == VaultFileStage::TooLarge) {
        result = judged(Verdict::Fail, vault.sentence, vault.reason);
        result.remedy = download;
    } else {
        result = judged(Verdict::Pass,
                        tr("The vault credentials file is on this server's disk under its original "
                           "kind of name."),
                        QString());
    }
    result.addEvidence(QStringLiteral("path"), tr("File"), shown);
    if (vault.stage != VaultFileStage::Unreadable) {
        result.addEvidence(QStringLiteral("size"), tr("Size"),
                           tr("%n byte(s)", nullptr, int(qMin<qint64>(vault.file.size, INT_MAX))));
        if (!vault.file.canonicalPath.isEmpty() && vault.file.canonicalPath != vault.path)
            result.addEvidence(QStringLiteral("canonical_path"), tr("Resolves to"),
                               QDir::toNativeSeparators(vault.file.canonicalPath));
    }
    result.detail = tr("Start-OBRegistration also needs the file's absolute path (relative paths are refused).");
    return result;
}

} // namespace mars
