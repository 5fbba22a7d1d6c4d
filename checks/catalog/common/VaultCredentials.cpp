// SPDX-License-Identifier: MIT
#include "VaultCredentials.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

namespace mars {

namespace {
// The elements PowerShell's RSBackupVaultAADCreds writes (Azure PowerShell source, mars-checks.md
// §1.7) and the ones registration cannot do without (catalog G2).
struct Field
{
    const char16_t* name;
    QString VaultCredentials::*member;
    bool required;
};
const Field kFields[] = {
        {u"Version", &VaultCredentials::version, false},
        {u"SubscriptionId", &VaultCredentials::subscriptionId, true},
        {u"ResourceType", &VaultCredentials::resourceType, false},
        {u"ResourceName", &VaultCredentials::resourceName, true},
        {u"ResourceId", &VaultCredentials::resourceId, false},
        {u"ResourceGroup", &VaultCredentials::resourceGroup, false},
        {u"Location", &VaultCredentials::location, false},
        {u"ProviderNamespace", &VaultCredentials::providerNamespace, false},
        {u"AadAuthority", &VaultCredentials::aadAuthority, true},
        {u"AadTenantId", &VaultCredentials::aadTenantId, true},
        {u"ServicePrincipalClientId", &VaultCredentials::servicePrincipalClientId, true},
        {u"IdMgmtRestEndpoint", &VaultCredentials::idMgmtRestEndpoint, false},
};

// UTF-16 needs its BOM to be told from UTF-8 reliably; a file without one is read as UTF-8.
bool decode(const QByteArray& bytes, QString* text)
{
    const auto encoding = QStringConverter::encodingForData(bytes);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

VaultCredentialsParser::Outcome refuse(VaultCredentialsParser::Outcome out, const char* reason, const QString& sentence)
{
    out.ok = false;
    out.reason = QString::fromLatin1(reason);
    out.sentence = sentence;
    return out;
}
} // namespace

QString VaultCredentialsParser::backupNamespace()
{
    return QStringLiteral(
            "http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common");
}

VaultCredentialsParser::Outcome VaultCredentialsParser::parse(const QByteArray& bytes)
{
    Outcome out;
    QString text;
    if (!decode(bytes, &text))
        return refuse(out, vaultRule::kEncoding,
                      tr("The file is not text in UTF-8 or UTF-16: it is damaged or not a "
                         "vault credentials file."));
    QXmlStreamReader xml(text);
    int tokens = 0;
    int depth = 0;
    bool rootSeen = false;
    QByteArray certText;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (++tokens > kMaxTokens)
            return refuse(out, vaultRule::kTooComplex,
                          tr("The file holds far more XML than a vault credentials file "
                             "does: it is not one."));
        switch (token) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            // A DataContractSerializer never writes one; refusing it means no entity is expanded.
            return refuse(out, vaultRule::kDtd,
                          tr("The file carries a document type declaration (DTD), which a vault "
                             "credentials file never has: it was altered or is not one."));
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1) {
                rootSeen = true;
                const QStringView root = xml.name();
                if (root == u"RSVaultAsrCreds")
                    return refuse(out, vaultRule::kSiteRecovery,
                                  tr("This is an Azure Site Recovery credentials file, not a Backup one: download the "
                                     "vault credentials from the vault's Backup settings (Properties > Backup "
                                     "Credentials)."));
                if (root != u"RSBackupVaultAADCreds")
                    return refuse(out, vaultRule::kWrongRoot,
                                  tr("The file is XML, but not a vault credentials file: it starts with <%1> instead "
                                     "of <RSBackupVaultAADCreds>.")
                                          .arg(root.left(60)));
                if (xml.namespaceUri() != backupNamespace())
                    return refuse(out, vaultRule::kWrongNamespace,
                                  tr("The file's <RSBackupVaultAADCreds> is not in the namespace the agent reads "
                                     "(%1): it was edited or made by hand.")
                                          .arg(xml.namespaceUri().left(120)));
            } else if (depth == 2) {
                const QString name = xml.name().toString();
                const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                --depth; // readElementText consumed the end element
                if (name == u"ManagementCert") {
                    certText = value.toLatin1();
                    continue;
                }
                for (const Field& f : kFields) {
                    if (name == f.name)
                        out.credentials.*f.member = value;
                }
            }
            break;
        case QXmlStreamReader::EndElement: --depth; break;
        default: break;
        }
    }
    if (xml.hasError() || !rootSeen)
        return refuse(out, vaultRule::kNotXml,
                      tr("The file is not valid XML (%1 at line %2): it is damaged, cut short or not a vault "
                         "credentials file.")
                              .arg(rootSeen || xml.hasError() ? xml.errorString() : tr("no element"))
                              .arg(xml.lineNumber()));
    QStringList missing;
    for (const Field& f : kFields) {
        if (f.required && (out.credentials.*f.member).isEmpty())
            missing.append(QString::fromUtf16(f.name));
    }
    if (certText.isEmpty())
        missing.append(QStringLiteral("ManagementCert"));
    if (!missing.isEmpty())
        return refuse(out, vaultRule::kMissingField,
                      tr("The file lacks %1, which registration needs: it is incomplete or was edited.")
                              .arg(missing.join(QStringLiteral(", "))));
    QByteArray compact = certText;
    compact.replace(' ', QByteArray())
            .replace('\n', QByteArray())
            .replace('\r', QByteArray())
            .replace('\t', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return refuse(out, vaultRule::kCertNotBase64,
                      tr("The file's certificate (ManagementCert) is not valid base-64: the file is damaged."));
    out.certificate = decoded.decoded;
    out.ok = true;
    // The local copies of the secret are overwritten before their buffers are released (on the
    // refusals above the certificate was never decoded; the caller wipes the file's bytes).
    certText.fill('\0');
    compact.fill('\0');
    text.fill(QChar(0));
    return out;
}

} // namespace mars
