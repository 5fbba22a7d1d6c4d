// SPDX-License-Identifier: MIT
#pragma once
// The words a person reads about a run, shared by the Summary page and the text, HTML and
// Markdown reports, so the screen and every report say the same thing the same way: titles,
// never internal ids (those stay in the JSON).

#include "Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mars {

class ReportWords
{
    Q_DECLARE_TR_FUNCTIONS(mars::ReportWords)

public:
    // One sentence: is the server ready for the goal, and the single most important next step
    // (the worst finding's title and what to do).
    static QString headline(const Report& report);
    // A fix of the session as a person reads it: its title, and what became of it when that is
    // not simply "done" ("Undone: …", "Interrupted: …", "Failed: …").
    static QString fixHeading(const Report& report, const JournalEntry& entry);
    // "2 failures, 1 warning, 14 passed": the counts that are not zero, worst first.
    static QString counts(const Report& report);
    // The findings that need attention (and those that did not run), worst first; the order of
    // the run within one verdict.
    static QList<Finding> attentionFirst(const Report& report);
    // The run-to-run comparison in one line: "Since the first run: 2 fixed, 1 still failing,
    // 1 new."; empty when the report has none to show.
    static QString comparisonSummary(const Report& report);
    // A verdict as a word inside a sentence ("failed", "passed", "could not run").
    static QString verdictWord(Verdict verdict);
    // One item of it: "Temp folder (before: failed, now: passed)".
    static QString comparisonItem(const Report& report, const RunComparison::Item& item);
    // The three lists with their headings ("Fixed", "Still failing", "New"), empty ones left out.
    struct ComparisonGroup
    {
        QString heading;
        QList<RunComparison::Item> items;
    };
    static QList<ComparisonGroup> comparisonGroups(const Report& report);
    // Between the items of a list inside a sentence: ", " (Japanese and Chinese: "、").
    static QString listSeparator();
};

// A remedy with numbered steps ("… 1. net stop obengine 2. If System State …") split into its
// introduction and its steps, so a report or the screen can show them as a numbered list. The
// steps must be numbered 1, 2, 3 … in order; anything else (a lone "1." or a version "4.8.")
// leaves the text whole: `steps` empty, `intro` the remedy.
struct RemedySteps
{
    QString intro;
    QStringList steps;
    static RemedySteps split(const QString& remedy);
    // The steps as an HTML numbered list, each escaped ("<ol><li>…</li></ol>"); empty without steps.
    QString stepsHtml() const;
};

} // namespace mars
