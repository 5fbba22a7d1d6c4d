// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Finding.h"
#include "engine/FixJournal.h"
#include "report/ReportedError.h"
#include "report/RunComparison.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mars {

// One value built from a run: who, where, what was found, what was fixed. Exporters turn it
// into files; every exporter passes its text through the Redactor.
struct Report
{
    static constexpr int kSchemaVersion = 1;

    QString sessionId;
    QString toolVersion;
    bool simulated = false;
    QString systemDescription; // "Linux", "Windows", "SIMULATED: broken-install"
    QString hostName;
    QString osDescription;
    QString userName;
    QString goal;
    QString cloud;
    QStringList phases; // phases that ran
    QStringList labInputs; // lab and test inputs in use (CheckInputs::labInputs()); said in every output
    QDateTime startedUtc;
    QDateTime finishedUtc;
    QList<Finding> findings;
    QList<JournalEntry> fixes; // fixes applied in this session
    ReportedError reportedError; // "I got this error" (--error, Welcome page); empty when none
    // Check and fix titles by id, from the catalog (makeReport): what a person reads in the text,
    // HTML and Markdown reports, where ids never appear (the JSON keeps the ids).
    QHash<QString, QString> titles;
    // What changed since the first run of this session (the wizard fills it after fixes; the
    // command line runs once and leaves it empty, `shown` false).
    RunComparison sinceFirstRun;

    // Worst verdict among the findings (Pass when there are none... which never happens
    // in a real run: an empty run is NotRun).
    Verdict overall() const;
    int count(Verdict verdict) const;
    // This session's fixes (and undos) that changed something taking effect only after the
    // server restarts (FixPlan::restartNeeded): the Summary asks for one restart when any.
    QList<JournalEntry> awaitingRestart() const;
    // The title of a check or fix; the id only when this version's catalog does not know it.
    QString titleOf(const QString& id) const { return titles.value(id, id); }
};

} // namespace mars

#include "engine/CheckEnvironment.h"

namespace mars {

// Fills a Report from a finished run: machine facts come from the environment's SystemProbe
// (so a scenario reports the simulated machine), fixes are the journal entries of `sessionId`,
// the reported error (environment.inputs.reportedError) is matched against `catalog`'s table.
Report makeReport(const QString& sessionId, const CheckCatalog& catalog, const CheckEnvironment& environment,
                  const QList<Finding>& findings, const QList<JournalEntry>& journalEntries, const QStringList& phases,
                  const QDateTime& startedUtc);

} // namespace mars
