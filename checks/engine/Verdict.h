// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace mars {

// The outcome of one check. Zero is deliberately not a verdict: a value that was never set
// cannot pass for Pass. NotRun is what a check shows before (or without) running; it is
// never displayed, exported or counted as a pass.
enum class Verdict : quint8 {
    Invalid = 0,
    Pass,
    Warning,
    Fail,
    NotApplicable,
    Error, // the probe itself could not run (exception, denied API, unreadable input)
    TimedOut, // the check's deadline or the phase cap expired first
    Cancelled, // the user cancelled before it finished
    NotRun,
};

// Stable snake_case ids used in JSON, the CLI and logs ("pass", "not_applicable", ...).
QString verdictId(Verdict verdict);
// Parses a snake_case id; Invalid for anything else.
Verdict verdictFromId(const QString& id);
// Short label for the CLI table ("PASS", "WARN", "FAIL", "N/A", "ERROR", ...), translated.
QString verdictLabel(Verdict verdict);
// True for verdicts that ask the technician to do something (Warning, Fail, Error, TimedOut).
bool verdictNeedsAttention(Verdict verdict);
// Ordering used to pick the worst outcome of a run: Pass < NotApplicable < Warning < ... < Fail.
int verdictSeverity(Verdict verdict);

} // namespace mars

Q_DECLARE_METATYPE(mars::Verdict)
