// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace mars::test {

// What a TLS server presents: its certificate, the matching private key, and the certificates
// it sends after its own (intermediates; append the root to send a full chain). A plain value,
// independent of how it was made (ThrowawayCa on Linux), so LoopbackTlsServer builds everywhere.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QList<QSslCertificate> chain;

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }
};

} // namespace mars::test
