// SPDX-License-Identifier: MIT
#pragma once
// A PKCS #12 (PFX) blob opened with the OS's own crypto: on Windows PFXImportCertStore with an
// empty password and PKCS12_NO_PERSIST_KEY (nothing is written to a key container; mars-checks.md
// G3), elsewhere OpenSSL's libcrypto. What comes back is the certificates and whether each has
// its private key; the key itself never leaves this file.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace mars {

enum class PfxStatus : quint8 {
    Read = 1, // opened with an empty password
    NotPfx, // not a PKCS #12 structure at all (a bare certificate is told apart by the caller)
    PasswordProtected, // a PFX, but an empty password does not open it
    Unreadable, // a PFX the OS could not open (damaged, unsupported); detail says why
};

struct PfxCertificate
{
    QSslCertificate certificate; // the public part
    bool hasPrivateKey = false;
};

struct PfxContents
{
    PfxStatus status = PfxStatus::Unreadable;
    QList<PfxCertificate> certificates;
    QString detail; // the OS's words when status is not Read
};

class PfxReader
{
    Q_DECLARE_TR_FUNCTIONS(mars::PfxReader)

public:
    // Above this, a blob is refused unread: a vault credentials file's PFX is a few kilobytes.
    static constexpr qsizetype kMaxBytes = 64 * 1024;
    // Key-derivation rounds above this are refused (OpenSSL path): a hostile file could ask for
    // billions and hold a worker for minutes. Real files use 2,000 to 100,000.
    static constexpr long kMaxIterations = 1000000;

    static PfxContents read(const QByteArray& der);
};

} // namespace mars
