// SPDX-License-Identifier: MIT
#pragma once

#include "Check.h"
#include "CheckEnvironment.h"
#include "Finding.h"
#include "WorkerPool.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace mars {

// Runs a phase's checks concurrently on worker threads and delivers each Finding to the
// thread that owns the runner (the GUI thread) through queued signals.
//
//  - Each check has its own deadline (CheckInfo::deadline_ms); the whole run has a cap
//    (phaseCap_ms). Past either, the check is reported TimedOut at once and its late result,
//    if it ever comes, is dropped.
//  - cancel() reports every unfinished check Cancelled at once and asks them to stop.
//  - An exception thrown by a check becomes an Error finding.
//  - At a deadline or on cancel the check's CancelToken is cancelled, which runs its stop
//    callbacks: a blocking call that honours them returns and frees the worker. A check still
//    running 250 ms later is stuck in a call that ignores cancellation and keeps its thread;
//    the pool then grows by one so a hung probe never delays the others, and the runner never
//    waits for it on exit.
//  - Each run (and each single-check re-run) gets a new FactsCache: facts are shared within a
//    run, never carried into the next.
//  - Re-running one check (rerun) or starting again (start) supersedes earlier results:
//    every run carries a generation number and stale deliveries are ignored.
//
// \code
//   auto* runner = new CheckRunner(this);
//   connect(runner, &CheckRunner::checkFinished, this, &Page::showFinding);
//   runner->start(catalog.checksFor(Phase::Install), environment);
// \endcode
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(QObject* parent = nullptr);
    ~CheckRunner() override;

    void setPhaseCap(int phaseCap_ms) { m_phaseCap_ms = phaseCap_ms; }
    int phaseCap() const { return m_phaseCap_ms; }

    // Starts a new run; anything still running from a previous run is cancelled and its
    // results will be ignored.
    void start(const QList<std::shared_ptr<const Check>>& checks, const CheckEnvironment& environment);
    // Runs one check of the current run again (after a fix, or "Re-run" in the list).
    void rerun(const QString& checkId);
    // Cancels everything still running. Unfinished checks are reported Cancelled.
    void cancel();

    bool isRunning() const { return m_pending > 0; }
    int pendingCount() const { return m_pending; }
    QList<Finding> findings() const; // latest finding per check, in run order
    Finding finding(const QString& checkId) const;
    QList<std::shared_ptr<const Check>> checks() const { return m_checks; }
    const CheckEnvironment& environment() const { return m_environment; }
    // How many checks were given up on while stuck in a call that ignored cancellation (each
    // cost the pool one more thread).
    int stuckCount() const { return m_stuckCount; }

Q_SIGNALS:
    void checkStarted(const QString& checkId);
    void checkProgressed(const QString& checkId, qint64 done, qint64 total, const QString& text);
    void checkFinished(const mars::Finding& finding);
    // Emitted when no check of the run is pending any more (also after cancel()).
    void runFinished();
    // A result arrived for a check that had already timed out, been cancelled or superseded,
    // and was ignored (it is also logged).
    void resultDropped(const QString& checkId);

private:
    struct Slot;
    void launch(const std::shared_ptr<const Check>& check);
    void deliver(const QString& checkId, quint64 generation, Finding finding);
    void relayProgress(const QString& checkId, quint64 generation, qint64 done, qint64 total, const QString& text);
    void expire(const QString& checkId, quint64 generation, Verdict verdict, const QString& why);
    void expireAll(Verdict verdict, const QString& why);
    void finishSlot(Slot& slot, Finding finding);
    void armDeadline(const QString& checkId, quint64 generation, int deadline_ms);
    void abandon(Slot& slot); // cancels its task; grows the pool if that task may be stuck

    std::unique_ptr<WorkerPool> m_pool;
    QTimer* m_phaseTimer = nullptr;
    int m_phaseCap_ms = 120000;
    CheckEnvironment m_environment;
    std::shared_ptr<FactsCache> m_facts = std::make_shared<FactsCache>();
    QList<std::shared_ptr<const Check>> m_checks;
    QHash<QString, std::shared_ptr<Slot>> m_slots;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_stuckCount = 0;
};

} // namespace mars
