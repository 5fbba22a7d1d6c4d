// SPDX-License-Identifier: MIT
#pragma once

// A test-only check that never finishes by itself: it waits for its cancel token, like a probe
// stuck until the user gives up. Lets the GUI test see a page while a check is running.
#include "engine/Check.h"
#include "engine/StopWait.h"

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace mars::guitest {

class WaitForCancelCheck final : public Check
{
public:
    static QString checkId() { return QStringLiteral("test_waits_for_cancel"); }

    // How many runs have started on a worker (a run cancelled while still queued never starts).
    static std::atomic_int& startedRuns()
    {
        static std::atomic_int n{0};
        return n;
    }
    // How many runs have returned (the worker really stopped after the cancel).
    static std::atomic_int& returnedRuns()
    {
        static std::atomic_int n{0};
        return n;
    }

    CheckInfo info() const override
    {
        CheckInfo i;
        i.id = checkId();
        i.catalogRef = QStringLiteral("T1");
        i.phases = Phase::Install | Phase::Register;
        i.title = QStringLiteral("Waits until cancelled (test)");
        i.whyItMatters = QStringLiteral("Simulates a probe that hangs.");
        i.deadline_ms = 60000;
        return i;
    }

    Finding run(const CheckContext& context) const override
    {
        ++startedRuns();
        // Blocks like a probe in a call that honours cancellation: woken by a stop callback.
        std::mutex mutex;
        std::condition_variable wake;
        waitUnlessStopped(mutex, wake, context.stopToken(), [] { return false; });
        ++returnedRuns();
        return makeFinding(Verdict::Cancelled, QStringLiteral("Stopped because it was cancelled."));
    }
};

} // namespace mars::guitest
