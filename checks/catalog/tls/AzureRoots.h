// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The root certificate authorities Azure's TLS endpoints chain to, shared by C7 (is a
// connection's chain one of Azure's?) and C8 (does this server trust them?). Source:
// mars-checks.md §1.6, from Microsoft's "Azure TLS certificate changes"
// (learn.microsoft.com/azure/security/fundamentals/tls-certificate-changes), which lists each
// root with its SHA-1 thumbprint and download link, and asks Windows systems "running in
// disconnected environments" to have the roots added to the Trusted Root store.
namespace mars::tls {

struct AzureRoot
{
    QString id; // evidence id: "digicert_global_root_g2"
    QString name; // the certificate's name as certlm.msc shows it (a name: not translated)
    QByteArray sha1; // SHA-1 thumbprint, lower-case hex
    // One of the two roots C8's rule asks about (mars-checks.md §2 C8): DigiCert Global Root G2
    // and Microsoft RSA Root Certificate Authority 2017.
    bool key = false;
};

// The six, in the catalog's order.
const QList<AzureRoot>& azureRoots();

} // namespace mars::tls
