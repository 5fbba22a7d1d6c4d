// SPDX-License-Identifier: MIT
#include "RunComparison.h"

#include <QHash>

namespace mars {

namespace {
enum class State : quint8 { Unknown, Good, Problem };

State stateOf(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
    case Verdict::NotApplicable: return State::Good;
    case Verdict::Warning:
    case Verdict::Fail:
    case Verdict::Error:
    case Verdict::TimedOut: return State::Problem;
    case Verdict::Cancelled:
    case Verdict::Invalid:
    case Verdict::NotRun: return State::Unknown;
    }
    return State::Unknown;
}
} // namespace

RunComparison RunComparison::between(const QList<Finding>& first, const QList<Finding>& latest)
{
    QHash<QString, Verdict> before;
    for (const Finding& f : first)
        before.insert(f.checkId, f.verdict);
    RunComparison out;
    for (const Finding& f : latest) { // in the latest run's order
        const Verdict then = before.value(f.checkId, Verdict::NotRun);
        const Item item{f.checkId, then, f.verdict};
        const State was = stateOf(then);
        const State is = stateOf(f.verdict);
        if (is == State::Problem)
            (was == State::Problem ? out.stillFailing : out.appeared).append(item);
        else if (is == State::Good && was == State::Problem)
            out.fixed.append(item);
    }
    return out;
}

} // namespace mars
