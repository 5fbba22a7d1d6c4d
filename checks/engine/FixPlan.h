// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mars {

// One concrete change a fix would make, shown to the technician before anything changes.
struct PlannedChange
{
    QString target; // path, registry value, service name, ...
    QString before; // current state, in words or values
    QString after; // state after the fix
};

enum class Elevation : quint8 {
    NotNeeded = 1,
    Needed, // the change needs administrator rights this process does not have
    Held, // needs them and this process has them
};

// The exact plan of a fix, computed on a worker by Fix::preview(). apply() receives the same
// plan back, so what is applied is what was shown.
struct FixPlan
{
    QString fixId;
    QString checkId; // the check re-run after apply to verify
    QString summary; // one sentence: what will happen
    QList<PlannedChange> changes; // may be a sample when there are many (see itemCount)
    qint64 itemCount = 0; // e.g. files to delete
    qint64 totalBytes = 0;
    Elevation elevation = Elevation::NotNeeded;
    bool canApply = false;
    QString cannotApplyReason; // plain sentence when canApply is false
    bool reversible = false;
    QString undoDescription; // how it can be undone, or why it cannot
    QVariantMap parameters; // what apply() needs (folder, filter, ...), copied as values
    // The change takes effect only after the server restarts (TLS settings, the machine
    // PSModulePath): the journal records it, the Summary asks for one restart, and the restart
    // check (I9) watches it until the server has restarted.
    bool restartNeeded = false;
    // Checks besides checkId whose answer this fix changes (their ids): re-run with it.
    QStringList alsoRecheck;
    // The fix changes what every check sees (the process's rights): re-run them all.
    bool recheckAll = false;
    // What to look at when the process died while this fix ran (a kill, a crash, a power cut):
    // the journal keeps it on the "started" line, and the next start shows it with that line.
    // Empty: "run the check again to see the machine as it is now".
    QString ifInterrupted;
    // How long apply() may take before FixRunner asks it to stop (the fix's own waits are
    // shorter); a fix with many items scales it in preview(). When it does not return even then,
    // the dialog can be closed and the fix finishes on its own, its result still journaled.
    int deadline_s = 300;
};

enum class FixResult : quint8 {
    Applied = 1,
    PartlyApplied, // some items could not be changed (in use, denied); counts say which
    NothingToDo,
    Failed,
    Cancelled,
    NotAllowed, // plan.canApply was false, or another change to the machine was still running
    Started, // journal only: written before apply(); with no later entry, the fix was interrupted
    Interrupted, // journal only: written at a later start for a "started" line that never got its result
};
QString fixResultId(FixResult result);

// What happens after a fix beyond the re-check.
enum class FollowUp : quint8 {
    None = 1,
    QuitApplication, // e.g. relaunched elevated: this instance should close
};

// The outcome of Fix::apply(). before/after are what the journal records.
struct FixOutcome
{
    QString fixId;
    FixResult result = FixResult::Failed;
    QString summary; // plain sentence
    QJsonObject before; // state before, as facts (counts, attributes, values)
    QJsonObject after; // state after
    QJsonObject undo; // what undo needs; empty when not reversible
    FollowUp followUp = FollowUp::None;
    qint64 elapsed_ms = 0;
};

} // namespace mars

Q_DECLARE_METATYPE(mars::FixPlan)
Q_DECLARE_METATYPE(mars::FixOutcome)
