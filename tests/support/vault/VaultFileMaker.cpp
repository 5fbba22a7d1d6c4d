// SPDX-License-Identifier: MIT
#include "vault/VaultFileMaker.h"

#include <QStringEncoder>

#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

namespace mars::test {

namespace {
template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T* p) const
    {
        Free(p);
    }
};

QByteArray der(X509* cert)
{
    unsigned char* out = nullptr;
    const int n = i2d_X509(cert, &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), qMax(n, 0));
    OPENSSL_free(out);
    return bytes;
}
} // namespace

QByteArray makeManagementCert(const VaultFileSpec& spec)
{
    if (spec.cert == VaultFileSpec::Cert::NotACertificate)
        return QByteArray("this is not a certificate at all");
    std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, Deleter<X509_free>> cert(X509_new());
    if (!key || !cert)
        return {};
    X509_set_version(cert.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(spec.notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(spec.notAfter.toSecsSinceEpoch()));
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Windows Azure Tools"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_set_pubkey(cert.get(), key.get());
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return {};
    if (spec.cert == VaultFileSpec::Cert::PublicOnly)
        return der(cert.get());
    const bool withKey = spec.cert != VaultFileSpec::Cert::PfxWithoutKey;
    const char* password = spec.cert == VaultFileSpec::Cert::PfxWithPassword ? "not-empty" : "";
    std::unique_ptr<PKCS12, Deleter<PKCS12_free>> p12(
            PKCS12_create(password, "vault", withKey ? key.get() : nullptr, cert.get(), nullptr, 0, 0, 0, 0, 0));
    if (!p12)
        return {};
    unsigned char* out = nullptr;
    const int n = i2d_PKCS12(p12.get(), &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), qMax(n, 0));
    OPENSSL_free(out);
    return bytes;
}

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
