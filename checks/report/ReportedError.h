// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckCatalog.h"
#include "engine/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mars {

// "I got this error" in a report: what the technician entered, the catalog row it matched and
// what the run found about it. Built by makeReport from CheckInputs::reportedError.
struct ReportedError
{
    QString text; // as entered (exporters redact it); empty = none entered
    QString id; // the matched row's id (KnownError::id); empty when the text is unknown
    QString matchedBy; // the code or phrase that matched
    QString shownText; // the row's message as the agent shows it
    QString meaning; // the row's plain words (translated)
    QStringList checkIds; // the row's checks that ran, in run order
    QStringList explainedBy; // of those, the ones that found a problem (Fail first)
    QStringList cleared; // passed or did not apply
    QStringList undecided; // could not say (error, timed out, cancelled)

    bool entered() const { return !text.isEmpty(); }
    bool known() const { return !id.isEmpty(); }
};

// Matches `text` against the catalog's table and reads the verdicts of the row's checks among
// `findings` (the checks that ran).
ReportedError describeReportedError(const CheckCatalog& catalog, const QString& text, const QList<Finding>& findings);

// The plain sentences for the Summary and the text report (translated), naming checks by their
// titles: "Explained by: Vault credentials file: certificate dates (failed)." or what to do when
// none of the error's checks found anything.
class ReportedErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ReportedErrorText)

public:
    static QString headline(const ReportedError& error); // "You reported: … (ID: 34513)."
    static QString verdict(const ReportedError& error, const CheckCatalog& catalog, const QList<Finding>& findings);
};

} // namespace mars
