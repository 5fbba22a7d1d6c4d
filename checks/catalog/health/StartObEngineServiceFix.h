// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/StartServiceFix.h"

namespace mars {

// start_obengine_service (for I1 obengine_service): starts the agent's service obengine and
// re-runs I1 to verify. Its own id beside A11's start_agent_service, so the journal and the
// re-run name the check that offered it. Preview, rights and why there is no undo:
// StartServiceFix.
class StartObEngineServiceFix final : public StartServiceFix
{
    Q_DECLARE_TR_FUNCTIONS(StartObEngineServiceFix)

public:
    static QString id() { return QStringLiteral("start_obengine_service"); }
    StartObEngineServiceFix();
};

} // namespace mars
