// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Finding.h"

#include <QList>
#include <QString>

namespace mars {

// What changed between the first run of the checks in a session and the latest findings (after
// fixes and re-checks): the run-to-run comparison the Summary and the reports show. A problem is
// a failure, a warning or a check that could not run (error, timed out); passed and not
// applicable are no problem; cancelled and not-run findings are left out of every list.
struct RunComparison
{
    struct Item
    {
        QString checkId;
        Verdict before = Verdict::NotRun;
        Verdict now = Verdict::NotRun;
    };
    QList<Item> fixed; // a problem then, none now
    QList<Item> stillFailing; // a problem then and now
    QList<Item> appeared; // none (or not run) then, a problem now

    // Set by the wizard when there is something to compare (a fix ran, or a verdict changed);
    // the reports say nothing about a comparison when it is not.
    bool shown = false;

    bool changed() const { return !fixed.isEmpty() || !appeared.isEmpty(); }
    // `first` and `latest` are each one finding per check (a check in neither is ignored).
    static RunComparison between(const QList<Finding>& first, const QList<Finding>& latest);
};

} // namespace mars
