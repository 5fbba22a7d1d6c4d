// SPDX-License-Identifier: MIT
#pragma once

// A check whose run() does what a runner test asks (pass, throw, hang, wait for cancel, ...),
// and helpers to read what the runner reported. Used by TestCheckRunner and
// TestCheckRunnerCancel.
#include "engine/Check.h"
#include "engine/CheckRunner.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>

#include <atomic>
#include <new>
#include <stdexcept>

namespace mars::test {

enum class Behaviour {
    Pass,
    Throw,
    ThrowBadAlloc,
    ThrowNonStd,
    Hang,
    HangThenProgress,
    FirstRunHangs,
    EachRunHangs,
    WaitForCancel,
    NoVerdict,
    InvalidVerdict,
    Progress,
    Sleep50,
};

// A check whose run() does what the test asks. Hang blocks on a semaphore the test releases
// at the end, ignoring the cancel token, like a probe stuck in the OS. FirstRunHangs hangs on
// its first run only and passes at once afterwards. EachRunHangs holds run 1 on runGates[0]
// (then fails) and later runs on runGates[1] (then pass), so a test decides which run returns
// first. `returned` counts runs that came back.
class ScriptedCheck final : public Check
{
public:
    ScriptedCheck(QString id, Behaviour behaviour, int deadline_ms = 2000, QSemaphore* gate = nullptr)
        : m_id(std::move(id))
        , m_behaviour(behaviour)
        , m_deadline_ms(deadline_ms)
        , m_gate(gate)
    {
    }
    CheckInfo info() const override
    {
        CheckInfo i;
        i.id = m_id;
        i.phases = Phase::Install;
        i.title = m_id;
        i.deadline_ms = m_deadline_ms;
        return i;
    }
    Finding run(const CheckContext& context) const override
    {
        const int run = ++runs;
        struct Returned
        {
            std::atomic_int& n;
            ~Returned() { ++n; }
        } countReturn{returned};
        switch (m_behaviour) {
        case Behaviour::Pass: return makeFinding(Verdict::Pass, QStringLiteral("fine"));
        case Behaviour::Throw: throw std::runtime_error("probe exploded");
        case Behaviour::ThrowBadAlloc: throw std::bad_alloc();
        case Behaviour::ThrowNonStd: throw 42;
        case Behaviour::Hang: m_gate->acquire(); return makeFinding(Verdict::Pass, QStringLiteral("late"));
        case Behaviour::HangThenProgress:
            m_gate->acquire();
            context.progress(1, 2, QStringLiteral("late progress"));
            return makeFinding(Verdict::Pass, QStringLiteral("late"));
        case Behaviour::FirstRunHangs:
            if (run == 1) {
                m_gate->acquire();
                return makeFinding(Verdict::Fail, QStringLiteral("run 1"));
            }
            return makeFinding(Verdict::Pass, QStringLiteral("run %1").arg(run));
        case Behaviour::EachRunHangs:
            runGates[run == 1 ? 0 : 1].acquire();
            return run == 1 ? makeFinding(Verdict::Fail, QStringLiteral("run 1"))
                            : makeFinding(Verdict::Pass, QStringLiteral("run %1").arg(run));
        case Behaviour::WaitForCancel:
            while (!context.isCancelled())
                QThread::msleep(5);
            return makeFinding(Verdict::Pass, QStringLiteral("stopped"));
        case Behaviour::NoVerdict: return Finding{};
        case Behaviour::InvalidVerdict: return makeFinding(Verdict::Invalid, QStringLiteral("zero"));
        case Behaviour::Progress:
            for (int i = 1; i <= 3; ++i)
                context.progress(i, 3, QStringLiteral("step %1").arg(i));
            return makeFinding(Verdict::Pass, QStringLiteral("fine"));
        case Behaviour::Sleep50: QThread::msleep(50); return makeFinding(Verdict::Warning, QStringLiteral("slow"));
        }
        return {};
    }
    mutable std::atomic_int runs{0};
    mutable std::atomic_int returned{0};
    mutable QSemaphore runGates[2];

private:
    QString m_id;
    Behaviour m_behaviour;
    int m_deadline_ms;
    QSemaphore* m_gate;
};

// How many late results of `id` the runner has dropped so far, from a spy on
// CheckRunner::resultDropped (emitted on the runner's thread as it drops one), so waiting for
// this count is waiting for the drop itself.
inline int droppedResults(const QSignalSpy& dropped, const QString& id)
{
    int n = 0;
    for (const auto& args : dropped)
        n += args.at(0).toString() == id ? 1 : 0;
    return n;
}

inline Finding findingOf(const QSignalSpy& spy, const QString& id)
{
    for (const auto& args : spy) {
        const auto f = args.at(0).value<Finding>();
        if (f.checkId == id)
            return f;
    }
    return {};
}

// Logging into memory only (the runner logs every check; nothing is written to disk).
inline bool initMemoryLogging()
{
    LogOptions options;
    options.ringCapacity_lines = 100000;
    return Logging::init(options, std::make_shared<Redactor>());
}

} // namespace mars::test
