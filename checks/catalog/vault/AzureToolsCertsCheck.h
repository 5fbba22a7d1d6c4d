// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// G8 windows_azure_tools_certs — leftover "Windows Azure Tools" certificates in Personal.
//  Sources:  MABS-TSG (registration fails with "Invalid vault credentials provided": remove the
//            "Windows Azure Tools" certificate from Personal and retry); PS-SRC CertUtils.cs (the
//            vault credentials' certificates are self-signed, issuer CN=Windows Azure Tools).
//            How many count as "many" is not documented: more than 5 is this tool's guess.
//  Probe:    network().personalCertificates(LocalMachine) and (CurrentUser): those whose issuer's
//            common name is "Windows Azure Tools"; their count, NotAfter against this machine's
//            clock, and whether a private key is associated. The stores are never changed.
//  States:   Warning (guidance only) for more than 5 of them or any expired one; Pass for none
//            or a few valid ones; Error when a store cannot be read; NotApplicable off Windows.
//  Deadline: 5 s.
//  Fix:      none, on purpose: a registered agent or other Azure tooling may use one, so the
//            remedy says how to look and remove by hand, never deletes.
class AzureToolsCertsCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(AzureToolsCertsCheck)

public:
    static QString id() { return QStringLiteral("windows_azure_tools_certs"); }
    static constexpr int kManyCertificates = 5; // more than this is a Warning
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
