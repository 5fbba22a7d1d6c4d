// SPDX-License-Identifier: MIT
#include "network/ThrowawayCa.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace mars::test {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509* cert) const { X509_free(cert); }
};
struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Bio = std::unique_ptr<BIO, BioFree>;

enum class Role { Root, Intermediate, Server };

constexpr long day_s = 24 * 60 * 60;

QString lastOpenSslError(const char* step)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1String(step), QLatin1String(text));
}

Pkey generateKey(ThrowawayCa::KeyAlgorithm algorithm)
{
    return Pkey(algorithm == ThrowawayCa::KeyAlgorithm::EcP256 ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048));
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool setRandomSerial(X509* cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive, as RFC 5280 asks
    BIGNUM* number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool set = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert));
    BN_free(number);
    return set;
}

// A certificate for `subjectKey`, signed by issuerKey (issuerCert null: self-signed), valid
// from now + notBefore_s to now + notAfter_s.
Cert makeCertificate(Role role, ThrowawayCa::KeyAlgorithm algorithm, EVP_PKEY* subjectKey, const QString& commonName,
                     X509* issuerCert, EVP_PKEY* issuerKey, long notBefore_s, long notAfter_s)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get())
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBefore_s)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfter_s) || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return nullptr;

    X509_NAME* subject = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>("MARS Troubleshooter tests"), -1, -1, 0)
                != 1
        || X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0)
                   != 1)
        return nullptr;
    X509* issuer = issuerCert ? issuerCert : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer)) != 1)
        return nullptr;

    // The subject key id first: the authority key id of a self-signed certificate refers to it.
    bool ok = addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    switch (role) {
    case Role::Root:
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE")
             && addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case Role::Intermediate:
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
             && addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case Role::Server:
        // An ECDSA key only signs; an RSA key may also be used for RSA key exchange.
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
             && addExtension(cert.get(), issuer, NID_key_usage,
                             algorithm == ThrowawayCa::KeyAlgorithm::EcP256
                                     ? "critical,digitalSignature"
                                     : "critical,digitalSignature,keyEncipherment")
             && addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth")
             && addExtension(cert.get(), issuer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
        break;
    }
    ok = ok && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QSslCertificate toQt(X509* cert)
{
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length <= 0)
        return QSslCertificate();
    const QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return QSslCertificate(bytes, QSsl::Der);
}

QSslKey toQt(EVP_PKEY* key, ThrowawayCa::KeyAlgorithm algorithm)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QSslKey(QByteArray(data, static_cast<qsizetype>(length)),
                   algorithm == ThrowawayCa::KeyAlgorithm::EcP256 ? QSsl::Ec : QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
}

QByteArray digest(X509* cert, const EVP_MD* md)
{
    unsigned char bytes[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, md, bytes, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(length));
}

} // namespace

struct ThrowawayCa::Keys
{
    Pkey rootKey;
    Cert rootCert;
    Pkey intermediateKey;
    Cert intermediateCert;
};

ThrowawayCa::ThrowawayCa(const QString& name, KeyAlgorithm algorithm)
    : m_keys(std::make_unique<Keys>())
    , m_algorithm(algorithm)
    , m_name(name)
{
    m_keys->rootKey = generateKey(algorithm);
    m_keys->intermediateKey = generateKey(algorithm);
    if (!m_keys->rootKey || !m_keys->intermediateKey) {
        m_errorString = lastOpenSslError("key generation");
        return;
    }
    // Valid from an hour ago (a client clock slightly behind still accepts it) for 30 days.
    m_keys->rootCert = makeCertificate(Role::Root, algorithm, m_keys->rootKey.get(), name + QStringLiteral(" Root CA"),
                                       nullptr, m_keys->rootKey.get(), -3600, 30 * day_s);
    if (m_keys->rootCert) {
        m_keys->intermediateCert = makeCertificate(Role::Intermediate, algorithm, m_keys->intermediateKey.get(),
                                                   name + QStringLiteral(" Intermediate CA"), m_keys->rootCert.get(),
                                                   m_keys->rootKey.get(), -3600, 30 * day_s);
    }
    if (!m_keys->rootCert || !m_keys->intermediateCert) {
        m_errorString = lastOpenSslError("CA certificate");
        return;
    }
    m_root = toQt(m_keys->rootCert.get());
    m_intermediate = toQt(m_keys->intermediateCert.get());
    m_rootSha1 = digest(m_keys->rootCert.get(), EVP_sha1());
    m_rootSha256 = digest(m_keys->rootCert.get(), EVP_sha256());
    if (m_root.isNull() || m_intermediate.isNull() || m_rootSha1.isEmpty() || m_rootSha256.isEmpty())
        m_errorString = QStringLiteral("converting the CA certificates for Qt failed");
}

ThrowawayCa::~ThrowawayCa() = default;

QByteArray ThrowawayCa::rootThumbprint(QCryptographicHash::Algorithm algorithm) const
{
    switch (algorithm) {
    case QCryptographicHash::Sha1: return m_rootSha1;
    case QCryptographicHash::Sha256: return m_rootSha256;
    default: return {};
    }
}

TlsIdentity ThrowawayCa::issueLeaf(Leaf kind)
{
    if (!isValid())
        return TlsIdentity();
    Pkey key = generateKey(m_algorithm);
    if (!key)
        return TlsIdentity();

    X509* issuerCert = m_keys->rootCert.get();
    EVP_PKEY* issuerKey = m_keys->rootKey.get();
    long notBefore_s = -3600;
    long notAfter_s = 7 * day_s;
    switch (kind) {
    case Leaf::SignedByRoot: break;
    case Leaf::ViaIntermediate:
        issuerCert = m_keys->intermediateCert.get();
        issuerKey = m_keys->intermediateKey.get();
        break;
    case Leaf::Expired:
        notBefore_s = -2 * day_s;
        notAfter_s = -day_s;
        break;
    case Leaf::SelfSigned:
        issuerCert = nullptr;
        issuerKey = key.get();
        break;
    }
    const Cert cert = makeCertificate(Role::Server, m_algorithm, key.get(), QStringLiteral("localhost"), issuerCert,
                                      issuerKey, notBefore_s, notAfter_s);
    if (!cert)
        return TlsIdentity();
    TlsIdentity identity;
    identity.certificate = toQt(cert.get());
    identity.privateKey = toQt(key.get(), m_algorithm);
    if (kind == Leaf::ViaIntermediate)
        identity.chain = {m_intermediate};
    return identity;
}

} // namespace mars::test
