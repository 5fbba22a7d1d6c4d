// SPDX-License-Identifier: MIT
#include "VaultNewerFileCheck.h"

#include "catalog/common/DocLinks.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace mars {

CheckInfo VaultNewerFileCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("G6"),
            .phases = Phase::Register,
            .title = tr("Vault credentials file: the newest one"),
            .whyItMatters = tr("Each download of vault credentials makes the earlier files of that vault invalid, so "
                               "registering with an older copy fails as \"Invalid vault credentials provided\" (ID: "
                               "34513)."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 10000};
}

Finding VaultNewerFileCheck::run(const CheckContext& context) const
{
    VaultFile vault;
    Finding f;
    if (!readVault(context, Needs::Parsed, &vault, &f))
        return f;
    if (vault.certificate.isNull())
        return makeFinding(Verdict::NotApplicable, tr("The file's certificate could not be read, so it cannot be told "
                                                      "which file is newer (see \"Vault credentials file: "
                                                      "certificate\")."));
    const QString chosen = QFileInfo(vault.path).canonicalFilePath();
    QStringList folders{QFileInfo(vault.path).absolutePath()};
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!downloads.isEmpty())
        folders.append(downloads);
    QSet<QString> seen{chosen};
    int looked = 0;
    QString newestPath;
    QDateTime newest = vault.certificate.effectiveDate();
    for (const QString& folder : std::as_const(folders)) {
        const QFileInfoList entries = QDir(folder).entryInfoList({QStringLiteral("*.VaultCredentials")},
                                                                 QDir::Files | QDir::Readable, QDir::Time);
        for (const QFileInfo& entry : entries) {
            if (looked >= kMaxFiles || seen.contains(entry.canonicalFilePath()))
                continue;
            seen.insert(entry.canonicalFilePath());
            ++looked;
            const VaultFile other = vaultFile::read(entry.absoluteFilePath(), InputFiles::Location::Skip);
            if (!other.parsed() || other.certificate.isNull()
                || other.parse.credentials.resourceName.compare(vault.parse.credentials.resourceName,
                                                                Qt::CaseInsensitive)
                           != 0)
                continue;
            if (other.certificate.effectiveDate() > newest) {
                newest = other.certificate.effectiveDate();
                newestPath = entry.absoluteFilePath();
            }
        }
    }
    Finding result;
    if (!newestPath.isEmpty()) {
        result = judged(Verdict::Warning,
                        tr("A newer file for the vault \"%1\" is at %2 (made %3): only the newest download is valid, "
                           "so the chosen file will be refused.")
                                .arg(vault.parse.credentials.resourceName, QDir::toNativeSeparators(newestPath),
                                     newest.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                        QStringLiteral("newer_file"));
        result.remedy = tr("Choose the newer file (Browse…), or download a fresh one and use it right away.");
        result.addEvidence(QStringLiteral("newer_file"), tr("Newer file"), QDir::toNativeSeparators(newestPath));
    } else {
        result = judged(Verdict::Pass,
                        looked == 0 ? tr("No other vault credentials file lies beside the chosen one or in Downloads.")
                                    : tr("The chosen file is the newest of %n vault credentials file(s) looked at for "
                                         "this vault and its neighbours.",
                                         nullptr, looked + 1),
                        QString());
    }
    result.addEvidence(QStringLiteral("folders"), tr("Folders looked in"),
                       QDir::toNativeSeparators(folders.join(QStringLiteral("; "))));
    return result;
}

} // namespace mars
