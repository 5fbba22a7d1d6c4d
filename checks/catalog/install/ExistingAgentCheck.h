// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A11 existing_agent_install — is an agent already installed, how old is it, and does its
// service run (TSG, FAQ, MABS-TSG)? The version facts (minimums and the newest release, each
// with its source and date) are data in catalog/agent/AgentVersions, not constants here.
//  Probe:    HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Setup InstallPath; fileVersion(
//            <InstallPath>\bin\cbengine.exe); service(obengine).
//  States:   not installed: Pass for a first installation, Fail when the goal is to register
//            (install first). Installed: Fail cbengine.exe missing (broken install); Fail version
//            < 2.0.9083.0 (retired ACS: upgrade and re-register); < 2.0.9249.0 Fail when
//            registering (cannot read current vault credentials), else Warning; older than the
//            newest version known (agent::AgentVersions, with its source and date: the sentence
//            says how old that knowledge is) Warning; Fail service missing; Warning service
//            stopped (fix offered) or paused/stuck. The worst problem is the sentence. NotApplicable off Windows;
//            Error when the registry, the file version or the service cannot be read.
//  Deadline: 15 s.
//  Fix:      start_agent_service (StartAgentServiceFix) when obengine is stopped and not
//            disabled; not reversible as such (net stop obengine stops it again).
class ExistingAgentCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExistingAgentCheck)

public:
    static QString id() { return QStringLiteral("existing_agent_install"); }

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // <install folder>\bin\cbengine.exe
    static QString enginePath(const QString& installFolder);
};

} // namespace mars
