// SPDX-License-Identifier: MIT
#pragma once

#include "Check.h"
#include "Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mars {

// "I got this error": one row of the catalog's error table (mars-checks.md §3). The rows are
// data the catalog registers (catalog/KnownErrors.cpp); the engine only matches text against
// them, orders a run so their checks start first and says afterwards which check explains it.
struct KnownError
{
    QString id; // stable: the agent's ID ("34513"), code ("0x1FC07", "407") or a short name
    QStringList codes; // numbers and hex codes that identify it in pasted text ("34513", "0x1FC07")
    QStringList phrases; // distinctive fragments of its message, lower case, matched case-insensitively
    QString shownText; // the message as the agent shows it (English, as the customer saw it)
    QString meaning; // what it means, in plain words (translated)
    QStringList catalogRefs; // the catalog's checks that can explain it ("G1", "A12": A12a and A12b too)
};

// What a technician's text matched.
struct ErrorMatch
{
    enum class Kind : quint8 {
        Empty = 1, // no text given
        Known, // `error` is the row it matched
        Unknown, // text given, no row matched (the whole phase runs, in catalog order)
    } kind = Kind::Empty;
    KnownError error; // set when Known
    QString matchedBy; // the code or phrase that decided it, for the log and the report
};

// Codes first: a recognised ID, hex code or HTTP status anywhere in the text wins (the first one
// in the text); else the row whose phrases match the most characters. Never throws, bounded work
// for any input (the text is cut to its first 4,000 characters).
ErrorMatch matchKnownError(const QList<KnownError>& errors, const QString& text);

// True when the catalog reference `ref` ("A12", "G3") covers a check's `catalogRef` ("A12a").
bool catalogRefCovers(const QString& ref, const QString& checkRef);

// The checks among `checks` that can explain `error`, in `checks`' order.
QList<std::shared_ptr<const Check>> checksExplaining(const QList<std::shared_ptr<const Check>>& checks,
                                                     const KnownError& error);

// `checks` with those that can explain `error` moved to the front (both parts keep their order),
// so they are the first to start on the workers.
QList<std::shared_ptr<const Check>> explainingChecksFirst(const QList<std::shared_ptr<const Check>>& checks,
                                                          const KnownError& error);

// The checks in the order to start them for a run whose technician reported `text`: those that
// can explain the matched error first. Logs what matched (the row's id and the code or phrase that
// decided it, never the text itself, which may hold names).
QList<std::shared_ptr<const Check>> runOrderFor(const QList<KnownError>& errors,
                                                const QList<std::shared_ptr<const Check>>& checks, const QString& text);

// After the run: which of the error's checks found a problem (Fail, then Warning: these explain
// it), which passed, and which could not say (Error, TimedOut, Cancelled, NotRun).
struct ErrorExplanation
{
    QStringList explainedBy; // check ids, Fail before Warning, then in run order
    QStringList cleared; // Pass or NotApplicable
    QStringList undecided; // Error, TimedOut, Cancelled, NotRun
};
ErrorExplanation explainError(const QList<std::shared_ptr<const Check>>& checks, const KnownError& error,
                              const QList<Finding>& findings);

} // namespace mars
