// SPDX-License-Identifier: MIT
#include "Logging.h"

#include "RedactingSink.h"

#include <QDir>
#include <QMutex>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace mars {

namespace {
struct LogState
{
    QMutex mutex;
    spdlog::sink_ptr front; // the RedactingSink every logger writes to: the story
    spdlog::sink_ptr auditFront; // the RedactingSink in front of the audit file; null without one
    std::shared_ptr<spdlog::logger> itemAudit; // not registered: it shares the name "audit"
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> ring;
    QString filePath;
    QString auditPath;
    QtMessageHandler previousHandler = nullptr;
    // Kept here, not read back through spdlog::get_level(): that dereferences the default
    // logger, which drop_all() has just removed.
    spdlog::level::level_enum level = spdlog::level::info;
};

LogState& state()
{
    static LogState s;
    return s;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto logger = Logging::logger(QStringLiteral("qt"));
    const std::string text = context.category && qstrcmp(context.category, "default") != 0
                                     ? std::string(context.category) + ": " + message.toStdString()
                                     : message.toStdString();
    switch (type) {
    case QtDebugMsg: logger->debug(text); break;
    case QtInfoMsg: logger->info(text); break;
    case QtWarningMsg: logger->warn(text); break;
    case QtCriticalMsg: logger->error(text); break;
    case QtFatalMsg:
        logger->critical(text);
        logger->flush();
        break;
    }
}

const std::string kAudit = "audit";

// A rotating file in `directory`; null (and *error set) when it cannot be opened.
spdlog::sink_ptr rotatingFile(const QString& directory, const QString& name, qint64 maxFile_bytes, int maxFiles,
                              QString* path, QString* error)
{
    *path = QDir(directory).absoluteFilePath(name);
    try {
        QDir().mkpath(directory);
        return std::make_shared<spdlog::sinks::rotating_file_sink_mt>(QDir::toNativeSeparators(*path).toStdString(),
                                                                      size_t(qMax<qint64>(1, maxFile_bytes)),
                                                                      size_t(qMax(1, maxFiles)));
    } catch (const spdlog::spdlog_ex& e) {
        const QString why =
                QStringLiteral("Cannot write the log file %1: %2").arg(*path, QString::fromLocal8Bit(e.what()));
        *error = error->isEmpty() ? why : *error + u'\n' + why;
        path->clear();
        return nullptr;
    }
}
} // namespace

bool Logging::init(const LogOptions& options, std::shared_ptr<const Redactor> redactor, QString* error)
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    spdlog::drop_all();

    const std::string pattern = "[%Y-%m-%d %H:%M:%S.%e %z] [" + options.sessionId.toStdString() + "] [%l] [%n] %v";
    std::vector<spdlog::sink_ptr> children;
    s.ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(size_t(qMax(1, options.ringCapacity_lines)));
    children.push_back(s.ring);

    QString problems;
    std::vector<spdlog::sink_ptr> audit;
    s.filePath.clear();
    s.auditPath.clear();
    if (!options.directory.isEmpty()) {
        if (auto file = rotatingFile(options.directory, QStringLiteral("mars-troubleshooter.log"),
                                     options.maxFile_bytes, options.maxFiles, &s.filePath, &problems))
            children.push_back(std::move(file));
        if (auto file = rotatingFile(options.directory, QStringLiteral("mars-audit.log"), options.auditMaxFile_bytes,
                                     options.auditMaxFiles, &s.auditPath, &problems))
            audit.push_back(std::move(file));
    }
    if (options.alsoStderr)
        children.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    for (auto& child : children)
        child->set_pattern(pattern);
    for (auto& child : audit)
        child->set_pattern(pattern);

    if (!redactor)
        redactor = std::make_shared<Redactor>();
    s.front = std::make_shared<RedactingSink>(redactor, std::move(children));
    s.front->set_level(spdlog::level::trace);
    s.level = options.alsoStderr ? spdlog::level::debug : spdlog::level::info;
    s.auditFront.reset();
    if (!audit.empty()) {
        s.auditFront = std::make_shared<RedactingSink>(redactor, std::move(audit));
        s.auditFront->set_level(spdlog::level::trace);
    }
    // Not in the story, not in the ring: without an audit file its lines go nowhere.
    s.itemAudit = std::make_shared<spdlog::logger>(
            kAudit, s.auditFront ? s.auditFront : std::make_shared<spdlog::sinks::null_sink_mt>());
    s.itemAudit->set_level(s.level);
    s.itemAudit->flush_on(spdlog::level::trace);
    spdlog::set_level(s.level);
    spdlog::flush_on(spdlog::level::warn);
    spdlog::flush_every(std::chrono::seconds(2));
    lock.unlock();

    spdlog::set_default_logger(logger(QStringLiteral("app")));
    s.previousHandler = qInstallMessageHandler(qtMessageHandler);
    if (error)
        *error = problems;
    return problems.isEmpty();
}

void Logging::shutdown()
{
    LogState& s = state();
    qInstallMessageHandler(s.previousHandler);
    QMutexLocker lock(&s.mutex);
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
    spdlog::drop_all();
    if (s.itemAudit)
        s.itemAudit->flush();
    s.itemAudit.reset();
    s.auditFront.reset();
    s.front.reset();
    s.ring.reset();
}

void Logging::logSessionEnd(int exitCode)
{
    logger(QStringLiteral("app"))->info("session end, exit code {}", exitCode);
}

std::shared_ptr<spdlog::logger> Logging::logger(const QString& name)
{
    LogState& s = state();
    const std::string id = name.toStdString();
    QMutexLocker lock(&s.mutex);
    if (auto existing = spdlog::get(id))
        return existing;
    // Before init() (unit tests, early start-up) loggers write nowhere rather than to stdout,
    // which the CLI reserves for its report.
    std::vector<spdlog::sink_ptr> sinks{s.front ? s.front : std::make_shared<spdlog::sinks::null_sink_mt>()};
    const bool audit = id == kAudit;
    if (audit && s.auditFront)
        sinks.push_back(s.auditFront);
    auto created = std::make_shared<spdlog::logger>(id, sinks.begin(), sinks.end());
    created->set_level(s.level);
    // register_logger() does not apply spdlog::flush_on(): each logger is told here. An audit
    // line is on disk before the change it records goes on; a warning before the next step.
    created->flush_on(audit ? spdlog::level::trace : spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

std::shared_ptr<spdlog::logger> Logging::itemAudit()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.itemAudit) // before init(): nowhere, as logger() does
        s.itemAudit = std::make_shared<spdlog::logger>(kAudit, std::make_shared<spdlog::sinks::null_sink_mt>());
    return s.itemAudit;
}

QString Logging::logFilePath()
{
    QMutexLocker lock(&state().mutex);
    return state().filePath;
}

QString Logging::auditFilePath()
{
    QMutexLocker lock(&state().mutex);
    return state().auditPath;
}

QStringList Logging::recentLines(int limit)
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    QStringList lines;
    if (!s.ring)
        return lines;
    for (const std::string& line : s.ring->last_formatted(limit < 0 ? 0 : size_t(limit)))
        lines.append(QString::fromStdString(line).trimmed());
    return lines;
}

} // namespace mars
