// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// H2 reregistration_checklist — what must be true before a server is registered again.
//  Probe:    the registration H1 reads (agent/AgentRegistration, shared) and the computer's
//            names (MachineProbe::identity) for the "same machine name" item.
//  States:   Warning, one finding whose evidence is the four items, when the goal is
//            "Register this server again" or an earlier registration is recorded: (1) the server
//            deleted in the portal (vault > Backup Infrastructure > Protected Servers), (2) the
//            agent uninstalled and installed again when moving vaults, (3) the passphrase of the
//            first registration (FAQ: with a different one the older backups cannot be
//            restored), (4) the same machine name (TSG: a renamed server gets "Resource not
//            provisioned in service stamp (ID: 230006)"). NotApplicable otherwise and off
//            Windows; Error when the registration cannot be read and the goal does not decide.
//            The items cannot be verified from the server (the portal and the passphrase are not
//            visible here), hence a Warning, never a Fail.
//  Sources:  mars-checks.md H2: SELFHELP, TSG, FAQ; MicrosoftDocs/azure-docs#15033 (deleting
//            the server in Backup Infrastructure and reinstalling solved "activation did not
//            complete").
//  Deadline: 5 s.
//  Fix:      none (guidance).
class ReregistrationChecklistCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReregistrationChecklistCheck)

public:
    static QString id() { return QStringLiteral("reregistration_checklist"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
