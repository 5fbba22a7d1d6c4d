// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/StartServiceFix.h"

namespace mars {

// start_time_service (for E3 w32time_service): starts Windows Time (W32Time), which then
// synchronises the clock with its source. What it changes, its preview and why it has no undo:
// StartServiceFix.
class StartTimeServiceFix final : public StartServiceFix
{
    Q_DECLARE_TR_FUNCTIONS(StartTimeServiceFix)

public:
    static QString id() { return QStringLiteral("start_time_service"); }
    StartTimeServiceFix();
};

} // namespace mars
