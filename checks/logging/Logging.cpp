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
    spdlog::sink_ptr front; // the RedactingSink every logger writes to
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> ring;
    QString filePath;
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

    bool ok = true;
    s.filePath.clear();
    if (!options.directory.isEmpty()) {
        const QString path = QDir(options.directory).absoluteFilePath(QStringLiteral("mars-troubleshooter.log"));
        try {
            QDir().mkpath(options.directory);
            children.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QDir::toNativeSeparators(path).toStdString(), size_t(options.maxFile_bytes),
                    size_t(qMax(1, options.maxFiles))));
            s.filePath = path;
        } catch (const spdlog::spdlog_ex& e) {
            ok = false;
            if (error)
                *error = QStringLiteral("Cannot write the log file %1: %2").arg(path, QString::fromLocal8Bit(e.what()));
        }
    }
    if (options.alsoStderr)
        children.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    for (auto& child : children)
        child->set_pattern(pattern);

    s.front = std::make_shared<RedactingSink>(redactor ? redactor : std::make_shared<Redactor>(), std::move(children));
    s.front->set_level(spdlog::level::trace);
    s.level = options.alsoStderr ? spdlog::level::debug : spdlog::level::info;
    spdlog::set_level(s.level);
    spdlog::flush_on(spdlog::level::warn);
    spdlog::flush_every(std::chrono::seconds(2));
    lock.unlock();

    spdlog::set_default_logger(logger(QStringLiteral("app")));
    s.previousHandler = qInstallMessageHandler(qtMessageHandler);
    return ok;
}

void Logging::shutdown()
{
    LogState& s = state();
    qInstallMessageHandler(s.previousHandler);
    QMutexLocker lock(&s.mutex);
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
    spdlog::drop_all();
    s.front.reset();
    s.ring.reset();
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
    spdlog::sink_ptr sink = s.front ? s.front : std::make_shared<spdlog::sinks::null_sink_mt>();
    auto created = std::make_shared<spdlog::logger>(id, sink);
    created->set_level(s.level);
    spdlog::register_logger(created);
    return created;
}

QString Logging::logFilePath()
{
    QMutexLocker lock(&state().mutex);
    return state().filePath;
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
