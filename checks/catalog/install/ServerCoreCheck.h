// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A5 os_not_server_core — is this Windows Server installed with a desktop? The matrix says
// the MARS agent does not support Windows Server Core SKUs (its console is an MMC snap-in).
//  Probe:    SystemProbe::osInfo(): installationType (the value InstallationType of
//            HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion: "Server", "Server Core", "Nano Server", "Client")
//            and editionId (old Core editions end in "Core", DISM spells them "...Cor").
//  States:   Pass a server with the desktop, or any client Windows (there is no Core there);
//            Fail Server Core or Nano Server; NotApplicable off Windows; Error when the
//            version is unreadable. A server that records neither value passes, and the
//            evidence says nothing was recorded.
//  Deadline: 5 s.
//  Fix:      none (guidance only: a server with the Desktop Experience); nothing to undo.
class ServerCoreCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ServerCoreCheck)

public:
    static QString id() { return QStringLiteral("os_not_server_core"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // True for the installation types and editions that have no desktop.
    static bool isCore(const OsInfo& os);
};

} // namespace mars
