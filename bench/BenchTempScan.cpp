// SPDX-License-Identifier: MIT
// mars_bench_temp_scan: F1 and its cleanup on N real .tmp files (PosixSystem, the real kernel).
// Times the count (TempTmpCountCheck::run), the preview and the apply of TempCleanupFix, and
// the peak RSS of each phase, to show that listing and deleting stream: the memory a phase
// needs must not grow with N. Linux only (/proc/self). See bench/README.md.
#include "checks/TempTmpCountCheck.h"
#include "fixes/TempCleanupFix.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"
#include "system/PosixSystem.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

#include <functional>
#include <memory>

using namespace mars;

namespace {

constexpr qint64 kDefaultFiles = 20000;
constexpr int kFileSize_bytes = 100;

// A "VmRSS:"/"VmHWM:" line of /proc/self/status, in KiB; -1 when unreadable.
qint64 statusKiB(const QByteArray& key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Writing 5 to clear_refs resets VmHWM to the current RSS (Linux >= 4.0), so each phase
// reports its own peak instead of the process's all-time peak.
bool resetPeakRss()
{
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return ok;
}

struct Measured
{
    qint64 wall_ms = 0;
    qint64 rssBefore_kib = 0;
    qint64 peak_kib = 0;
    QString result; // what the body returned, read after it ran
};

Measured measure(const std::function<QString()>& body)
{
    Measured phase;
    resetPeakRss();
    phase.rssBefore_kib = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    phase.result = body();
    phase.wall_ms = timer.elapsed();
    phase.peak_kib = statusKiB("VmHWM:");
    return phase;
}

bool createFiles(const QString& dir, qint64 count)
{
    const QByteArray content(kFileSize_bytes, 'x');
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray path =
                QFile::encodeName(dir + QStringLiteral("/bench-%1.tmp").arg(i, 6, 10, QLatin1Char('0')));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size();
        ::close(fd);
        if (!written)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Creates N .tmp files in a temporary folder, then times F1's count and the preview and apply of "
            "delete_windows_temp_tmp through PosixSystem, with the peak RSS of each phase."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("How many .tmp files (default 20000)."));
    const QCommandLineOption noLog(QStringLiteral("no-log"),
                                   QStringLiteral("Do not write the audit log (the app logs every deletion)."));
    parser.addOption(noLog);
    parser.process(app);

    QTextStream out(stdout);
    qint64 count = kDefaultFiles;
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        count = parser.positionalArguments().constFirst().toLongLong(&ok);
        if (!ok || count < 1) {
            QTextStream(stderr) << "N must be a positive number\n";
            return 3;
        }
    }

    QTemporaryDir temp; // honours TMPDIR
    QTemporaryDir logDir;
    if (!temp.isValid() || !logDir.isValid()) {
        QTextStream(stderr) << "cannot create a temporary folder\n";
        return 4;
    }
    const bool logging = !parser.isSet(noLog);
    if (logging) {
        // As in the app: rotating file + in-memory ring, every line through the Redactor.
        LogOptions options;
        options.directory = logDir.path();
        options.sessionId = QStringLiteral("bench");
        Logging::init(options, std::make_shared<Redactor>());
    }

    CheckContext context;
    context.env.system = std::make_shared<PosixSystem>(temp.path());
    const bool perPhasePeak = resetPeakRss();

    out << "mars_bench_temp_scan: N=" << count << " files of " << kFileSize_bytes << " bytes in " << temp.path()
        << (logging ? ", audit log on" : ", audit log off") << '\n'
        << (perPhasePeak ? "peak RSS = VmHWM of the phase (reset through /proc/self/clear_refs)\n"
                         : "peak RSS = VmHWM of the process so far (clear_refs not writable)\n");
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
                    .arg(QStringLiteral("phase"), -10)
                    .arg(QStringLiteral("wall ms"), 9)
                    .arg(QStringLiteral("RSS before KiB"), 15)
                    .arg(QStringLiteral("peak RSS KiB"), 13)
                    .arg(QStringLiteral("result"));
    const auto run = [&out](const char* name, const std::function<QString()>& body) {
        const Measured p = measure(body);
        out << QStringLiteral("%1 %2 %3 %4  %5\n")
                        .arg(QLatin1String(name), -10)
                        .arg(p.wall_ms, 9)
                        .arg(p.rssBefore_kib, 15)
                        .arg(p.peak_kib, 13)
                        .arg(p.result);
        out.flush();
    };

    bool created = false;
    run("create", [&] {
        created = createFiles(temp.path(), count);
        return created ? QStringLiteral("%1 files").arg(count) : QStringLiteral("FAILED");
    });
    if (!created)
        return 4;

    run("count", [&] {
        const Finding finding = TempTmpCountCheck().run(context);
        return QStringLiteral("%1, .tmp files %2")
                .arg(verdictId(finding.verdict), finding.evidenceValue(QStringLiteral(".tmp files")));
    });

    const TempCleanupFix fix;
    FixPlan plan;
    run("preview", [&] {
        plan = fix.preview(context);
        return QStringLiteral("%1 files planned, %2 changes listed").arg(plan.itemCount).arg(plan.changes.size());
    });
    if (!plan.canApply) {
        QTextStream(stderr) << "the fix cannot be applied: " << plan.cannotApplyReason << '\n';
        return 4;
    }

    FixOutcome outcome;
    run("apply", [&] {
        outcome = fix.apply(context, plan);
        return QStringLiteral("%1, deleted %2")
                .arg(fixResultId(outcome.result))
                .arg(outcome.after.value(QStringLiteral("deleted")).toInteger());
    });

    const uint left = QDir(temp.path()).count() - 2; // without "." and ".."
    out << "left in the folder: " << left << '\n';
    if (logging)
        Logging::shutdown();
    return left == 0 && outcome.result == FixResult::Applied ? 0 : 1;
}
