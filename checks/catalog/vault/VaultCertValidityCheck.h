// SPDX-License-Identifier: MIT
#pragma once

#include "VaultFileCheck.h"

namespace mars {

// G3 vaultcred_cert_validity — is the file's certificate usable now: a PFX with its private key,
// inside its validity?
//  Probe:    ManagementCert opened by the OS (system/PfxReader: PFXImportCertStore with an empty
//            password and PKCS12_NO_PERSIST_KEY on Windows, libcrypto on Linux); NotBefore and
//            NotAfter read from the certificate itself (sources disagree on the lifetime, 48 h vs
//            10 days: mars-checks.md §1.7) against Azure's clock from the network survey, else this
//            server's clock (catalog/common/TrustedTime; the finding says which).
//  States:   Fail with reason cert_public_only (the known PowerShell mistake: the public
//            certificate alone), cert_not_pfx, cert_password_protected, cert_unreadable,
//            cert_no_private_key, expired ("Vault credentials file provided has expired"),
//            not_yet_valid (this server's clock is behind); Warning expires_soon (under 12 hours
//            left: not enough for a registration and a retry); Pass with the hours left;
//            NotApplicable without a readable file.
//  Deadline: 20 s (it may wait for the shared survey).
//  Fix:      none (guidance: a fresh file, registered at once; the clock first when it is off).
class VaultCertValidityCheck final : public VaultFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultCertValidityCheck)

public:
    static QString id() { return QStringLiteral("vaultcred_cert_validity"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static constexpr qint64 kWarnBelow_s = 12 * 3600;
};

} // namespace mars
