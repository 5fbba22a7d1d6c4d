// SPDX-License-Identifier: MIT
#pragma once

#include "CancelToken.h"
#include "CheckEnvironment.h"

#include <QString>

#include <functional>

namespace mars {

class SystemProbe;

// Reports progress from a worker. Thread-safe; throttling is the caller's job (report every
// few hundred items, not every item). total < 0 means "unknown".
using ProgressFn = std::function<void(qint64 done, qint64 total, const QString& text)>;

// Everything one check run may read. Values and thread-safe services only.
struct CheckContext
{
    CheckEnvironment env;
    CancelToken cancel;
    ProgressFn progress = [](qint64, qint64, const QString&) {};

    const SystemProbe& system() const { return *env.system; }
    const CheckInputs& inputs() const { return env.inputs; }
    bool isCancelled() const { return cancel.isCancelled(); }
};

} // namespace mars
