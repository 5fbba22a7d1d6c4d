// SPDX-License-Identifier: MIT
#pragma once

// Running one command-line tool of the OS to its end, bounded in time and cancellable, for the
// actions that have no API of their own (w32tm /resync). Portable Qt (QProcess), so the waits
// are proven on Linux too (TestToolRun); internal to mars_system.
#include <QString>
#include <QStringList>

#include <stop_token>

namespace mars {

struct ToolRun
{
    enum class End : quint8 {
        Exited = 1, // ran to its end: exitCode is its answer
        NotStarted, // the program could not be started (error says why)
        TimedOut, // killed after the time-out
        Stopped, // killed (or never started) because stop was requested
        Crashed, // ended abnormally (killed from outside, crashed)
    };
    End end = End::NotStarted;
    int exitCode = 0; // when Exited
    QString output; // standard output and error, merged and decoded (UTF-16, UTF-8, else ANSI)
    QString error; // NotStarted: QProcess's reason
    qint64 elapsed_ms = 0;
};

// At most this much output is kept (a tool that floods its pipe is cut, not buffered forever).
constexpr qsizetype kToolOutputCap = 64 * 1024;

// Runs `program` (an absolute path: no PATH search is wanted for elevated callers) with
// `arguments` and no input (its standard input is closed), on the calling thread. Waits until
// it ends, `timeout_ms` passes, or `stop` is requested (checked every 50 ms, so a stop
// callback is not needed); in the last two cases the process is killed.
ToolRun runTool(const QString& program, const QStringList& arguments, int timeout_ms, const std::stop_token& stop);

} // namespace mars
