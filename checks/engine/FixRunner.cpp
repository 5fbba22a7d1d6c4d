// SPDX-License-Identifier: MIT
#include "FixRunner.h"

#include "ChangeLane.h"
#include "CheckRunner.h"
#include "FixJournal.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <exception>

namespace mars {

namespace {
std::shared_ptr<spdlog::logger> log()
{
    return Logging::logger(QStringLiteral("fixes"));
}

QString describeException(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return QString::fromLocal8Bit(e.what());
    } catch (...) {
        return FixRunner::tr("unknown error");
    }
}
} // namespace

FixRunner::FixRunner(CheckRunner* checks, std::shared_ptr<FixJournal> journal, QObject* parent)
    : QObject(parent)
    , m_pool(std::make_unique<WorkerPool>(this, 2))
    , m_checks(checks)
    , m_journal(std::move(journal))
    , m_deadline(new QTimer(this))
    , m_grace(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &FixRunner::deadlinePassed);
    m_grace->setSingleShot(true);
    connect(m_grace, &QTimer::timeout, this, [this] {
        if (m_changeGeneration == 0)
            return;
        log()->warn("a change did not stop within {} ms of being asked; it keeps running on its own", m_stopGrace_ms);
        // Its thread stays busy: let previews and undo lists keep a thread of their own.
        m_pool->growByOne();
        if (m_changeGeneration == m_generation)
            m_busy = false;
        Q_EMIT stillRunning(tr("The fix has not stopped yet. It keeps running in the background: when it ends, "
                               "its result is written to the fix journal and its check runs again. You can close "
                               "this window; no other fix can start until it has ended."));
    });
}

FixRunner::~FixRunner()
{
    m_pool->mailbox()->close();
    m_cancel.cancel();
}

void FixRunner::preview(const std::shared_ptr<const Fix>& fix, const CheckEnvironment& environment,
                        const FixOptionValues& options)
{
    startPreview(fix, environment, options, [fix](const CheckContext& context) { return fix->preview(context); });
}

void FixRunner::previewUndo(const std::shared_ptr<const Fix>& fix, const JournalEntry& entry,
                            const CheckEnvironment& environment)
{
    const std::shared_ptr<FixJournal> journal = m_journal;
    startPreview(fix, environment, {}, [fix, entry, journal](const CheckContext& context) {
        // A journal entry of a simulated machine must never be undone on a real one, or the
        // other way round.
        const bool simulated = context.env.system && context.env.system->isSimulated();
        if (entry.simulated != simulated) {
            FixPlan plan;
            plan.canApply = false;
            plan.summary = plan.cannotApplyReason =
                    tr("This change was made on a %1 machine; it cannot be undone here.")
                            .arg(entry.simulated ? tr("simulated") : tr("real"));
            return plan;
        }
        // The line as the file holds it now, not the copy the page kept: it may have been
        // edited since, or undone by another copy of the program.
        JournalEntry current = entry;
        if (journal) {
            QString refusal;
            const std::optional<JournalEntry> now = journal->entryForUndo(entry.entryId, &refusal);
            if (!now) {
                FixPlan plan;
                plan.canApply = false;
                plan.summary = plan.cannotApplyReason = refusal;
                return plan;
            }
            current = *now;
        }
        return fix->previewUndo(context, current);
    });
}

void FixRunner::startPreview(const std::shared_ptr<const Fix>& fix, const CheckEnvironment& environment,
                             const FixOptionValues& options, std::function<FixPlan(const CheckContext& context)> work)
{
    m_busy = true;
    m_cancel.cancel(); // whatever ran before is superseded: let it stop early
    m_cancel = CancelToken();
    const quint64 generation = ++m_generation;
    CheckContext context;
    context.env = environment;
    context.cancel = m_cancel;
    context.fixOptions = options;
    if (m_checks)
        context.checkFinding = m_checks->finding(fix->info().checkId);
    const auto mailbox = m_pool->mailbox();
    m_pool->start([this, fix, work, context, mailbox, generation] {
        FixPlan plan;
        try {
            plan = work(context);
        } catch (...) {
            plan.summary = tr("Could not work out what this fix would change.");
            plan.canApply = false;
            plan.cannotApplyReason = describeException(std::current_exception());
        }
        plan.fixId = fix->info().id;
        plan.checkId = fix->info().checkId;
        mailbox->post([this, plan, generation] {
            if (generation != m_generation)
                return;
            m_busy = false;
            log()->info("preview {}: {} (items {}, can apply: {})", plan.fixId.toStdString(),
                        plan.summary.toStdString(), plan.itemCount, plan.canApply);
            Q_EMIT previewReady(plan);
        });
    });
}

