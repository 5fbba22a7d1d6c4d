// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A12a windows_installer_ready — can Windows Installer run the agent's setup or update right
// now? The agent is installed and updated as a Windows Installer package (OBSAGENT.msi,
// KB4020490), so three things predict a failure before it is tried:
//  Probe:    service(msiserver) (its start type); registrySubkeys(HKLM\SOFTWARE\Microsoft
//            \Windows\CurrentVersion\Installer\InProgress) (does the key exist); when the agent
//            is installed, registrySubkeys(HKLM\...\Installer\UserData\S-1-5-18\Products), each
//            product's InstallProperties DisplayName, the agent's LocalPackage value and
//            fileAttributes(<LocalPackage>).
//  States:   Fail msiserver missing or disabled (setup cannot start Windows Installer); Fail the
//            InProgress key exists (another installation runs or was interrupted: setup would stop
//            with error 1618); Fail the agent's cached package is missing from
//            C:\Windows\Installer (the update would fail with error 1612, KB4020490); Warning the
//            agent's product has no LocalPackage value; Pass otherwise (when Windows Installer
//            lists no product named "Microsoft Azure Recovery Services Agent", the sentence says
//            the cached package was not checked). NotApplicable off Windows; Error when the
//            service, a key or a value cannot be read.
//  Deadline: 15 s.
//  Fix:      none (guidance: wait or restart; KB4020490's copy-back of the cached package).
class WindowsInstallerReadyCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(WindowsInstallerReadyCheck)

public:
    static QString id() { return QStringLiteral("windows_installer_ready"); }

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static QString serviceName(); // msiserver
    static QString inProgressKey(); // SOFTWARE\Microsoft\Windows\CurrentVersion\Installer\InProgress
    static QString productsKey(); // SOFTWARE\...\Installer\UserData\S-1-5-18\Products
    static QString agentProductName(); // Microsoft Azure Recovery Services Agent
};

} // namespace mars
