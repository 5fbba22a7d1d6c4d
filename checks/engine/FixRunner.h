// SPDX-License-Identifier: MIT
#pragma once

#include "CheckEnvironment.h"
#include "Fix.h"
#include "FixPlan.h"
#include "WorkerPool.h"

#include <QObject>
#include <QPointer>

class QTimer;

#include <functional>
#include <memory>

namespace mars {

class CheckRunner;
class FixJournal;

// Drives one fix at a time through preview -> (the caller confirms) -> apply -> journal ->
// re-run of the owning check. Work happens on a worker; results come back as queued signals.
// Every apply and undo takes the process-wide ChangeLane: while any change runs (from this
// runner or another page's), a second one is refused with NotAllowed and a sentence saying so;
// across processes, the journal's change lock does the same (FixJournal::lockForChange).
// Every change has a deadline (FixPlan::deadline_s): then, or when cancel() is called, the fix
// is asked to stop; when it has not returned a grace period later, stillRunning() tells the
// dialog it may close: the fix keeps its lane, and its result still reaches the journal and
// re-runs its checks when it ends.
class FixRunner : public QObject
{
    Q_OBJECT
public:
    FixRunner(CheckRunner* checks, std::shared_ptr<FixJournal> journal, QObject* parent = nullptr);
    ~FixRunner() override;

    bool isBusy() const { return m_busy; }
    // `options`: values for the fix's FixInfo::options; missing ones take their defaults.
    void preview(const std::shared_ptr<const Fix>& fix, const CheckEnvironment& environment,
                 const FixOptionValues& options = {});
    // Applies the plan returned by preview(). Refused (NotAllowed) when plan.canApply is false.
    void apply(const std::shared_ptr<const Fix>& fix, const FixPlan& plan, const CheckEnvironment& environment);
    // Undo goes through the same steps: previewUndo() -> (the caller confirms) -> undo(), which
    // journals an entry naming the one it reverses and re-runs the owning check. The results
    // arrive through previewReady() and applied() like a fix's.
    void previewUndo(const std::shared_ptr<const Fix>& fix, const JournalEntry& entry,
                     const CheckEnvironment& environment);
    void undo(const std::shared_ptr<const Fix>& fix, const JournalEntry& entry, const FixPlan& plan,
              const CheckEnvironment& environment);
    // Asks a running preview or change to stop (the deadline does the same).
    void cancel();
    // How long a change may ignore a stop request before stillRunning() (tests shorten it).
    void setStopGrace(int milliseconds) { m_stopGrace_ms = milliseconds; }
    // Reads the journal's undo index on a worker (FixJournal::loadIndex); journalReady() follows
    // (FixJournal::status() then says whether fixes can be journaled and what was interrupted).
    void loadJournal();

Q_SIGNALS:
    void journalReady();
    void previewReady(const mars::FixPlan& plan);
    void progressed(qint64 done, qint64 total, const QString& text);
    // After the journal entry is written and the owning check's re-run has started.
    void applied(const mars::FixOutcome& outcome);
    // The change was asked to stop (deadline or cancel()) and has not returned within the grace
    // period. It keeps running on a worker; `text` says so in one sentence.
    void stillRunning(const QString& text);

private:
    using Work = std::function<FixOutcome(const CheckContext& context)>;
    void startPreview(const std::shared_ptr<const Fix>& fix, const CheckEnvironment& environment,
                      const FixOptionValues& options, std::function<FixPlan(const CheckContext& context)> work);
    void startChange(const FixPlan& plan, const CheckEnvironment& environment, Work work, const QString& undoes);
    void finishApply(const FixPlan& plan, quint64 generation, const FixOutcome& outcome, bool undo);
    void deadlinePassed();
    void startStopGrace();
    void recheckAfter(const FixPlan& plan);

    std::unique_ptr<WorkerPool> m_pool;
    QPointer<CheckRunner> m_checks;
    std::shared_ptr<FixJournal> m_journal;
    CancelToken m_cancel;
    bool m_busy = false;
    quint64 m_generation = 0;
    quint64 m_changeGeneration = 0; // the change running now; 0 when none
    QTimer* m_deadline = nullptr;
    QTimer* m_grace = nullptr;
    int m_stopGrace_ms = 10000;
};

} // namespace mars