void FixRunner::apply(const std::shared_ptr<const Fix>& fix, const FixPlan& plan, const CheckEnvironment& environment)
{
    startChange(plan, environment, [fix, plan](const CheckContext& context) { return fix->apply(context, plan); }, {});
}

void FixRunner::undo(const std::shared_ptr<const Fix>& fix, const JournalEntry& entry, const FixPlan& plan,
                     const CheckEnvironment& environment)
{
    // Undoing a change that needed a restart needs one too.
    FixPlan undoPlan = plan;
    undoPlan.restartNeeded = plan.restartNeeded || entry.restartNeeded;
    const std::shared_ptr<FixJournal> journal = m_journal;
    startChange(
            undoPlan, environment,
            [fix, entry, journal](const CheckContext& context) {
                if (!journal)
                    return fix->undo(context, entry.undo);
                // Read again under the change lock: what is undone is the line in the file now,
                // and only if this run may undo it (JournalTrust).
                QString refusal;
                const std::optional<JournalEntry> now = journal->entryForUndo(entry.entryId, &refusal);
                if (!now) {
                    FixOutcome refused;
                    refused.result = FixResult::NotAllowed;
                    refused.summary = tr("Nothing was changed: %1").arg(refusal);
                    return refused;
                }
                return fix->undo(context, now->undo);
            },
            entry.entryId);
}

void FixRunner::startChange(const FixPlan& plan, const CheckEnvironment& environment, Work work, const QString& undoes)
{
    const quint64 generation = ++m_generation;
    if (!plan.canApply) {
        FixOutcome refused;
        refused.fixId = plan.fixId;
        refused.result = FixResult::NotAllowed;
        refused.summary =
                plan.cannotApplyReason.isEmpty() ? tr("This fix cannot be applied here.") : plan.cannotApplyReason;
        QTimer::singleShot(0, this, [this, refused, generation] {
            if (generation == m_generation)
                Q_EMIT applied(refused);
        });
        return;
    }
    // One change at a time in the whole process (ChangeLane): taken here, on this thread, so a
    // second click is refused at once; handed to the worker, which lets go after the journal.
    auto ticket = std::make_shared<ChangeLane::Ticket>();
    if (!ticket->isHeld()) {
        FixOutcome refused;
        refused.fixId = plan.fixId;
        refused.result = FixResult::NotAllowed;
        refused.summary = tr("Another change to this machine is still being made. Wait until it has finished, then "
                             "try again.");
        log()->warn("{} refused: another change is running", plan.fixId.toStdString());
        QTimer::singleShot(0, this, [this, refused, generation] {
            if (generation == m_generation)
                Q_EMIT applied(refused);
        });
        return;
    }
    m_busy = true;
    m_cancel.cancel();
    m_cancel = CancelToken();
    CheckContext context;
    context.env = environment;
    context.cancel = m_cancel;
    const auto mailbox = m_pool->mailbox();
    context.progress = [this, mailbox, generation](qint64 done, qint64 total, const QString& text) {
        mailbox->post([this, generation, done, total, text] {
            if (generation == m_generation)
                Q_EMIT progressed(done, total, text);
        });
    };
    const std::shared_ptr<FixJournal> journal = m_journal;
    const bool simulated = environment.system && environment.system->isSimulated();
    log()->info("{} {}: {} (planned changes: {}, reversible: {}, deadline {} s)", undoes.isEmpty() ? "apply" : "undo",
                plan.fixId.toStdString(), plan.summary.toStdString(), qMax(plan.itemCount, qint64(plan.changes.size())),
                plan.reversible, plan.deadline_s);
    m_changeGeneration = generation;
    m_grace->stop();
    m_deadline->start(std::chrono::seconds(qMax(1, plan.deadline_s)));
    m_pool->start([this, work, plan, context, mailbox, generation, journal, simulated, undoes, ticket] {
        QElapsedTimer clock;
        clock.start();
        // No change to the machine without its journal line on disk first: if the process dies
        // mid-fix, the "started" entry (with no result after it) still says what was about to
        // happen, and the next start reports it; if it cannot be written, nothing is changed.
        // The change lock keeps another copy of the program out until the result line is written.
        QString journalError = tr("This run keeps no fix journal.");
        QString startedEntry;
        std::unique_ptr<QLockFile> changeLock;
        if (journal) {
            journalError.clear();
            changeLock = journal->lockForChange(&journalError);
        }
        if (changeLock) {
            FixOutcome started;
            started.fixId = plan.fixId;
            started.result = FixResult::Started;
            started.summary = plan.summary;
            startedEntry = journal->record(plan, started, simulated, &journalError, undoes).entryId;
        }
        const bool journalled = !startedEntry.isEmpty();
        FixOutcome outcome;
        if (journal && !changeLock) {
            log()->warn("{} not applied: {}", plan.fixId.toStdString(), journalError.toStdString());
            outcome.result = FixResult::NotAllowed;
            outcome.summary = tr("Nothing was changed: %1").arg(journalError);
        } else if (!journalled) {
            log()->error("{} not applied: the journal cannot be written: {}", plan.fixId.toStdString(),
                         journalError.toStdString());
            outcome.result = FixResult::NotAllowed;
            outcome.summary = tr("Nothing was changed: the fix journal, which records every change before it is "
                                 "made, cannot be written (%1). Start the troubleshooter with --data-dir naming a "
                                 "folder you can write to.")
                                      .arg(journalError);
        } else {
            try {
                outcome = work(context);
            } catch (...) {
                outcome.result = FixResult::Failed;
                outcome.summary = tr("The fix stopped with an internal error: %1")
                                          .arg(describeException(std::current_exception()));
            }
        }
        outcome.fixId = plan.fixId;
        outcome.elapsed_ms = clock.elapsed();
        if (journalled) {
            QString error;
            if (journal->record(plan, outcome, simulated, &error, undoes, startedEntry).entryId.isEmpty()) {
                log()->error("journal not written: {}", error.toStdString());
                outcome.summary += QLatin1Char(' ')
                                   + tr("Its result could not be added to the fix journal (%1): the journal shows it "
                                        "as started only.")
                                             .arg(error);
            }
        }
        changeLock.reset();
        ticket->release();
        const bool undo = !undoes.isEmpty();
        mailbox->post([this, plan, generation, outcome, undo] { finishApply(plan, generation, outcome, undo); });
    });
}

