// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <any>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>

namespace mars {

// Facts several checks of one run need (one HTTPS exchange, one parsed vault credentials file,
// where the agent's cache folder is), computed once per run and shared. Thread-safe:
//  - the first check that asks for a key computes it on its own worker thread;
//  - checks asking for the same key meanwhile wait for that one result, each for no longer
//    than its own cancellation allows (a waiter that is cancelled stops waiting, alone);
//  - a computation that throws is a Failed fact, one whose computing check was cancelled a
//    Cancelled fact: shared as such, never computed again in this run, never a silent value;
//  - the runner gives every run (and every single-check re-run, which must see the machine as
//    it is after a fix) a new, empty cache.
// Keys name the fact and its inputs ("scratch.target", "https:" + url). One key, one type: a
// key asked for with two types is a defect and answers Failed.
class FactsCache
{
public:
    enum class State : quint8 { Ready = 1, Failed, Cancelled };

    template<typename T>
    struct Fact
    {
        State state = State::Failed;
        T value{}; // meaningful when Ready
        QString reason; // why not Ready
        bool ok() const { return state == State::Ready; }
    };

    // The fact for `key`: computed by `compute` if nobody has, else the one result. `stop` is
    // the asking check's (CheckContext::stopToken()); `compute` should honour it too.
    template<typename T>
    Fact<T> obtain(const QString& key, const std::stop_token& stop, const std::function<T()>& compute)
    {
        Fact<T> fact;
        const Outcome outcome = obtainErased(key, stop, [&compute] { return std::any(compute()); });
        fact.state = outcome.state;
        fact.reason = outcome.reason;
        if (outcome.state == State::Ready) {
            if (const T* value = std::any_cast<T>(&outcome.value)) {
                fact.value = *value;
            } else {
                fact.state = State::Failed;
                fact.reason = typeMismatch(key);
            }
        }
        return fact;
    }

    // How many facts were computed (not served from the cache): for tests and the log.
    int computedCount() const;

private:
    struct Entry;
    struct Outcome
    {
        State state = State::Failed;
        std::any value;
        QString reason;
    };
    Outcome obtainErased(const QString& key, const std::stop_token& stop, const std::function<std::any()>& compute);
    static QString typeMismatch(const QString& key);

    mutable std::mutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    int m_computed = 0;
};

} // namespace mars
