// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// H1 registration_state — is the agent installed, and is this server registered, to which
// vault? The classification (agent/AgentRegistration, shared with H2 and H3) names the vault;
// comparing it with a chosen vault credentials file is G5's job (ID 100110), not repeated here.
//  Probe:    HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Setup InstallPath; Config values
//            ServiceResourceName, ResourceId, MachineId (UPG-FAQ: ServiceResourceName names the
//            vault; without it ResourceId and MachineId identify the registration); the obengine
//            service (evidence only: A11 judges the installation). A ResourceId in the ARM form
//            gives the subscription and resource group.
//            UNCONFIRMED which value definitively means "registered" (see AgentRegistration.h):
//            research found only UPG-FAQ; the registry is not corroborated with
//            Get-OBMachineSetting (PowerShell is not run), so a registered server is a Warning at
//            worst, never a Fail.
//  States:   not installed: Fail when registering ("install the agent first"), Pass for an
//            installation. Installed, not registered: Pass when registering; Warning when
//            re-registering (no earlier registration on record). Registered: Warning when
//            registering (re-registration rules apply: same vault's file, or a deliberate move),
//            Pass when re-registering. Error when a value cannot be read; NotApplicable off
//            Windows.
//  Deadline: 5 s (registry and service manager only).
//  Fix:      none: every way out is a decision for the customer (guidance in the remedy).
//  Also:     the vault-side limits (H5: 50 MARS agents per vault, BFAQ; the causes of ID 403,
//            TSG) cannot be probed from the server: they are named in this check's detail
//            instead of a check that could never fail.
class RegistrationStateCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationStateCheck)

public:
    static QString id() { return QStringLiteral("registration_state"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
