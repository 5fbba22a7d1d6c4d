// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// C8 azure_roots_present — does this server trust the root certificate authorities Azure's TLS
// endpoints chain to, or may Windows at least fetch them when a connection needs them?
//  Probe:    NetworkSettingsProbe::localMachineRoots for the six roots of tls::azureRoots()
//            (LocalMachine\Root, looked up by SHA-1 thumbprint), and the REG_DWORD
//            DisableRootAutoUpdate in HKLM\SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot
//            (the policy "Turn off Automatic Root Certificates Update"), through RegistryProbe.
//  States:   Pass when DigiCert Global Root G2 or Microsoft RSA Root Certificate Authority 2017 is
//            in the store (all six named when all are there, else the missing ones named); Pass
//            too when both are missing and root auto-update is on: Windows fetches a root from
//            Windows Update (ctldl.windowsupdate.com) the first time a chain needs it. Warning
//            when both are missing and DisableRootAutoUpdate is a number other than 0: a
//            locked-down server cannot fetch them. NotApplicable off Windows; Error when the
//            store cannot be opened or searched, or when the policy value cannot be read and
//            decides the verdict.
//  Deadline: 5 s (local reads only, no network).
//  Fix:      none (guidance: import the two roots into LocalMachine\Root, or allow root
//            auto-update). Trusting a root authority is the customer's security team's decision.
class AzureRootsCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(AzureRootsCheck)

public:
    static QString id() { return QStringLiteral("azure_roots_present"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // Where the policy value lives (below HKLM) and its name.
    static QString policyKey();
    static QString policyValue();
};

} // namespace mars
