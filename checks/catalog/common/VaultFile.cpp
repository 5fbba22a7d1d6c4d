// SPDX-License-Identifier: MIT
#include "VaultFile.h"

#include <QDir>

namespace mars {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(mars::VaultFile)
};

// Overwrites a buffer that held key material before it is released.
void wipe(QByteArray* bytes)
{
    bytes->fill('\0');
    bytes->clear();
}

void readCertificate(VaultFile* vault)
{
    QByteArray& der = vault->parse.certificate;
    vault->pfx = PfxReader::read(der);
    if (vault->pfx.status == PfxStatus::NotPfx) {
        // The known PowerShell mistake: the certificate's public part ($cert.RawData) alone.
        const QSslCertificate bare(der, QSsl::Der);
        if (!bare.isNull()) {
            vault->publicCertificateOnly = true;
            vault->certificate = bare;
        }
    }
    for (const PfxCertificate& c : std::as_const(vault->pfx.certificates)) {
        if (c.hasPrivateKey) {
            vault->certificate = c.certificate;
            vault->certificateHasKey = true;
            break;
        }
    }
    if (vault->certificate.isNull() && !vault->pfx.certificates.isEmpty())
        vault->certificate = vault->pfx.certificates.constFirst().certificate;
    wipe(&der);
}
} // namespace

namespace vaultFile {

VaultFile read(const QString& path, InputFiles::Location where)
{
    VaultFile vault;
    if (path.isEmpty())
        return vault;
    Probed<InputFile> in = InputFiles::read(path, kMaxBytes, where);
    vault.path = in.ok() ? in.value.path : QDir::cleanPath(path);
    if (!in.ok()) {
        vault.stage = VaultFileStage::Unreadable;
        vault.reason = QStringLiteral("unreadable");
        vault.sentence = in.reason;
        return vault;
    }
    vault.file = in.value;
    if (!vault.file.read && (vault.file.unc || vault.file.driveType == DriveType::Remote)) {
        vault.stage = VaultFileStage::Unreadable;
        vault.reason = QStringLiteral("network_location");
        vault.sentence = Text::tr("The file is on a network location; it is read only from this server's own disk.");
        return vault;
    }
    if (!vault.file.read) {
        vault.stage = VaultFileStage::TooLarge;
        vault.reason = QStringLiteral("too_large");
        vault.sentence = Text::tr("The file is %1 KB, far larger than a vault credentials file (a few KB): it is not "
                                  "one, or it was damaged.")
                                 .arg((vault.file.size + 1023) / 1024);
        return vault;
    }
    vault.stage = VaultFileStage::Parsed;
    vault.parse = VaultCredentialsParser::parse(vault.file.bytes);
    wipe(&vault.file.bytes);
    vault.reason = vault.parse.reason;
    if (vault.parse.ok)
        readCertificate(&vault);
    return vault;
}

FactsCache::Fact<VaultFile> forRun(const CheckContext& context)
{
    const QString path = context.inputs().vaultCredentialsPath;
    return context.facts().obtain<VaultFile>(QStringLiteral("vault.file"), context.stopToken(),
                                             [path] { return read(path); });
}

} // namespace vaultFile

} // namespace mars
