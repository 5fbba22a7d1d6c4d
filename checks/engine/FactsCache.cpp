// SPDX-License-Identifier: MIT
#include "FactsCache.h"

#include "StopWait.h"

#include <QCoreApplication>

#include <exception>

namespace mars {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FactsCache)
};
} // namespace

struct FactsCache::Entry
{
    std::mutex mutex;
    std::condition_variable done;
    bool computing = true;
    Outcome outcome;
};

FactsCache::Outcome FactsCache::obtainErased(const QString& key, const std::stop_token& stop,
                                             const std::function<std::any()>& compute)
{
    std::shared_ptr<Entry> entry;
    bool mine = false;
    {
        const std::lock_guard lock(m_mutex);
        entry = m_entries.value(key);
        if (!entry) {
            entry = std::make_shared<Entry>();
            m_entries.insert(key, entry);
            ++m_computed;
            mine = true;
        }
    }
    if (mine) {
        Outcome outcome;
        try {
            outcome.value = compute();
            outcome.state = stop.stop_requested() ? State::Cancelled : State::Ready;
        } catch (const std::exception& e) {
            outcome.state = State::Failed;
            outcome.reason = Text::tr("Working out \"%1\" failed: %2").arg(key, QString::fromLocal8Bit(e.what()));
        } catch (...) {
            outcome.state = State::Failed;
            outcome.reason = Text::tr("Working out \"%1\" failed with an unknown error.").arg(key);
        }
        if (outcome.state == State::Cancelled) {
            outcome.value.reset();
            outcome.reason = Text::tr("Working out \"%1\" was cancelled before it finished.").arg(key);
        }
        {
            const std::lock_guard lock(entry->mutex);
            entry->outcome = outcome;
            entry->computing = false;
        }
        entry->done.notify_all();
        return outcome;
    }
    if (!waitUnlessStopped(entry->mutex, entry->done, stop, [&entry] { return !entry->computing; })) {
        Outcome cancelled;
        cancelled.state = State::Cancelled;
        cancelled.reason = Text::tr("Stopped waiting for \"%1\": this check was cancelled.").arg(key);
        return cancelled;
    }
    const std::lock_guard lock(entry->mutex);
    return entry->outcome;
}

QString FactsCache::typeMismatch(const QString& key)
{
    return Text::tr("\"%1\" was asked for as two different kinds of fact (a defect in the checks).").arg(key);
}

int FactsCache::computedCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_computed;
}

} // namespace mars
