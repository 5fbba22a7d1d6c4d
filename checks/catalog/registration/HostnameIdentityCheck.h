// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// H3 hostname_identity — under which name does this server meet the vault? A registered server
// that is renamed stops backing up ("Resource not provisioned in service stamp (ID: 230006)",
// TSG; FAQ: the new name has to be registered, and its first backup is a full one).
//  Probe:    MachineProbe::identity() (GetComputerNameExW: NetBIOS name, DNS host name, FQDN;
//            NetGetJoinInformation: domain or workgroup) and the registration H1 reads.
//            Not compared: the name the vault knows. No registry copy of the name the agent
//            registered under was found (searched Microsoft Learn, the azure-docs issues and
//            public scripts for the Config values; only ServiceResourceName, ResourceId and
//            MachineId are documented, UPG-FAQ) — UNCONFIRMED, so no rename can be detected
//            locally and this check never fails on one. Not warned either: a NetBIOS name
//            that is not the DNS host name's first label (15-character limit): no source ties
//            it to MARS registration, so the difference is only noted in the detail.
//  States:   Pass naming the names and the membership; when the server is registered or the
//            goal is to register it again, the sentence reminds that the vault knows it by the
//            name it registered under (ID 230006). Error when the names cannot be read;
//            NotApplicable off Windows or when a simulated machine does not describe them.
//  Deadline: 5 s (local calls only).
//  Fix:      none (renaming back or registering the new name is the customer's decision).
class HostnameIdentityCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(HostnameIdentityCheck)

public:
    static QString id() { return QStringLiteral("hostname_identity"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
