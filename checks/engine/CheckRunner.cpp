// SPDX-License-Identifier: MIT
#include "CheckRunner.h"

#include "logging/Logging.h"

#include <QTimer>

#include <spdlog/spdlog.h>

#include <atomic>
#include <exception>

namespace mars {

namespace {
constexpr int kMaxConcurrentChecks = 8;
// How long a cancelled check may take to return before its worker counts as stuck and the
// pool grows by one: a call that honours the stop token returns well within it.
constexpr int kStuckGrace_ms = 250;

std::shared_ptr<spdlog::logger> log()
{
    return Logging::logger(QStringLiteral("checks"));
}

Finding errorFinding(const QString& checkId, const QString& why)
{
    Finding f;
    f.checkId = checkId;
    f.verdict = Verdict::Error;
    f.summary = CheckRunner::tr("This check could not run, so nothing is known about what it tests.");
    f.detail = why;
    return f;
}

// Runs one check on the calling (worker) thread; never throws.
Finding runGuarded(const Check& check, const CheckContext& context, const QString& checkId)
{
    QElapsedTimer clock;
    clock.start();
    Finding finding;
    try {
        finding = check.run(context);
    } catch (const std::exception& e) {
        finding = errorFinding(
                checkId,
                CheckRunner::tr("The check stopped with an internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        finding = errorFinding(checkId, CheckRunner::tr("The check stopped with an unknown internal error."));
    }
    if (finding.checkId.isEmpty())
        finding.checkId = checkId;
    if (finding.verdict == Verdict::Invalid || finding.verdict == Verdict::NotRun)
        finding =
                errorFinding(checkId, CheckRunner::tr("The check finished without a verdict (a defect in the check)."));
    finding.elapsed_ms = clock.elapsed();
    return finding;
}
} // namespace

struct CheckRunner::Slot
{
    std::shared_ptr<const Check> check;
    quint64 generation = 0;
    bool finished = true;
    CancelToken cancel;
    QTimer* deadline = nullptr;
    QElapsedTimer clock;
    Finding finding;
    // Set by the worker: 0 queued, 1 running, 2 done. A fresh one per launch.
    std::shared_ptr<std::atomic<int>> taskState = std::make_shared<std::atomic<int>>(2);
};

namespace {
enum TaskState { Queued = 0, Running = 1, Done = 2 };
} // namespace

CheckRunner::CheckRunner(QObject* parent)
    : QObject(parent)
    , m_pool(std::make_unique<WorkerPool>(this, kMaxConcurrentChecks))
    , m_phaseTimer(new QTimer(this))
{
    m_phaseTimer->setSingleShot(true);
    connect(m_phaseTimer, &QTimer::timeout, this, [this] {
        expireAll(Verdict::TimedOut, tr("The whole phase reached its time limit of %1 s before this check finished.")
                                             .arg(m_phaseCap_ms / 1000));
    });
}

CheckRunner::~CheckRunner()
{
    m_pool->mailbox()->close(); // no delivery into a half-destroyed runner
    for (const auto& slot : std::as_const(m_slots))
        slot->cancel.cancel();
}

void CheckRunner::start(const QList<std::shared_ptr<const Check>>& checks, const CheckEnvironment& environment)
{
    for (const auto& slot : std::as_const(m_slots)) {
        if (!slot->finished)
            abandon(*slot);
        delete slot->deadline;
    }
    m_slots.clear();
    m_pending = 0;
    m_checks = checks;
    m_environment = environment;
    m_facts = std::make_shared<FactsCache>();
    for (const auto& check : checks) {
        auto slot = std::make_shared<Slot>();
        slot->check = check;
        slot->finding.checkId = check->info().id;
        m_slots.insert(check->info().id, slot);
    }
    log()->info("run started: {} check(s), phase cap {} ms", checks.size(), m_phaseCap_ms);
    m_phaseTimer->stop();
    if (checks.isEmpty()) {
        // Still asynchronous, like every other run; dropped if another start() comes first.
        const quint64 generation = ++m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && m_pending == 0)
                Q_EMIT runFinished();
        });
        return;
    }
    m_phaseTimer->start(m_phaseCap_ms);
    for (const auto& check : checks)
        launch(check);
}

void CheckRunner::rerun(const QString& checkId)
{
    const auto slot = m_slots.value(checkId);
    if (!slot)
        return;
    if (m_pending == 0)
        m_phaseTimer->start(m_phaseCap_ms);
    // A re-run (after a fix, usually) must read the machine as it is now, not the facts the
    // run gathered before: it gets a cache of its own.
    m_facts = std::make_shared<FactsCache>();
    launch(slot->check);
}

void CheckRunner::cancel()
{
    expireAll(Verdict::Cancelled, tr("Cancelled by the user before it finished."));
}

