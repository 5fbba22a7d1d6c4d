// SPDX-License-Identifier: MIT
// mars_bench_temp_scan: F1 and its cleanup on N real .tmp files, through the native system of the
// build (createNativeSystem: PosixSystem on Linux, WindowsSystem on Windows, also under Wine).
// Times the count (TempTmpCountCheck::run), the preview and the apply of TempCleanupFix, and
// the peak memory of each phase, to show that listing and deleting stream: the memory a phase
// needs must not grow with N. Then the same files twice more, deleted by the fix's primitive
// alone (one FolderDeletion run over the known names) and by the reference (issue #16), with
// the ratios printed last. See bench/README.md.
//
// Memory: on Linux the RSS and its peak from /proc/self/status (VmRSS/VmHWM), the peak reset
// before each phase through /proc/self/clear_refs. On Windows the working set and its peak from
// GetProcessMemoryInfo; Windows has no way to reset the peak, so there it is the peak of the
// process so far (as on a Linux whose clear_refs is not writable), and the output header says so.
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"
#include "system/NativeSystem.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef Q_OS_WIN
// windows.h first: psapi.h needs its types.
#include <windows.h>
#include <psapi.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

#include <functional>
#include <memory>

using namespace mars;

namespace {

qint64 entriesInFolder(const QString& dir);

constexpr qint64 kDefaultFiles = 20000;
constexpr int kFileSize_bytes = 100;

// The process's memory now and its peak, in KiB; -1 when unreadable.
struct Memory
{
    qint64 current_kib = -1;
    qint64 peak_kib = -1;
};

#ifdef Q_OS_WIN

Memory memoryNow()
{
    PROCESS_MEMORY_COUNTERS counters{};
    counters.cb = sizeof counters;
    if (!::GetProcessMemoryInfo(::GetCurrentProcess(), &counters, sizeof counters))
        return {};
    return {qint64(counters.WorkingSetSize / 1024), qint64(counters.PeakWorkingSetSize / 1024)};
}

// Windows keeps PeakWorkingSetSize for the life of the process and cannot reset it.
bool resetPeak()
{
    return false;
}

constexpr const char* kSystemClass = "WindowsSystem"; // what createNativeSystem() makes here
constexpr const char* kReference = "a plain DeleteFileW loop";
constexpr const char* kMemoryName = "working set";

// The line of the output header that says what the peak column means.
const char* peakNote(bool /*perPhase: never on Windows*/)
{
    return "peak working set = PeakWorkingSetSize of the process so far (GetProcessMemoryInfo; Windows "
           "cannot reset it per phase, so a phase shows a rise only above every earlier peak)\n";
}

#else

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

Memory memoryNow()
{
    return {statusKiB("VmRSS:"), statusKiB("VmHWM:")};
}

// Writing 5 to clear_refs resets VmHWM to the current RSS (Linux >= 4.0), so each phase
// reports its own peak instead of the process's all-time peak.
bool resetPeak()
{
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return ok;
}

constexpr const char* kSystemClass = "PosixSystem"; // what createNativeSystem() makes here
constexpr const char* kReference = "find -maxdepth 1 -name '*.tmp' -delete";
constexpr const char* kMemoryName = "RSS";

// The line of the output header that says what the peak column means.
const char* peakNote(bool perPhase)
{
    return perPhase ? "peak RSS = VmHWM of the phase (reset through /proc/self/clear_refs)\n"
                    : "peak RSS = VmHWM of the process so far (clear_refs not writable)\n";
}

#endif

struct Measured
{
    qint64 wall_ms = 0;
    qint64 before_kib = 0;
    qint64 peak_kib = 0;
    QString result; // what the body returned, read after it ran
};

Measured measure(const std::function<QString()>& body)
{
    Measured phase;
    resetPeak();
    phase.before_kib = memoryNow().current_kib;
    QElapsedTimer timer;
    timer.start();
    phase.result = body();
    phase.wall_ms = timer.elapsed();
    phase.peak_kib = memoryNow().peak_kib;
    return phase;
}

// Set-up, not product code. QFile on both systems: NewOnly fails if the name exists (O_EXCL,
// CREATE_NEW). On Linux it measured within noise of the open()/write() it replaced (on tmpfs,
// where the disk does not hide the difference; see bench/README.md). Under Wine this phase slows
// down as the folder fills: each new name is first looked up case-insensitively, which reads the
// whole folder.
bool createFiles(const QString& dir, qint64 count)
{
    const QByteArray content(kFileSize_bytes, 'x');
    for (qint64 i = 0; i < count; ++i) {
        QFile file(dir + QStringLiteral("/bench-%1.tmp").arg(i, 6, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
            return false;
        if (file.write(content) != content.size())
            return false;
    }
    return true;
}

// The reference the cleanup is compared with (issue #16), over the same names in the same run:
// on Windows a plain DeleteFileW loop (no checks at all); on Linux
// `find <dir> -maxdepth 1 -name '*.tmp' -delete` (its own process, as a technician would run it).
// Returns how many files it deleted (Windows) or -1 when it could not run (Linux: find's exit code).
qint64 referenceDelete(const QString& dir, qint64 count)
{
#ifdef Q_OS_WIN
    qint64 deleted = 0;
    for (qint64 i = 0; i < count; ++i) {
        const QString path =
                QDir::toNativeSeparators(dir + QStringLiteral("/bench-%1.tmp").arg(i, 6, 10, QLatin1Char('0')));
        if (::DeleteFileW(reinterpret_cast<const wchar_t*>(path.utf16())))
            ++deleted;
    }
    return deleted;
#else
    QProcess find;
    find.start(QStringLiteral("find"), {dir, QStringLiteral("-maxdepth"), QStringLiteral("1"), QStringLiteral("-name"),
                                        QStringLiteral("*.tmp"), QStringLiteral("-delete")});
    if (!find.waitForFinished(600000) || find.exitCode() != 0)
        return -1;
    return count - entriesInFolder(dir);
#endif
}

// Everything left in `dir`, hidden and system files included.
qint64 entriesInFolder(const QString& dir)
{
    return QDir(dir, QString(), QDir::NoSort, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
            .count();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Creates N .tmp files in a temporary folder, then times F1's count and the preview and apply of "
            "delete_windows_temp_tmp through the native system (PosixSystem on Linux, WindowsSystem on "
            "Windows), with the peak memory of each phase."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("How many .tmp files (default 20000)."));
    const QCommandLineOption noLog(QStringLiteral("no-log"),
                                   QStringLiteral("Do not write the audit log (the app logs every deletion)."));
    parser.addOption(noLog);

    // parse() and our own output instead of process(): on Windows, process() shows --help and
    // errors in a message box unless the process has a console window or was started with
    // redirected standard handles. Started by Wine from a terminal it has neither, so nothing
    // would be printed at all.
    QTextStream out(stdout);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 3;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) { // Qt's own options do not matter here
        out << parser.helpText();
        return 0;
    }
    qint64 count = kDefaultFiles;
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        count = parser.positionalArguments().constFirst().toLongLong(&ok);
        if (!ok || count < 1) {
            QTextStream(stderr) << "N must be a positive number\n";
            return 3;
        }
    }

    QTemporaryDir temp; // under QDir::tempPath(): $TMPDIR on Linux, %TMP%/%TEMP% on Windows
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
    NativeSystemOptions systemOptions;
    systemOptions.tempDirOverride = temp.path(); // as --temp-dir does in the app
    context.env.system = createNativeSystem(systemOptions);
    context.fixOptions.insert(QStringLiteral("older_than_hours"), 0); // every file the bench wrote
    const bool perPhasePeak = resetPeak();

    out << "mars_bench_temp_scan: N=" << count << " files of " << kFileSize_bytes << " bytes in "
        << QDir::toNativeSeparators(temp.path()) << (logging ? ", audit log on" : ", audit log off") << '\n'
        << "system: " << kSystemClass << " (" << context.env.system->description() << ")\n"
        << peakNote(perPhasePeak);
    const QString beforeHeader = QStringLiteral("%1 before KiB").arg(QLatin1String(kMemoryName));
    const QString peakHeader = QStringLiteral("peak %1 KiB").arg(QLatin1String(kMemoryName));
    const int beforeWidth = int(qMax<qsizetype>(15, beforeHeader.size()));
    const int peakWidth = int(qMax<qsizetype>(13, peakHeader.size()));
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
                    .arg(QStringLiteral("phase"), -10)
                    .arg(QStringLiteral("wall ms"), 9)
                    .arg(beforeHeader, beforeWidth)
                    .arg(peakHeader, peakWidth)
                    .arg(QStringLiteral("result"));
    const auto run = [&](const char* name, const std::function<QString()>& body) -> Measured {
        const Measured p = measure(body);
        out << QStringLiteral("%1 %2 %3 %4  %5\n")
                        .arg(QLatin1String(name), -10)
                        .arg(p.wall_ms, 9)
                        .arg(p.before_kib, beforeWidth)
                        .arg(p.peak_kib, peakWidth)
                        .arg(p.result);
        out.flush();
        return p;
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
        // Evidence by its stable id; the label (".tmp files") is translated.
        return QStringLiteral("%1, .tmp files %2")
                .arg(verdictId(finding.verdict), finding.evidenceValue(QStringLiteral("tmp_files")));
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
    const Measured applied = run("apply", [&] {
        outcome = fix.apply(context, plan);
        return QStringLiteral("%1, deleted %2")
                .arg(fixResultId(outcome.result))
                .arg(outcome.after.value(QStringLiteral("deleted")).toInteger());
    });

    const qint64 left = entriesInFolder(temp.path());
    out << "left in the folder: " << left << '\n';

    // The same files again, deleted by the fix's own primitive alone (one FolderDeletion run over
    // the known names: no listing, no plan, no audit line): what the fix adds to its system calls.
    run("re-create", [&] {
        created = createFiles(temp.path(), count);
        return created ? QStringLiteral("%1 files").arg(count) : QStringLiteral("FAILED");
    });
    qint64 primitiveDeleted = 0;
    const Measured primitive = run("primitive", [&] {
        const std::unique_ptr<FolderDeletion> deletion =
                context.env.system->files().openFolderForDeletion(context.env.system->files().systemTempDir().value);
        for (qint64 i = 0; i < count; ++i) {
            if (deletion->deleteRegularFile(QStringLiteral("bench-%1.tmp").arg(i, 6, 10, QLatin1Char('0')))
                == DeleteStatus::Deleted)
                ++primitiveDeleted;
        }
        return QStringLiteral("%1 deleted by FolderDeletion::deleteRegularFile").arg(primitiveDeleted);
    });

    // The same files again, deleted by the reference: the cleanup's speed as a ratio, printed last.
    run("re-create", [&] {
        created = createFiles(temp.path(), count);
        return created ? QStringLiteral("%1 files").arg(count) : QStringLiteral("FAILED");
    });
    qint64 referenceDeleted = -1;
    const Measured reference = run("reference", [&] {
        referenceDeleted = referenceDelete(temp.path(), count);
        return QStringLiteral("%1 deleted by %2").arg(referenceDeleted).arg(QLatin1String(kReference));
    });
    if (primitiveDeleted == count && primitive.wall_ms > 0 && reference.wall_ms > 0)
        out << "apply / the primitive alone: " << applied.wall_ms << " / " << primitive.wall_ms
            << " ms = " << QString::number(double(applied.wall_ms) / double(primitive.wall_ms), 'f', 2)
            << "; the primitive / " << kReference << ": " << primitive.wall_ms << " / " << reference.wall_ms
            << " ms = " << QString::number(double(primitive.wall_ms) / double(reference.wall_ms), 'f', 2) << '\n';
    if (created && referenceDeleted == count && reference.wall_ms > 0)
        out << "apply / " << kReference << " over the same " << count << " files: " << applied.wall_ms << " / "
            << reference.wall_ms
            << " ms = " << QString::number(double(applied.wall_ms) / double(reference.wall_ms), 'f', 2) << '\n';
    else
        out << "the reference did not delete every file: no ratio\n";
    if (logging)
        Logging::shutdown();
    return left == 0 && outcome.result == FixResult::Applied ? 0 : 1;
}
