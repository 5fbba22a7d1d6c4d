// SPDX-License-Identifier: MIT
// PfxReader with OpenSSL's libcrypto (Linux): the same questions PFXImportCertStore answers on
// Windows, asked of the PKCS #12 structure directly.
#include "PfxReader.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

namespace mars {

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
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;

QString lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QSslCertificate toQt(X509* x509)
{
    unsigned char* der = nullptr;
    const int length = i2d_X509(x509, &der);
    if (length <= 0)
        return QSslCertificate();
    const QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return QSslCertificate(bytes, QSsl::Der);
}
} // namespace

PfxContents PfxReader::read(const QByteArray& der)
{
    PfxContents out;
    if (der.isEmpty() || der.size() > kMaxBytes) {
        out.status = PfxStatus::NotPfx;
        return out;
    }
    ERR_clear_error();
    const unsigned char* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &cursor, long(der.size())));
    if (!p12) {
        out.status = PfxStatus::NotPfx;
        out.detail = lastError();
        return out;
    }
    // An empty password is either "" or none at all, depending on the writer; the MAC says which.
    const char* password = "";
    if (PKCS12_mac_present(p12.get())) {
        const ASN1_INTEGER* iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12.get());
        if (iterations && ASN1_INTEGER_get(iterations) > kMaxIterations) {
            out.status = PfxStatus::Unreadable;
            out.detail = tr("the file asks for %1 key-derivation rounds (more than %2)")
                                 .arg(ASN1_INTEGER_get(iterations))
                                 .arg(kMaxIterations);
            return out;
        }
        if (!PKCS12_verify_mac(p12.get(), "", 0)) {
            if (!PKCS12_verify_mac(p12.get(), nullptr, 0)) {
                ERR_clear_error();
                out.status = PfxStatus::PasswordProtected;
                return out;
            }
            password = nullptr;
        }
    }
    EVP_PKEY* rawKey = nullptr;
    X509* rawCert = nullptr;
    STACK_OF(X509)* rawCa = nullptr;
    if (!PKCS12_parse(p12.get(), password, &rawKey, &rawCert, &rawCa)) {
        out.status = PfxStatus::Unreadable;
        out.detail = lastError();
        return out;
    }
    const KeyPtr key(rawKey);
    const X509Ptr cert(rawCert);
    if (cert) {
        // The key belongs to this certificate only if it is the certificate's own key pair.
        const bool matches = key && X509_check_private_key(cert.get(), key.get()) == 1;
        out.certificates.append({toQt(cert.get()), matches});
    }
    for (int i = 0; rawCa && i < sk_X509_num(rawCa); ++i)
        out.certificates.append({toQt(sk_X509_value(rawCa, i)), false});
    sk_X509_pop_free(rawCa, X509_free);
    ERR_clear_error();
    out.status = PfxStatus::Read;
    return out;
}

} // namespace mars
