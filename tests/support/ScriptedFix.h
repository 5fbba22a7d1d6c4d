// SPDX-License-Identifier: MIT
#pragma once

// A fix whose apply() does what a test asks, and a check that offers it, for the tests of
// FixRunner's deadline, stop and re-check rules (TestFixRunnerDeadline) and of the fix dialog
// that can always be left (TestFixSafetyWalkthrough). Nothing here touches the machine.
#include "engine/Check.h"
#include "engine/Fix.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

namespace mars::test {

enum class FixBehaviour {
    Apply, // returns Applied at once
    Hang, // blocks on the gate, ignoring the cancel token (a call stuck in the OS)
    WaitForCancel, // returns Cancelled once the token is cancelled
};

class ScriptedFix final : public Fix
{
public:
    ScriptedFix(QString id, QString checkId, FixBehaviour behaviour, QSemaphore* gate = nullptr)
        : m_id(std::move(id))
        , m_checkId(std::move(checkId))
        , m_behaviour(behaviour)
        , m_gate(gate)
    {
    }
    FixInfo info() const override
    {
        return {.id = m_id, .checkId = m_checkId, .title = QStringLiteral("Scripted fix")};
    }
    FixPlan preview(const CheckContext&) const override
    {
        FixPlan plan;
        plan.summary = QStringLiteral("Change the scripted thing.");
        plan.changes.append({QStringLiteral("scripted thing"), QStringLiteral("off"), QStringLiteral("on")});
        plan.itemCount = 1;
        plan.canApply = true;
        plan.reversible = true;
        plan.ifInterrupted = QStringLiteral("Look at the scripted thing.");
        plan.deadline_s = deadline_s;
        plan.recheckAll = recheckAll;
        return plan;
    }
    FixOutcome apply(const CheckContext& context, const FixPlan&) const override
    {
        ++applies;
        FixOutcome outcome;
        outcome.result = FixResult::Applied;
        outcome.summary = QStringLiteral("The scripted thing is on.");
        switch (m_behaviour) {
        case FixBehaviour::Apply: break;
        case FixBehaviour::Hang:
            m_gate->acquire();
            outcome.summary = QStringLiteral("The scripted thing is on, late.");
            break;
        case FixBehaviour::WaitForCancel:
            while (!context.isCancelled())
                QThread::msleep(5);
            outcome.result = FixResult::Cancelled;
            outcome.summary = QStringLiteral("Stopped as asked.");
            break;
        }
        ++returned;
        return outcome;
    }

    int deadline_s = 300;
    bool recheckAll = false;
    mutable std::atomic_int applies{0};
    mutable std::atomic_int returned{0};

private:
    QString m_id;
    QString m_checkId;
    FixBehaviour m_behaviour;
    QSemaphore* m_gate;
};

// A check that fails and offers the fixes it is given; counts its runs.
class OfferingCheck final : public Check
{
public:
    OfferingCheck(QString id, QStringList fixIds)
        : m_id(std::move(id))
        , m_fixIds(std::move(fixIds))
    {
    }
    CheckInfo info() const override
    {
        CheckInfo i;
        i.id = m_id;
        i.phases = Phase::Install;
        i.title = m_id;
        return i;
    }
    Finding run(const CheckContext&) const override
    {
        ++runs;
        Finding f = makeFinding(Verdict::Fail, QStringLiteral("The scripted thing is off."));
        f.fixIds = m_fixIds;
        return f;
    }
    mutable std::atomic_int runs{0};

private:
    QString m_id;
    QStringList m_fixIds;
};

} // namespace mars::test
