// SPDX-License-Identifier: MIT
#pragma once
// Vault credentials files made at test time (nothing committed): a self-signed
// "CN=Windows Azure Tools" certificate with chosen dates, wrapped as the file's ManagementCert
// the way Azure PowerShell writes it (mars-checks.md §1.7), and the ways files go wrong.
// Qt cannot make certificates: libcrypto makes them on Linux, the OS (CertCreateSelfSignCertificate,
// PFXExportCertStoreEx) on Windows.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mars::test {

struct VaultFileSpec
{
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-600);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addSecs(48 * 3600);
    enum class Cert : quint8 { PfxWithKey, PfxWithoutKey, PfxWithPassword, PublicOnly, NotACertificate };
    Cert cert = Cert::PfxWithKey;
    QString vault = QStringLiteral("contoso-vault");
    QString tenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    QString root = QStringLiteral("RSBackupVaultAADCreds");
    QString backupEndpoint = QStringLiteral("https://pod01-id1.weu.backup.windowsazure.com");
    bool utf16 = false;
};

// The certificate's encoded ManagementCert bytes (DER), empty when the crypto library or the OS
// could not make it (makerError() then says why: under Wine, for instance, a PFX export).
QByteArray makeManagementCert(const VaultFileSpec& spec);
QString makerError();
// The whole file, as bytes.
QByteArray makeVaultFile(const VaultFileSpec& spec);

} // namespace mars::test