void CheckRunner::launch(const std::shared_ptr<const Check>& check)
{
    const CheckInfo meta = check->info();
    Slot& slot = *m_slots.value(meta.id);
    if (!slot.finished)
        abandon(slot); // superseded: the old task's result will be ignored
    else
        ++m_pending;
    slot.generation = ++m_generation;
    slot.finished = false;
    slot.cancel = CancelToken();
    slot.taskState = std::make_shared<std::atomic<int>>(Queued);
    slot.finding = Finding{};
    slot.finding.checkId = meta.id;
    slot.clock.start();

    delete slot.deadline;
    slot.deadline = new QTimer(this);
    slot.deadline->setSingleShot(true);
    const quint64 generation = slot.generation;
    const QString id = meta.id;
    connect(slot.deadline, &QTimer::timeout, this, [this, id, generation, meta] {
        expire(id, generation, Verdict::TimedOut,
               tr("It did not finish within its time limit of %1 s.").arg(meta.deadline_ms / 1000.0, 0, 'f', 1));
    });
    // Armed when a worker picks the task up (armDeadline), so time spent queued behind other
    // checks does not count against this one; the phase cap still bounds the whole run.

    const auto mailbox = m_pool->mailbox();
    CheckContext context;
    context.env = m_environment;
    context.cancel = slot.cancel;
    context.factsCache = m_facts;
    context.progress = [mailbox, this, id, generation](qint64 done, qint64 total, const QString& text) {
        mailbox->post([this, id, generation, done, total, text] { relayProgress(id, generation, done, total, text); });
    };

    log()->info("{} started (deadline {} ms)", id.toStdString(), meta.deadline_ms);
    Q_EMIT checkStarted(id);
    m_pool->start([check, context, mailbox, this, id, generation, state = slot.taskState,
                   deadline_ms = meta.deadline_ms]() mutable {
        if (context.isCancelled()) { // cancelled or superseded while queued: never start it
            state->store(Done);
            return;
        }
        state->store(Running);
        context.deadline = QDeadlineTimer(deadline_ms);
        mailbox->post([this, id, generation, deadline_ms] { armDeadline(id, generation, deadline_ms); });
        Finding finding = runGuarded(*check, context, id);
        state->store(Done);
        mailbox->post([this, id, generation, finding] { deliver(id, generation, finding); });
    });
}

void CheckRunner::armDeadline(const QString& checkId, quint64 generation, int deadline_ms)
{
    const auto slot = m_slots.value(checkId);
    if (slot && slot->generation == generation && !slot->finished && slot->deadline)
        slot->deadline->start(deadline_ms);
}

void CheckRunner::relayProgress(const QString& checkId, quint64 generation, qint64 done, qint64 total,
                                const QString& text)
{
    const auto slot = m_slots.value(checkId);
    if (slot && slot->generation == generation && !slot->finished)
        Q_EMIT checkProgressed(checkId, done, total, text);
}

void CheckRunner::deliver(const QString& checkId, quint64 generation, Finding finding)
{
    const auto slot = m_slots.value(checkId);
    if (!slot || slot->generation != generation || slot->finished) {
        log()->info("{} late result dropped ({} after {} ms)", checkId.toStdString(),
                    verdictId(finding.verdict).toStdString(), finding.elapsed_ms);
        Q_EMIT resultDropped(checkId);
        return;
    }
    finishSlot(*slot, std::move(finding));
}

void CheckRunner::expire(const QString& checkId, quint64 generation, Verdict verdict, const QString& why)
{
    const auto slot = m_slots.value(checkId);
    if (!slot || slot->generation != generation || slot->finished)
        return;
    abandon(*slot);
    const CheckInfo meta = slot->check->info();
    Finding finding;
    finding.checkId = checkId;
    finding.verdict = verdict;
    finding.docUrl = meta.docUrl;
    finding.elapsed_ms = slot->clock.elapsed();
    if (verdict == Verdict::TimedOut) {
        finding.summary = tr("This check took too long, so its result is unknown.");
        finding.remedy = tr("Run it again. If it keeps timing out, the machine is very slow or a system call is "
                            "hanging; note it for second-line support.");
    } else {
        finding.summary = tr("This check was cancelled, so its result is unknown.");
    }
    finding.detail = why;
    finishSlot(*slot, std::move(finding));
}

void CheckRunner::abandon(Slot& slot)
{
    // Runs the check's stop callbacks (on this thread): a blocking call that honours them
    // returns now and frees its worker.
    slot.cancel.cancel();
    // A task still running after a short grace is stuck in a call that ignores cancellation
    // and may keep its thread for good: let one more task run so the next ones are not
    // delayed. A queued one will not start at all.
    if (slot.taskState->load() != Running)
        return;
    QTimer::singleShot(kStuckGrace_ms, this, [this, state = slot.taskState] {
        if (state->load() == Running) {
            m_pool->growByOne();
            ++m_stuckCount;
        }
    });
}

void CheckRunner::expireAll(Verdict verdict, const QString& why)
{
    const QList<std::shared_ptr<Slot>> all = m_slots.values();
    for (const auto& slot : all) {
        if (!slot->finished)
            expire(slot->finding.checkId, slot->generation, verdict, why);
    }
}

void CheckRunner::finishSlot(Slot& slot, Finding finding)
{
    slot.finished = true;
    if (slot.deadline) {
        slot.deadline->stop();
        slot.deadline->deleteLater();
        slot.deadline = nullptr;
    }
    slot.finding = std::move(finding);
    --m_pending;
    // The verdict and its sentence: second-line support reads the session from the log alone.
    log()->info("{} finished: {} in {} ms: {}", slot.finding.checkId.toStdString(),
                verdictId(slot.finding.verdict).toStdString(), slot.finding.elapsed_ms,
                slot.finding.summary.toStdString());
    Q_EMIT checkFinished(slot.finding);
    if (m_pending == 0) {
        m_phaseTimer->stop();
        Q_EMIT runFinished();
    }
}

QList<Finding> CheckRunner::findings() const
{
    QList<Finding> result;
    for (const auto& check : m_checks)
        result.append(finding(check->info().id));
    return result;
}

Finding CheckRunner::finding(const QString& checkId) const
{
    const auto slot = m_slots.value(checkId);
    if (slot)
        return slot->finding;
    Finding f;
    f.checkId = checkId;
    return f;
}

} // namespace mars
