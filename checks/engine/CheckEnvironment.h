// SPDX-License-Identifier: MIT
#pragma once

#include "CheckInputs.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace mars {

class SystemProbe;

// The services a run shares, built once by the composition root (app/ or a test) and copied
// into each run. New services (network prober, ...) are added here; the runner passes the
// environment through untouched, so adding one does not change the runner.
struct CheckEnvironment
{
    std::shared_ptr<SystemProbe> system;
    CheckInputs inputs;
    std::function<QDateTime()> utcNow = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace mars
