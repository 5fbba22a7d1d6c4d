// SPDX-License-Identifier: MIT
#pragma once

#include "VaultFileCheck.h"

namespace mars {

// G5 vaultcred_matches_registered_vault — is this server already registered to another vault?
//  Probe:    HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config value ServiceResourceName (the
//            vault the agent is registered to; UPG-FAQ, mars-checks.md G5) against the file's
//            ResourceName, compared case-insensitively as Azure resource names are.
//  States:   Fail reason other_vault when they differ: the agent would answer "The specified vault
//            credential file cannot be used as it is not downloaded from the vault associated with
//            this server (ID: 100110)"; Pass when it is the same vault or the server is not
//            registered yet; NotApplicable without a readable file or off Windows; Error when the
//            value cannot be read.
//  Deadline: 5 s.
//  Fix:      none: moving a server to another vault is a deliberate act (guidance names both ways).
class VaultRegisteredVaultCheck final : public VaultFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultRegisteredVaultCheck)

public:
    static QString id() { return QStringLiteral("vaultcred_matches_registered_vault"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
