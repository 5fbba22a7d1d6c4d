// SPDX-License-Identifier: MIT
#pragma once
// The vault credentials file's XML (mars-checks.md §1.7): what it names and the rule it breaks,
// read with QXmlStreamReader from bytes already in memory. Pure: no file, no OS.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace mars {

// What a Backup vault credentials file names. Its ManagementCert (the PFX with the private key
// that lets anyone register a server to the vault) is not kept here: the parser hands it over
// decoded, as Outcome::certificate, which its owner (VaultFile) wipes once it has been read.
struct VaultCredentials
{
    QString version;
    QString subscriptionId;
    QString resourceType;
    QString resourceName; // the vault
    QString resourceId;
    QString resourceGroup;
    QString location; // region
    QString providerNamespace;
    QString aadAuthority; // https://login.microsoftonline.com (Entra ID for the vault's cloud)
    QString aadTenantId;
    QString servicePrincipalClientId;
    QString idMgmtRestEndpoint; // the Backup service's host, as a URL
};

// Stable ids of the rules a file can break: the JSON report's "reason" of the vaultcred_* checks.
namespace vaultRule {
inline constexpr char kEncoding[] = "encoding"; // neither UTF-8 nor UTF-16
inline constexpr char kNotXml[] = "not_xml";
inline constexpr char kDtd[] = "dtd"; // a DOCTYPE or entity: never in a real file, refused unread
inline constexpr char kTooComplex[] = "too_complex"; // more elements than any real file has
inline constexpr char kSiteRecovery[] = "site_recovery_file";
inline constexpr char kWrongRoot[] = "wrong_root";
inline constexpr char kWrongNamespace[] = "wrong_namespace";
inline constexpr char kMissingField[] = "missing_field";
inline constexpr char kCertNotBase64[] = "cert_not_base64";
} // namespace vaultRule

class VaultCredentialsParser
{
    Q_DECLARE_TR_FUNCTIONS(mars::VaultCredentialsParser)

public:
    static QString backupNamespace(); // the DataContract namespace of RSBackupVaultAADCreds

    struct Outcome
    {
        bool ok = false;
        QString reason; // a vaultRule id when !ok
        QString sentence; // plain words when !ok
        VaultCredentials credentials; // what could be read (also when !ok, for the evidence)
        QByteArray certificate; // ManagementCert decoded (DER of a PFX or a certificate): a secret
    };
    // UTF-8 (with or without BOM) or UTF-16 with a BOM. Bounded: refuses any DTD (so no entity is
    // ever expanded) and stops after kMaxTokens tokens.
    static Outcome parse(const QByteArray& bytes);

    static constexpr int kMaxTokens = 2000;
};

} // namespace mars
