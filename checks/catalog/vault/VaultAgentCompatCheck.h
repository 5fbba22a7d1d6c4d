// SPDX-License-Identifier: MIT
#pragma once

#include "VaultFileCheck.h"

namespace mars {

// G4 vaultcred_agent_compat — can the installed agent read a vault credentials file of today?
//  Probe:    the version of <InstallPath>\bin\cbengine.exe (GetFileVersionInfoW), against
//            2.0.9249.0 (agent/AgentVersions: "a new parameter … parsed only by 2.0.9249.0 and
//            above", FAQ / TSG).
//  States:   Fail reason agent_too_old below it; Pass at or above; NotApplicable without a
//            readable file, off Windows, or when the agent is not installed (the installed-agent
//            check says so); Error when the version cannot be read.
//  Deadline: 5 s.
//  Fix:      none (guidance: upgrade the agent in place; its registration stays).
class VaultAgentCompatCheck final : public VaultFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultAgentCompatCheck)

public:
    static QString id() { return QStringLiteral("vaultcred_agent_compat"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
