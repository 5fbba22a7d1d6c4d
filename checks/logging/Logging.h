// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace spdlog {
class logger;
}

namespace mars {

class Redactor;

struct LogOptions
{
    QString directory; // where mars-troubleshooter.log and mars-audit.log rotate
    QString sessionId; // stamped on every line
    qint64 maxFile_bytes = 5 * 1024 * 1024;
    int maxFiles = 3; // rotated files kept besides the current one
    // The audit file: one line per deleted file can run to 150 MB for a million files, so it
    // has its own cap and never pushes the session's story out of the main log.
    qint64 auditMaxFile_bytes = 10 * 1024 * 1024;
    int auditMaxFiles = 3; // rotated audit files kept besides the current one
    int ringCapacity_lines = 2000;
    bool alsoStderr = false; // --verbose in the CLI
};

// Sets up logging once per process: a size-capped rotating file, an in-memory ring of the
// last lines (for the in-app log view and "copy diagnostics"), Qt's own messages routed in,
// the session id on every line, and the Redactor applied before any sink sees a line.
// Loggers are named per module: logger("checks"), logger("fixes"), logger("wizard").
//
// Two files, two purposes:
//  - mars-troubleshooter.log, the story of each session (start, options, each finding, fixes,
//    the overall result, the exit code, the end): a few hundred lines, so earlier sessions stay.
//  - mars-audit.log, what destructive fixes did: logger("audit") writes there and into the story
//    (a few lines per fix: a service started, a value written); itemAudit() writes there only (one
//    line per deleted file). Every audit line is flushed before the caller goes on, so a killed
//    process loses no record of a change already made.
class Logging
{
public:
    static bool init(const LogOptions& options, std::shared_ptr<const Redactor> redactor, QString* error = nullptr);
    static void shutdown();
    // The story's last line: "session end, exit code N".
    static void logSessionEnd(int exitCode);
    static std::shared_ptr<spdlog::logger> logger(const QString& name);
    // Per-item audit (one line per file deleted or skipped): the audit file only, never the story
    // or the in-app log view. Its lines are tagged [audit] like logger("audit")'s.
    static std::shared_ptr<spdlog::logger> itemAudit();
    static QString logFilePath();
    static QString auditFilePath();
    // The most recent lines of the story (already redacted), oldest first.
    static QStringList recentLines(int limit = -1);
};

} // namespace mars
