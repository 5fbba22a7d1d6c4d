// SPDX-License-Identifier: MIT
#pragma once

#include "AgentHealthCheck.h"

namespace mars {

// I7 psmodulepath_and_execution_policy — can PowerShell find and load the agent's module, which
// its scheduled backups run? Sources: TSG 12/2022 ("Ensure this path is part of PSMODULEPATH:
// <install>\bin\Modules\MSOnlineBackup"; "If the execution policy for LocalMachine is set to
// restricted, the PowerShell cmdlet that triggers the backup task might fail": set RemoteSigned
// or Unrestricted; restart the server afterwards); AUTO (backup-client-automation, 12/2019: "The
// agent installer doesn't update $Env:PSModulePath", add <install>\bin\Modules);
// about_Execution_Policies (PowerShell 5.1 docs, 05/2024): precedence MachinePolicy (Group
// Policy "Turn on Script Execution") > ... > LocalMachine; all Undefined = RemoteSigned on
// Windows Server, Restricted on clients.
//  UNCONFIRMED: which PSModulePath form the agent needs (TSG names the module folder, AUTO its
//            parent; PowerShell looks for modules in sub-folders of each entry, so the parent is
//            the working form): either passes, and a missing entry is only a Warning (AUTO says
//            the installer does not add one). The default on servers older than 2012 R2
//            (Restricted, from a third-party table) is a Warning, not a Fail.
//  Probe:    HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment PSModulePath
//            (%SystemRoot%, %windir% and %ProgramFiles% expanded from the known folders);
//            HKLM\SOFTWARE\Policies\Microsoft\Windows\PowerShell EnableScripts (0 = Restricted)
//            and ExecutionPolicy (MachinePolicy); ExecutionPolicy under the key
//            HKLM\SOFTWARE\Microsoft\PowerShell\1\ShellIds\Microsoft.PowerShell (LocalMachine).
//            Per-user scopes are not read: the agent's tasks run as SYSTEM.
//  States:   Fail the effective machine policy is Restricted (remedy GUIDE when Group Policy
//            sets it); Warning AllSigned (TSG asks for RemoteSigned/Unrestricted), an unknown
//            policy, the module path missing; Pass otherwise. NotApplicable without an agent or
//            off Windows; Error when a value cannot be read.
//  Deadline: 5 s.
//  Fix:      add_agent_module_path (AddModulePathFix) when the module path is missing from an
//            existing PSModulePath; the execution policy stays guidance (Group Policy may own
//            it). Both changes need a restart to reach services (I9).
class PsModulePathCheck final : public AgentHealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(PsModulePathCheck)

public:
    static QString id() { return QStringLiteral("psmodulepath_and_execution_policy"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // Windows' execution policy when no scope sets one: RemoteSigned on Windows Server 2012 R2
    // and later, Restricted on clients and (UNCONFIRMED) older servers.
    static QString defaultPolicy(const OsInfo& os);

    // The machine PSModulePath's key and value (64-bit view of HKLM).
    static QString environmentKey();
    static QString pathValue() { return QStringLiteral("PSModulePath"); }
    // Whether `psModulePath` (";"-separated, %SystemRoot% and the like as written) names the
    // agent's modules folder or its MSOnlineBackup folder below `installDir`.
    static bool listsAgentModules(const CheckContext& context, const QString& psModulePath, const QString& installDir);
};

} // namespace mars
