// SPDX-License-Identifier: MIT
#pragma once

#include "CancelToken.h"
#include "CheckEnvironment.h"
#include "FactsCache.h"
#include "Finding.h"
#include "FixOption.h"

#include <QDeadlineTimer>
#include <QString>

#include <functional>
#include <memory>

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
    // The facts this run shares between its checks (CheckRunner gives each run a new one).
    std::shared_ptr<FactsCache> factsCache = std::make_shared<FactsCache>();
    // When the runner will give up on this check (armed when a worker picks it up). A check
    // that makes several blocking calls splits what is left between them
    // (deadline.remainingTime()); the runner also cancels the token at that moment, which
    // aborts a call that honours stopToken().
    QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    // A fix's preview only: the values chosen for its options (Fix::option() reads them).
    FixOptionValues fixOptions;
    // A fix's preview only: what the owning check found last, as the FixRunner's CheckRunner
    // holds it (verdict NotRun when it has not run), so a plan can quote the check's evidence
    // (the clock's skew) without probing again. A fix re-reads what it changes.
    Finding checkFinding;

    const SystemProbe& system() const { return *env.system; }
    const CheckInputs& inputs() const { return env.inputs; }
    FactsCache& facts() const { return *factsCache; }
    bool isCancelled() const { return cancel.isCancelled(); }
    std::stop_token stopToken() const { return cancel.stopToken(); }
};

} // namespace mars