void FixRunner::finishApply(const FixPlan& plan, quint64 generation, const FixOutcome& outcome, bool undo)
{
    log()->info("{} {}: {} - {} ({} ms)", undo ? "undo of" : "applied", plan.fixId.toStdString(),
                fixResultId(outcome.result).toStdString(), outcome.summary.toStdString(), outcome.elapsed_ms);
    if (generation == m_changeGeneration) {
        m_changeGeneration = 0;
        m_deadline->stop();
        m_grace->stop();
    }
    // Verify: whatever happened, the checks show the machine's state now, even when a newer
    // request has superseded this one (the system did change).
    recheckAfter(plan);
    if (generation != m_generation)
        return;
    m_busy = false;
    Q_EMIT applied(outcome);
}

void FixRunner::recheckAfter(const FixPlan& plan)
{
    if (!m_checks)
        return;
    // The owning check, the checks the fix names, and every check whose last finding offered
    // this same fix: its premise may be gone now (a row must not offer a fix already applied).
    QStringList ids{plan.checkId};
    ids += plan.alsoRecheck;
    for (const Finding& finding : m_checks->findings()) {
        if (plan.recheckAll || finding.fixIds.contains(plan.fixId))
            ids.append(finding.checkId);
    }
    ids.removeDuplicates();
    for (const QString& id : std::as_const(ids))
        m_checks->rerun(id);
}

void FixRunner::deadlinePassed()
{
    if (m_changeGeneration == 0) // finished just now; finishApply stops the timer
        return;
    log()->warn("a change passed its deadline of {} s; asking it to stop", m_deadline->interval() / 1000);
    m_cancel.cancel();
    startStopGrace();
}

void FixRunner::startStopGrace()
{
    if (m_changeGeneration != 0 && !m_grace->isActive())
        m_grace->start(m_stopGrace_ms);
}

void FixRunner::loadJournal()
{
    const std::shared_ptr<FixJournal> journal = m_journal;
    const auto mailbox = m_pool->mailbox();
    m_pool->start([this, journal, mailbox] {
        if (journal)
            journal->loadIndex();
        mailbox->post([this] { Q_EMIT journalReady(); });
    });
}

void FixRunner::cancel()
{
    m_cancel.cancel();
    startStopGrace();
}

} // namespace mars
