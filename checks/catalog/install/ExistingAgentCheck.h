// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A11 existing_agent_install — is an agent already installed, how old is it, and does its
// service run (TSG, FAQ, MABS-TSG; version milestones of catalog §1.4)?
//  Probe:    HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Setup InstallPath; fileVersion(
//            <InstallPath>\bin\cbengine.exe); service(obengine).
//  States:   not installed: Pass for a first installation, Fail when the goal is to register
//            (install first). Installed: Fail cbengine.exe missing (broken install); Fail version
//            < 2.0.9083.0 (retired ACS: upgrade and re-register); < 2.0.9249.0 Fail when
//            registering (cannot read current vault credentials), else Warning; older than
//            kLatestKnown Warning; Fail service missing; Warning service stopped (fix offered)
//            or paused/stuck. The worst problem is the sentence. NotApplicable off Windows;
//            Error when the registry, the file version or the service cannot be read.
//  Deadline: 15 s.
//  Fix:      start_agent_service (StartAgentServiceFix) when obengine is stopped and not
//            disabled; not reversible as such (net stop obengine stops it again).
class ExistingAgentCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExistingAgentCheck)

public:
    static QString id() { return QStringLiteral("existing_agent_install"); }

    static constexpr const char* kMinimumWorking = "2.0.9083.0"; // older ones used the retired ACS
    static constexpr const char* kMinimumForRegistration = "2.0.9249.0"; // reads current vault credentials
    // The newest agent version this troubleshooter knows of: 2.0.9262.0, the newest milestone in
    // the catalog (§1.4, the Key Vault passphrase doc). A search of the stored docs for a newer
    // published version found none (only the 2017-2018 versions of the DataProtectionManagerCX
    // version table), so a newer release may exist: the Warning says "the latest we know of".
    static constexpr const char* kLatestKnown = "2.0.9262.0";

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // <install folder>\bin\cbengine.exe
    static QString enginePath(const QString& installFolder);
};

} // namespace mars
