// SPDX-License-Identifier: MIT
#pragma once

#include "network/TlsIdentity.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

namespace mars::test {

// A certificate authority made up at test time, for LoopbackTlsServer: a self-signed root, an
// intermediate signed by it, and server certificates for "localhost" + IP 127.0.0.1. Nothing is
// committed or written to disk; the keys live in this object and die with it.
//
// Qt cannot create certificates, so this uses OpenSSL's libcrypto (linked privately; on Windows,
// where Qt uses schannel and there is no OpenSSL for MinGW, this class is not built and
// MARS_HAVE_THROWAWAY_CA is not defined).
//
//     ThrowawayCa ca;                                  // root + intermediate, EC P-256
//     LoopbackTlsServer server(ca.issueLeaf(ThrowawayCa::Leaf::ViaIntermediate));
//     config.addCaCertificate(ca.root());
//     QCOMPARE(chainRoot.digest(QCryptographicHash::Sha256), ca.rootThumbprint(QCryptographicHash::Sha256));
class ThrowawayCa
{
public:
    enum class KeyAlgorithm { EcP256, Rsa2048 };
    enum class Leaf {
        SignedByRoot, // root -> leaf; the server sends the leaf only
        ViaIntermediate, // root -> intermediate -> leaf; the server sends leaf + intermediate
        Expired, // signed by the root, valid from 2 days ago until yesterday
        SelfSigned, // its own issuer: trusted by nobody
    };

    // Generates the root and the intermediate (EC P-256 takes a few milliseconds, RSA 2048 up to
    // a few hundred). `name` goes into every subject, so two CAs in one test are told apart.
    explicit ThrowawayCa(const QString& name = QStringLiteral("MARS Throwaway"),
                         KeyAlgorithm algorithm = KeyAlgorithm::EcP256);
    ~ThrowawayCa();
    ThrowawayCa(const ThrowawayCa&) = delete;
    ThrowawayCa& operator=(const ThrowawayCa&) = delete;

    // False if OpenSSL failed; errorString() says where.
    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

    QSslCertificate root() const { return m_root; }
    QSslCertificate intermediate() const { return m_intermediate; }
    // The root's thumbprint as Windows shows it (raw digest of the DER; QByteArray::toHex() for
    // text), computed by OpenSSL, so comparing it with QSslCertificate::digest() is a real check.
    QByteArray rootThumbprint(QCryptographicHash::Algorithm algorithm) const;
    QByteArray rootSha1() const { return rootThumbprint(QCryptographicHash::Sha1); }
    QByteArray rootSha256() const { return rootThumbprint(QCryptographicHash::Sha256); }

    // A server certificate for localhost / 127.0.0.1 with a fresh key (null on failure).
    TlsIdentity issueLeaf(Leaf kind = Leaf::SignedByRoot);

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    KeyAlgorithm m_algorithm;
    QString m_name;
    QSslCertificate m_root;
    QSslCertificate m_intermediate;
    QByteArray m_rootSha1;
    QByteArray m_rootSha256;
    QString m_errorString;
};

} // namespace mars::test
