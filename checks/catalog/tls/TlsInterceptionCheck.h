// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

#include <QByteArray>
#include <QList>

namespace mars {

// C7 tls_interception_detect — are the HTTPS connections to Azure Azure's own, or does a
// device in between open them (TLS inspection), or is the certificate not trusted at all?
//  Probe:    the run's network survey: for every HTTPS exchange that got past the TLS layer or
//            stopped at it with certificate errors, the root CA its chain ends in (name and
//            SHA-1 thumbprint, found in the machine's store when the server does not send it)
//            against the six roots Azure's TLS endpoints chain to (mars-checks.md §1.6).
//  States:   Pass when every chain ends in an Azure root; Warning when one ends elsewhere ("the
//            connection is inspected by 'Contoso Inspection CA'": UNCONFIRMED that Microsoft
//            forbids it, but registration signs in with a client certificate, which inspection
//            breaks); Fail when a certificate is not trusted (untrusted issuer, expired, wrong
//            host name: each said so); NotApplicable when no HTTPS exchange reached TLS, and off
//            Windows; Error when the survey could not run.
//  Deadline: 20 s (it reads the shared survey).
//  Fix:      none (guidance: exempt the Azure addresses from inspection).
class TlsInterceptionCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(TlsInterceptionCheck)

public:
    static QString id() { return QStringLiteral("tls_interception_detect"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // The SHA-1 thumbprints (lower-case hex) of the roots Azure's TLS endpoints chain to
    // (tls::azureRoots(), AzureRoots.h).
    static const QList<QByteArray>& azureRoots();
};

} // namespace mars
