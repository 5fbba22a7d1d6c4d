// SPDX-License-Identifier: MIT
// makeManagementCert with OpenSSL's libcrypto (Linux; Windows uses the OS:
// WindowsVaultCertMaker.cpp).
#include "vault/VaultFileMaker.h"

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

QString makerError()
{
    return QStringLiteral("libcrypto could not make the certificate");
}

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

} // namespace mars::test
