// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// I1 obengine_service — does the agent's own service run, so that registration and backups
// can? Sources: mars-checks.md I1 and §3 ("can't connect to the OBEngine service"); TSG ("Ensure
// MARS is running"), MABS-TSG ("net start OBEngine"), KB4022913 (the agent's services fail to
// start or stop when TLS 1.0 is disabled without TLS 1.2 for .NET).
//  Probe:    ServicesProbe::service("obengine") (state, start type, account); InstallPath only
//            to word a missing service.
//  States:   Pass running and set to start automatically. Warning running with another start
//            type (it will not come back after a restart), or still starting. Fail stopped
//            (start_obengine_service offered unless disabled), paused or stuck; Fail missing:
//            "install the agent first" without InstallPath, "the installation is broken" with
//            it. NotApplicable when the goal is to install and no agent is there; NotApplicable
//            off Windows; Error when the service manager cannot be asked. The account
//            (LocalSystem expected: UNCONFIRMED) is evidence only.
//  Deadline: 5 s (local reads only).
//  Fix:      start_obengine_service (StartObEngineServiceFix): starts it; not reversible as a
//            setting (net stop obengine stops it again).
class ObEngineServiceCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ObEngineServiceCheck)

public:
    static QString id() { return QStringLiteral("obengine_service"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
