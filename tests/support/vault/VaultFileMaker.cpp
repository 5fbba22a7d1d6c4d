// SPDX-License-Identifier: MIT
// makeVaultFile: the XML around the certificate, as Azure PowerShell writes it. The certificate
// itself comes from OpenSslVaultCertMaker.cpp (Linux) or WindowsVaultCertMaker.cpp (the OS).
#include "vault/VaultFileMaker.h"

#include <QStringEncoder>

namespace mars::test {

QByteArray makeVaultFile(const VaultFileSpec& spec)
{
    const QString xml =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"%1\"?><%2 "
                           "xmlns=\"http://schemas.datacontract.org/2004/07/"
                           "Microsoft.Azure.Portal.RecoveryServices.Models.Common\" "
                           "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><Version>2.0</Version>"
                           "<SubscriptionId>00000000-1111-2222-3333-444444444444</SubscriptionId>"
                           "<ResourceType>Vaults</ResourceType><ResourceName>%3</ResourceName>"
                           "<ManagementCert>%4</ManagementCert><ResourceId>1234567890</ResourceId>"
                           "<ResourceGroup>rg-backup</ResourceGroup><Location>westeurope</Location>"
                           "<ProviderNamespace>Microsoft.RecoveryServices</ProviderNamespace>"
                           "<AadAuthority>https://login.microsoftonline.com</AadAuthority>"
                           "<AadTenantId>%5</AadTenantId>"
                           "<ServicePrincipalClientId>aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee</ServicePrincipalClientId>"
                           "<IdMgmtRestEndpoint>%6</IdMgmtRestEndpoint>"
                           "<AgentLinks i:nil=\"true\"/></%2>")
                    .arg(spec.utf16 ? QStringLiteral("utf-16") : QStringLiteral("utf-8"), spec.root, spec.vault,
                         QString::fromLatin1(makeManagementCert(spec).toBase64()), spec.tenant, spec.backupEndpoint);
    if (!spec.utf16)
        return xml.toUtf8();
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(xml);
}

} // namespace mars::test
