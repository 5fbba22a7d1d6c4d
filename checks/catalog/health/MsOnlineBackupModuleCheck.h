// SPDX-License-Identifier: MIT
#pragma once

#include "AgentHealthCheck.h"

namespace mars {

// I8 msonlinebackup_module_files — is the agent's PowerShell module (MSOnlineBackup) in place?
// The agent's scheduled backups and Start-OBRegistration run its cmdlets. Sources:
// mars-checks.md §1.1 and I8; TSG ("Ensure there are no missing or corrupt PowerShell module
// MSOnlineBackup files": copy the folder from a healthy machine), 12/2022.
//  Probe:    pathDetails(<InstallPath>\bin\Modules\MSOnlineBackup\MSOnlineBackup.psd1), and of
//            its folder to say which is missing. Import-Module is not tried (no PowerShell is
//            run by this tool).
//  States:   Pass the manifest exists; Fail it or its folder is missing (GUIDE: reinstall the
//            agent, safer than copying files from another server); NotApplicable without an
//            agent or off Windows; Error when the path cannot be read.
//  Deadline: 5 s.
//  Fix:      none (guidance).
class MsOnlineBackupModuleCheck final : public AgentHealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(MsOnlineBackupModuleCheck)

public:
    static QString id() { return QStringLiteral("msonlinebackup_module_files"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // <install folder>\bin\Modules and its MSOnlineBackup folder, where the module lives.
    static QString modulesFolder(const QString& installDir);
    static QString moduleFolder(const QString& installDir);
};

} // namespace mars
