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
    QString directory; // where mars-troubleshooter.log rotates
    QString sessionId; // stamped on every line
    qint64 maxFile_bytes = 5 * 1024 * 1024;
    int maxFiles = 3; // rotated files kept besides the current one
    int ringCapacity_lines = 2000;
    bool alsoStderr = false; // --verbose in the CLI
};

// Sets up logging once per process: a size-capped rotating file, an in-memory ring of the
// last lines (for the in-app log view and "copy diagnostics"), Qt's own messages routed in,
// the session id on every line, and the Redactor applied before any sink sees a line.
// Loggers are named per module: logger("checks"), logger("audit"), logger("wizard").
class Logging
{
public:
    static bool init(const LogOptions& options, std::shared_ptr<const Redactor> redactor, QString* error = nullptr);
    static void shutdown();
    static std::shared_ptr<spdlog::logger> logger(const QString& name);
    static QString logFilePath();
    // The most recent lines (already redacted), oldest first.
    static QStringList recentLines(int limit = -1);
};

} // namespace mars
