// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// Base of the agent runtime checks (catalog I) that look inside an installed agent: its
// management agent, its logs, its PowerShell module. Without an agent there is nothing to look
// at (NotApplicable: existing_agent_install and obengine_service say "install it first").
class AgentHealthCheck : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(AgentHealthCheck)

protected:
    // True on Windows with the agent installed, `installDir` its folder (InstallPath, tidied).
    // `os`, when given, gets the Windows version. Otherwise false with `finding` set: NotApplicable off Windows or
    // without an agent, Error when the Windows version or InstallPath cannot be read.
    bool readInstalledAgent(const CheckContext& context, QString* installDir, Finding* finding,
                            OsInfo* os = nullptr) const;
};

} // namespace mars
