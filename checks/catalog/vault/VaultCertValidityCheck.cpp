// SPDX-License-Identifier: MIT
#include "VaultCertValidityCheck.h"

#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"
#include "catalog/common/TrustedTime.h"

namespace mars {

namespace {
QString when(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}
} // namespace

CheckInfo VaultCertValidityCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("G3"),
            .phases = Phase::Register,
            .title = tr("Vault credentials file: certificate"),
            .whyItMatters = tr("Registration signs in with the certificate inside the file. It must carry its private "
                               "key and be used before it expires (a short time after the download), or the agent "
                               "says the file is invalid or has expired."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms};
}

Finding VaultCertValidityCheck::run(const CheckContext& context) const
{
    VaultFile vault;
    Finding f;
    if (!readVault(context, Needs::Parsed, &vault, &f))
        return f;
    const QString download = tr("Download a new vault credentials file in the Azure portal (the vault > Properties > "
                                "Backup Credentials) and register with it right away.");
    Finding result;
    const QSslCertificate& cert = vault.certificate;
    if (vault.publicCertificateOnly) {
        result = judged(Verdict::Fail,
                        tr("The file holds only the public part of its certificate, without the private "
                           "key registration signs in with: it was made by hand (a known PowerShell "
                           "mistake) and the agent calls it expired or invalid."),
                        QStringLiteral("cert_public_only"));
        result.remedy = download + u' '
                        + tr("If it comes from a script, write the certificate's PFX export (with its private key) "
                             "into ManagementCert, not its RawData.");
    } else if (vault.pfx.status == PfxStatus::NotPfx) {
        result = judged(Verdict::Fail,
                        tr("The file's certificate (ManagementCert) is neither a certificate nor a PFX: "
                           "the file is damaged."),
                        QStringLiteral("cert_not_pfx"));
        result.remedy = download;
    } else if (vault.pfx.status == PfxStatus::PasswordProtected) {
        result = judged(Verdict::Fail,
                        tr("The file's certificate is protected by a password; the agent opens it with "
                           "an empty one, so it cannot use it."),
                        QStringLiteral("cert_password_protected"));
        result.remedy = download;
    } else if (vault.pfx.status == PfxStatus::Unreadable || cert.isNull()) {
        result = judged(Verdict::Fail,
                        tr("The file's certificate could not be opened: %1")
                                .arg(vault.pfx.detail.isEmpty() ? tr("it holds no certificate") : vault.pfx.detail),
                        QStringLiteral("cert_unreadable"));
        result.remedy = download;
    } else if (!vault.certificateHasKey) {
        result = judged(Verdict::Fail,
                        tr("The file's certificate comes without its private key, so registration "
                           "cannot sign in with it."),
                        QStringLiteral("cert_no_private_key"));
        result.remedy = download;
    }
    if (!cert.isNull()) {
        result.addEvidence(QStringLiteral("cert_subject"), tr("Certificate subject"),
                           cert.subjectDisplayName().isEmpty()
                                   ? cert.subjectInfo(QSslCertificate::CommonName).join(u", ")
                                   : cert.subjectDisplayName());
        result.addEvidence(QStringLiteral("cert_not_before"), tr("Valid from"), when(cert.effectiveDate()));
        result.addEvidence(QStringLiteral("cert_not_after"), tr("Valid until"), when(cert.expiryDate()));
        result.addEvidence(QStringLiteral("cert_thumbprint"), tr("Thumbprint (SHA-1)"),
                           QString::fromLatin1(cert.digest(QCryptographicHash::Sha1).toHex()));
        result.addEvidence(QStringLiteral("cert_private_key"), tr("Private key included"),
                           vault.certificateHasKey ? tr("yes") : tr("no"));
    }
    if (result.verdict != Verdict::NotRun) // a rule above already decided
        return result;

    const TrustedTime now = trustedTime::now(context);
    if (!now.utc.isValid()) {
        Finding error = probeError(tr("The certificate's dates could not be compared with the time: no clock could be "
                                      "read."),
                                   now.why);
        error.evidence = result.evidence;
        return error;
    }
    const QList<Evidence> evidence = result.evidence;
    const qint64 left_s = now.utc.secsTo(cert.expiryDate());
    const qint64 early_s = now.utc.secsTo(cert.effectiveDate());
    if (left_s <= 0) {
        result = judged(Verdict::Fail,
                        tr("The file's certificate expired on %1 (by %2), so the agent says \"Vault credentials file "
                           "provided has expired\".")
                                .arg(when(cert.expiryDate()), now.source),
                        QStringLiteral("expired"));
        result.remedy = download + u' '
                        + tr("If the file is fresh, this server's clock is wrong: correct it first (see the clock "
                             "check).");
    } else if (early_s > 0) {
        result =
                judged(Verdict::Fail,
                       tr("The file's certificate is valid only from %1, which is still %2 minute(s) ahead by %3: this "
                          "server's clock is behind.")
                               .arg(when(cert.effectiveDate()))
                               .arg((early_s + 59) / 60)
                               .arg(now.source),
                       QStringLiteral("not_yet_valid"));
        result.remedy = tr("Correct this server's clock (see the clock check), then register with the same file.");
    } else if (left_s < kWarnBelow_s) {
        result = judged(Verdict::Warning,
                        tr("The file's certificate expires at %1, in %2 minute(s): register now, or download a new "
                           "file if there may be a retry.")
                                .arg(when(cert.expiryDate()))
                                .arg(left_s / 60),
                        QStringLiteral("expires_soon"));
        result.remedy = download;
    } else {
        result = judged(Verdict::Pass,
                        tr("The file's certificate carries its private key and is valid until %1 (%2 hour(s) left).")
                                .arg(when(cert.expiryDate()))
                                .arg(left_s / 3600),
                        QString());
    }
    result.evidence = evidence;
    result.addEvidence(QStringLiteral("time_reference"), tr("Compared with"), now.source);
    return result;
}

} // namespace mars
