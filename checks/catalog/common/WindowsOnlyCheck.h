// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"
#include "system/SystemTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mars {

// Base of the checks that only mean something on Windows (A3-A12). On another OS (PosixSystem
// on the Linux dev box) they answer NotApplicable in a plain sentence; when the OS version
// cannot be read they answer Error with the reason, never a silent pass.
class WindowsOnlyCheck : public Check
{
    Q_DECLARE_TR_FUNCTIONS(WindowsOnlyCheck)

protected:
    // True when the check can go on, with `os` filled; false with `finding` set otherwise.
    bool readWindows(const CheckContext& context, OsInfo* os, Finding* finding) const;
    // An Error finding: `summary` in words, the probe's reason as detail.
    Finding probeError(const QString& summary, const QString& reason) const;
    // `path` without trailing separators (a root keeps its own): InstallPath is written with a
    // trailing backslash, which reads oddly in a sentence and, before a closing quote, turns
    // "C:\dir\" into an escaped quote for most command-line parsers.
    static QString tidyPath(const QString& path);

    // One thing a check with several probes found wrong (or could not read).
    struct Problem
    {
        Verdict verdict = Verdict::Fail;
        QString sentence; // names the cause
        QString remedy; // usually empty for Error
        QStringList fixIds;
    };
    // The worst problem's sentence is the summary (Fail > Error > Warning, verdictSeverity());
    // the remedies and fixes of all of them are kept. No problems: Pass with `passSentence`.
    // When the worst is an Error, its own sentence is the summary (`errorSentence` when there are
    // several problems) and every sentence the detail.
    Finding worstOf(const QList<Problem>& problems, const QString& passSentence, const QString& errorSentence) const;
};

} // namespace mars
