// SPDX-License-Identifier: MIT
// F1 and its cleanup on real files in a temporary folder (PosixSystem, the real kernel): only
// regular *.tmp files directly inside go; folders, links (and what they point at), read-only
// files and files in use stay; progress, cancellation midway, the audit log line per deletion,
// and the FixRunner path: preview -> apply -> journal -> re-run of the check.
#include "checks/CheckIds.h"
#include "checks/TempTmpCountCheck.h"
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "fixes/TempCleanupFix.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"
#include "system/PosixSystem.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mars;

namespace {
void writeFile(const QString& path, int size = 10)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(QByteArray(size, 'x'));
}

void writeTmpFiles(const QString& dir, int count, int size = 10)
{
    for (int i = 0; i < count; ++i)
        writeFile(QDir(dir).filePath(QStringLiteral("f%1.tmp").arg(i)), size);
}

CheckContext contextFor(const QString& tempDir)
{
    CheckContext c;
    c.env.system = std::make_shared<PosixSystem>(tempDir);
    return c;
}

int tmpFilesIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::System).size();
}

qint64 after(const FixOutcome& outcome, const char* key)
{
    return outcome.after.value(QLatin1String(key)).toInteger(-1);
}

// A file descriptor closed at scope exit, so a failed QVERIFY does not leak a lock.
struct ScopedFd
{
    int fd = -1;
    ~ScopedFd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
} // namespace

class TestTempCleanupFix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pattern_data();
    void pattern();
    void deletesOnlyRegularTmpFilesDirectlyInside();
    void deleteRegularFile_data();
    void deleteRegularFile();
    void progressIsReported();
    void cancelBeforeTheFirstFile();
    void cancelMidway();
    void auditLogLinePerDeletion();
    void appliesOnlyToThePreviewedFolder();
    void appliesOnlyWhatThePreviewSaw();
    void refusesAFolderSwappedForALink();
    void missingFolderIsAnError();
    void fixRunnerJournalsAndRerunsTheCheck();
    void fixRunnerRefusesAPlanThatCannotApply();
};

void TestTempCleanupFix::pattern_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("tmp") << QStringLiteral("a.tmp") << true;
    QTest::newRow("upper") << QStringLiteral("B.TMP") << true;
    QTest::newRow("mixed") << QStringLiteral("c.TmP") << true;
    QTest::newRow("GetTempFileName") << QStringLiteral("tmp11170.tmp") << true;
    QTest::newRow("bare") << QStringLiteral(".tmp") << false;
    QTest::newRow("tmpx") << QStringLiteral("a.tmpx") << false;
    QTest::newRow("no dot") << QStringLiteral("atmp") << false;
    QTest::newRow("tmp in the middle") << QStringLiteral("a.tmp.log") << false;
    QTest::newRow("log") << QStringLiteral("setup.log") << false;
}

void TestTempCleanupFix::pattern()
{
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(TempCleanupFix::matchesPattern(name), matches);
}

void TestTempCleanupFix::deletesOnlyRegularTmpFilesDirectlyInside()
{
    QTemporaryDir temp, outside;
    QVERIFY(temp.isValid() && outside.isValid());
    const QDir dir(temp.path());
    const QDir out(outside.path());
    writeTmpFiles(temp.path(), 25, 100);
    writeFile(dir.filePath(QStringLiteral("keep.log")));
    QVERIFY(dir.mkdir(QStringLiteral("x.tmp"))); // a folder named *.tmp
    writeFile(dir.filePath(QStringLiteral("x.tmp/inner.tmp"))); // not directly inside
    writeFile(out.filePath(QStringLiteral("victim.tmp")));
    writeFile(out.filePath(QStringLiteral("target.txt")), 42);
    // A link to a folder outside, whose .tmp file would go if the link were followed.
    QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("outside.tmp"))));
    // A link named *.tmp to a file outside: neither the link nor its target may go.
    QVERIFY(QFile::link(out.filePath(QStringLiteral("target.txt")), dir.filePath(QStringLiteral("y.tmp"))));
    // A FIFO named *.tmp: opening it to delete would block; it is not a file to count or plan.
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.tmp"))).constData(), 0600), 0);
    const QString readOnly = dir.filePath(QStringLiteral("ro.tmp"));
    writeFile(readOnly);
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup));
    const QString locked = dir.filePath(QStringLiteral("locked.tmp"));
    writeFile(locked);
    ScopedFd lock{::open(QFile::encodeName(locked).constData(), O_RDONLY | O_CLOEXEC)};
    QVERIFY(lock.fd >= 0);
    QCOMPARE(::flock(lock.fd, LOCK_EX), 0); // "in use": another open file description holds a lock

    const CheckContext context = contextFor(temp.path());
    const Finding before = TempTmpCountCheck().run(context);
    QCOMPARE(before.verdict, Verdict::Pass); // 27 regular .tmp files: far below the thresholds
    QCOMPARE(before.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("27"));
    QCOMPARE(before.evidenceValue(QStringLiteral("readonly_tmp_files")), QStringLiteral("1"));
    QCOMPARE(before.evidenceValue(QStringLiteral("non_file_tmp_entries")), QStringLiteral("4"));
    QCOMPARE(before.evidenceValue(QStringLiteral("folder_entries")), QStringLiteral("32"));
    QVERIFY(before.fixIds.isEmpty()); // a pass offers no fix

    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.itemCount, 26); // 25 + locked (in use is only known when deleting); read-only excluded
    QCOMPARE(plan.totalBytes, qint64(25 * 100 + 10));
    QCOMPARE(plan.changes.size(), 20 + 2); // a sample of 20 names, "... and 6 more", what is left alone
    QVERIFY(plan.changes.constLast().target.startsWith(QStringLiteral("1 read-only files, 4 folders or links")));
    QVERIFY(!plan.reversible);
    QVERIFY(!plan.undoDescription.isEmpty());
    QCOMPARE(plan.parameters.value(QStringLiteral("folder")).toString(), temp.path());
    // Preview changed nothing ("." and ".." included; QDir::System makes it list the FIFO).
    QCOMPARE(QDir(temp.path(), {}, QDir::NoSort, QDir::AllEntries | QDir::System | QDir::Hidden).count(), uint(2 + 32));

    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::PartlyApplied);
    QCOMPARE(after(outcome, "deleted"), 25);
    QCOMPARE(after(outcome, "bytesFreed"), 25 * 100);
    QCOMPARE(after(outcome, "skippedInUse"), 1);
    QCOMPARE(after(outcome, "skippedReadOnly"), 1); // tried, refused, counted
    QCOMPARE(after(outcome, "skippedNotRegular"), 0); // folders and links are never even tried
    QCOMPARE(after(outcome, "denied") + after(outcome, "failed") + after(outcome, "alreadyGone"), 0);
    QCOMPARE(outcome.before.value(QLatin1String("tmpFiles")).toInteger(), 26);
    QVERIFY(QFile::exists(locked));
    QVERIFY(QFile::exists(readOnly));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("keep.log"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("x.tmp"))).isDir());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("x.tmp/inner.tmp"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("pipe.tmp"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("outside.tmp"))).isSymLink());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("y.tmp"))).isSymLink());
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("y.tmp"))).symLinkTarget(),
             out.filePath(QStringLiteral("target.txt")));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("victim.tmp"))));
    QCOMPARE(QFileInfo(out.filePath(QStringLiteral("target.txt"))).size(), 42);
    QCOMPARE(out.entryList(QDir::Files).size(), 2);

    // The re-check sees what is left: the locked and the read-only file.
    const Finding afterFix = TempTmpCountCheck().run(context);
    QCOMPARE(afterFix.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("2"));

    // Once the lock is gone the next run deletes it; the read-only file still stays.
    ::close(lock.fd);
    lock.fd = -1;
    const FixOutcome second = fix.apply(context, fix.preview(context));
    QCOMPARE(after(second, "deleted"), 1);
    QCOMPARE(after(second, "skippedReadOnly"), 1);
    QVERIFY(!QFile::exists(locked));
    QVERIFY(QFile::exists(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner));
}

void TestTempCleanupFix::deleteRegularFile_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<DeleteStatus>("expected");
    QTest::addColumn<bool>("survives");
    QTest::newRow("plain file") << QStringLiteral("plain") << DeleteStatus::Deleted << false;
    QTest::newRow("open without a lock") << QStringLiteral("open") << DeleteStatus::Deleted << false;
    QTest::newRow("exclusive flock") << QStringLiteral("flock-ex") << DeleteStatus::InUse << true;
    QTest::newRow("shared flock") << QStringLiteral("flock-sh") << DeleteStatus::InUse << true;
    QTest::newRow("read-only") << QStringLiteral("readonly") << DeleteStatus::ReadOnly << true;
    QTest::newRow("folder") << QStringLiteral("folder") << DeleteStatus::NotRegular << true;
    QTest::newRow("link to a file") << QStringLiteral("link") << DeleteStatus::NotRegular << true;
    QTest::newRow("fifo") << QStringLiteral("fifo") << DeleteStatus::NotRegular << true; // and does not block
    QTest::newRow("missing") << QStringLiteral("missing") << DeleteStatus::Vanished << false;
}

void TestTempCleanupFix::deleteRegularFile()
{
    QFETCH(QString, setup);
    QFETCH(DeleteStatus, expected);
    QFETCH(bool, survives);
    QTemporaryDir temp, outside;
    QVERIFY(temp.isValid() && outside.isValid());
    const QString name = QStringLiteral("victim.tmp");
    const QString path = QDir(temp.path()).filePath(name);
    const QString target = QDir(outside.path()).filePath(QStringLiteral("target"));
    writeFile(target);
    ScopedFd holder;
    if (setup == QLatin1String("folder")) {
        QVERIFY(QDir(temp.path()).mkdir(name));
    } else if (setup == QLatin1String("link")) {
        QVERIFY(QFile::link(target, path));
    } else if (setup == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (setup != QLatin1String("missing")) {
        writeFile(path);
    }
    if (setup == QLatin1String("readonly"))
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    if (setup == QLatin1String("open") || setup.startsWith(QLatin1String("flock"))) {
        holder.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(holder.fd >= 0);
    }
    if (setup == QLatin1String("flock-ex"))
        QCOMPARE(::flock(holder.fd, LOCK_EX), 0);
    if (setup == QLatin1String("flock-sh"))
        QCOMPARE(::flock(holder.fd, LOCK_SH), 0);

    const PosixSystem system(temp.path());
    QCOMPARE(system.deleteRegularFile(temp.path(), name), expected);
    struct stat st
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st) == 0, survives);
    QVERIFY(QFile::exists(target)); // a link's target is never touched
    // Names that would leave the folder are refused outright.
    QCOMPARE(system.deleteRegularFile(temp.path(), QStringLiteral("../x.tmp")), DeleteStatus::NotRegular);
    QCOMPARE(system.deleteRegularFile(temp.path(), QStringLiteral("..")), DeleteStatus::NotRegular);
    if (setup == QLatin1String("readonly"))
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestTempCleanupFix::progressIsReported()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    writeTmpFiles(temp.path(), 1200);
    CheckContext context = contextFor(temp.path());
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.itemCount, 1200);
    struct Report
    {
        qint64 done, total;
        QString text;
    };
    QList<Report> reports;
    context.progress = [&reports](qint64 done, qint64 total, const QString& text) {
        reports.append({done, total, text});
    };
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(after(outcome, "deleted"), 1200);
    QCOMPARE(tmpFilesIn(temp.path()), 0);
    QVERIFY2(reports.size() >= 3, "progress during the run, not only at the end"); // 500, 1000, 1200
    qint64 previous = 0;
    for (const Report& r : std::as_const(reports)) {
        QCOMPARE(r.total, plan.itemCount);
        QVERIFY(r.done > previous || (r.done == previous && &r == &reports.constLast()));
        QVERIFY(!r.text.isEmpty());
        previous = r.done;
    }
    QCOMPARE(reports.constLast().done, 1200);
    QCOMPARE(reports.constLast().text, QStringLiteral("1200 of 1200 files handled"));
}

void TestTempCleanupFix::cancelBeforeTheFirstFile()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    writeTmpFiles(temp.path(), 50);
    CheckContext context = contextFor(temp.path());
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    int reports = 0;
    context.cancel.cancel();
    context.progress = [&](qint64, qint64, const QString&) { ++reports; };
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Cancelled);
    QCOMPARE(after(outcome, "deleted"), 0);
    QCOMPARE(tmpFilesIn(temp.path()), 50);
    QVERIFY(reports >= 1);
}

void TestTempCleanupFix::cancelMidway()
{
    // The technician cancels while files are being deleted: the fix stops before the next
    // file, reports Cancelled with what it did, and leaves the rest.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    writeTmpFiles(temp.path(), 1200);
    CheckContext context = contextFor(temp.path());
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    qint64 doneAtCancel = -1;
    const CancelToken token = context.cancel;
    context.progress = [&doneAtCancel, token](qint64 done, qint64, const QString&) {
        if (doneAtCancel < 0 && done > 0) {
            doneAtCancel = done;
            token.cancel(); // as the Cancel button does, from another thread
        }
    };
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Cancelled);
    QVERIFY(doneAtCancel > 0 && doneAtCancel < 1200);
    QCOMPARE(after(outcome, "deleted"), doneAtCancel); // not one file more after the cancel
    QCOMPARE(tmpFilesIn(temp.path()), 1200 - doneAtCancel);
    QVERIFY2(outcome.summary.contains(QStringLiteral("%1 of 1,200").arg(doneAtCancel)), qPrintable(outcome.summary));
}

void TestTempCleanupFix::auditLogLinePerDeletion()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    writeTmpFiles(temp.path(), 5, 7);
    const QString readOnly = QDir(temp.path()).filePath(QStringLiteral("ro.tmp"));
    writeFile(readOnly);
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner));
    const QString locked = QDir(temp.path()).filePath(QStringLiteral("locked.tmp"));
    writeFile(locked);
    ScopedFd lock{::open(QFile::encodeName(locked).constData(), O_RDONLY | O_CLOEXEC)};
    QCOMPARE(::flock(lock.fd, LOCK_EX), 0);

    LogOptions options; // memory only: the ring buffer is enough to read the lines back
    options.sessionId = QStringLiteral("audit-session");
    QVERIFY(Logging::init(options, std::make_shared<Redactor>()));
    const CheckContext context = contextFor(temp.path());
    TempCleanupFix fix;
    const FixOutcome outcome = fix.apply(context, fix.preview(context));
    const QStringList lines = Logging::recentLines();
    Logging::shutdown();
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner));

    QCOMPARE(after(outcome, "deleted"), 5);
    QStringList audit;
    for (const QString& line : lines) {
        if (line.contains(QStringLiteral("[audit]")))
            audit.append(line);
    }
    for (int i = 0; i < 5; ++i) {
        const QString expected = QStringLiteral("deleted %1 (7 bytes)")
                                         .arg(QDir(temp.path()).filePath(QStringLiteral("f%1.tmp").arg(i)));
        QCOMPARE(audit.filter(expected).size(), 1);
    }
    QCOMPARE(audit.filter(QStringLiteral("] deleted ")).size(), 5); // one line per deletion, no more
    QCOMPARE(audit.filter(QStringLiteral("skipped %1: in use").arg(locked)).size(), 1);
    QCOMPARE(audit.filter(QStringLiteral("skipped %1: read-only").arg(readOnly)).size(), 1);
    QVERIFY(audit.constFirst().contains(QStringLiteral("temp cleanup started in ") + temp.path()));
    QVERIFY(audit.constLast().contains(QStringLiteral("temp cleanup finished")));
    for (const QString& line : std::as_const(audit))
        QVERIFY(line.contains(QStringLiteral("[audit-session]")));
}

void TestTempCleanupFix::appliesOnlyToThePreviewedFolder()
{
    // The plan shown for one folder is never applied to another (the temp folder changed).
    QTemporaryDir shown, other;
    QVERIFY(shown.isValid() && other.isValid());
    writeTmpFiles(shown.path(), 3);
    writeTmpFiles(other.path(), 3);
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(contextFor(shown.path()));
    QVERIFY(plan.canApply);
    const FixOutcome outcome = fix.apply(contextFor(other.path()), plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY(!outcome.summary.isEmpty());
    QCOMPARE(tmpFilesIn(shown.path()), 3);
    QCOMPARE(tmpFilesIn(other.path()), 3);

    FixPlan noFolder = plan;
    noFolder.parameters.clear();
    QCOMPARE(fix.apply(contextFor(shown.path()), noFolder).result, FixResult::Failed);
    QCOMPARE(tmpFilesIn(shown.path()), 3);
}

// Files that appear after the preview are not part of what the user agreed to: a file written
// later is left alone, and never more files are deleted than the preview counted.
void TestTempCleanupFix::appliesOnlyWhatThePreviewSaw()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QDir dir(temp.path());
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-2);
    auto backdate = [](const QString& path, const QDateTime& when) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    };
    writeTmpFiles(temp.path(), 3);
    for (int i = 0; i < 3; ++i)
        backdate(dir.filePath(QStringLiteral("f%1.tmp").arg(i)), old);
    TempCleanupFix fix;
    const CheckContext context = contextFor(temp.path());
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.itemCount, 3);

    writeFile(dir.filePath(QStringLiteral("new.tmp"))); // written now: after the newest planned file
    writeFile(dir.filePath(QStringLiteral("late-but-old.tmp")));
    backdate(dir.filePath(QStringLiteral("late-but-old.tmp")), old); // slips past the time test...
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(after(outcome, "skippedNewerThanPreview"), 1);
    QCOMPARE(after(outcome, "deleted"), 3); // ...but not past the count the preview showed
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("new.tmp"))));
    QCOMPARE(tmpFilesIn(temp.path()), 2);
}

// If the previewed folder is replaced by a symlink (to somewhere else) before deleting, nothing
// behind the link is touched.
void TestTempCleanupFix::refusesAFolderSwappedForALink()
{
    QTemporaryDir base, elsewhere;
    QVERIFY(base.isValid() && elsewhere.isValid());
    const QString folder = QDir(base.path()).filePath(QStringLiteral("temp"));
    QVERIFY(QDir().mkpath(folder));
    writeFile(QDir(folder).filePath(QStringLiteral("x.tmp")));
    writeFile(QDir(elsewhere.path()).filePath(QStringLiteral("x.tmp")));
    PosixSystem system(folder);
    const Probed<QString> listed = system.systemTempDir();
    QVERIFY(listed.ok());

    QVERIFY(QDir(base.path()).rename(QStringLiteral("temp"), QStringLiteral("temp.old")));
    QVERIFY(QFile::link(elsewhere.path(), folder)); // the same path now leads elsewhere
    QCOMPARE(system.deleteRegularFile(listed.value, QStringLiteral("x.tmp")), DeleteStatus::NotRegular);
    QVERIFY(QFile::exists(QDir(elsewhere.path()).filePath(QStringLiteral("x.tmp"))));

    // A parent folder swapped for a link is refused too.
    const QString parentLink = QDir(base.path()).filePath(QStringLiteral("parent-link"));
    QVERIFY(QFile::link(base.path(), parentLink));
    QCOMPARE(system.deleteRegularFile(QDir(parentLink).filePath(QStringLiteral("temp.old")), QStringLiteral("x.tmp")),
             DeleteStatus::NotRegular);
    QVERIFY(QFile::exists(QDir(base.path()).filePath(QStringLiteral("temp.old/x.tmp"))));
}

void TestTempCleanupFix::missingFolderIsAnError()
{
    const CheckContext context = contextFor(QStringLiteral("/nonexistent/mars-test-temp"));
    const Finding f = TempTmpCountCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(!f.summary.isEmpty());
    const FixPlan plan = TempCleanupFix().preview(context);
    QVERIFY(!plan.canApply);
    QVERIFY(!plan.cannotApplyReason.isEmpty());
}

void TestTempCleanupFix::fixRunnerJournalsAndRerunsTheCheck()
{
    QTemporaryDir temp, data;
    QVERIFY(temp.isValid() && data.isValid());
    writeTmpFiles(temp.path(), 600, 5);
    writeFile(QDir(temp.path()).filePath(QStringLiteral("keep.log")));
    CheckEnvironment environment;
    environment.system = std::make_shared<PosixSystem>(temp.path());
    auto journal = std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                                QStringLiteral("session-1"), std::make_shared<Redactor>());

    CheckRunner checks;
    FixRunner fixes(&checks, journal);
    QSignalSpy finished(&checks, &CheckRunner::checkFinished);
    QSignalSpy started(&checks, &CheckRunner::checkStarted);
    checks.start({std::make_shared<TempTmpCountCheck>()}, environment);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(checks.finding(ids::windowsTempTmpCount()).evidenceValue(QStringLiteral("tmp_files")),
             QStringLiteral("600"));

    const auto fix = std::make_shared<TempCleanupFix>();
    QSignalSpy previewed(&fixes, &FixRunner::previewReady);
    fixes.preview(fix, environment);
    QVERIFY(fixes.isBusy());
    QVERIFY(previewed.wait(10000));
    QVERIFY(!fixes.isBusy());
    const FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QCOMPARE(plan.fixId, ids::fixDeleteTempTmpFiles());
    QCOMPARE(plan.checkId, ids::windowsTempTmpCount());
    QCOMPARE(plan.itemCount, 600);
    QCOMPARE(tmpFilesIn(temp.path()), 600); // preview deleted nothing
    QVERIFY(journal->entries().isEmpty());

    QSignalSpy progressed(&fixes, &FixRunner::progressed);
    QSignalSpy applied(&fixes, &FixRunner::applied);
    fixes.apply(fix, plan, environment);
    QVERIFY(fixes.isBusy());
    QVERIFY(applied.wait(10000));
    QVERIFY(!fixes.isBusy());
    const FixOutcome outcome = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(after(outcome, "deleted"), 600);
    QVERIFY(progressed.size() >= 1);
    QCOMPARE(progressed.constLast().at(0).toLongLong(), 600);

    // The journal line is written before `applied`...
    // ...and before it, before anything changed, a "started" line with the plan.
    const QList<JournalEntry> entries = journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().result, QStringLiteral("started"));
    QCOMPARE(entries.first().fixId, ids::fixDeleteTempTmpFiles());
    QVERIFY(entries.first().after.isEmpty());
    const JournalEntry& done = entries.last();
    QCOMPARE(done.fixId, ids::fixDeleteTempTmpFiles());
    QCOMPARE(done.checkId, ids::windowsTempTmpCount());
    QCOMPARE(done.sessionId, QStringLiteral("session-1"));
    QCOMPARE(done.result, QStringLiteral("applied"));
    QVERIFY(!done.simulated);
    QCOMPARE(done.before.value(QLatin1String("tmpFiles")).toInteger(), 600);
    QCOMPARE(done.after.value(QLatin1String("deleted")).toInteger(), 600);

    // ...and the owning check runs again: its new finding replaces the old one.
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.constLast().at(0).toString(), ids::windowsTempTmpCount());
    QTRY_COMPARE(finished.size(), 2);
    const Finding rechecked = checks.finding(ids::windowsTempTmpCount());
    QCOMPARE(rechecked.verdict, Verdict::Pass);
    QCOMPARE(rechecked.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("0"));
    QCOMPARE(rechecked.evidenceValue(QStringLiteral("folder_entries")), QStringLiteral("1"));
    QCOMPARE(checks.findings().size(), 1);
}

void TestTempCleanupFix::fixRunnerRefusesAPlanThatCannotApply()
{
    QTemporaryDir temp, data;
    QVERIFY(temp.isValid() && data.isValid());
    writeFile(QDir(temp.path()).filePath(QStringLiteral("keep.log")));
    CheckEnvironment environment;
    environment.system = std::make_shared<PosixSystem>(temp.path());
    auto journal = std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                                QStringLiteral("session-1"), std::make_shared<Redactor>());
    CheckRunner checks;
    FixRunner fixes(&checks, journal);
    QSignalSpy done(&checks, &CheckRunner::runFinished);
    checks.start({std::make_shared<TempTmpCountCheck>()}, environment);
    QVERIFY(done.wait(10000));

    const auto fix = std::make_shared<TempCleanupFix>();
    QSignalSpy previewed(&fixes, &FixRunner::previewReady);
    fixes.preview(fix, environment);
    QVERIFY(previewed.wait(10000));
    FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QVERIFY(!plan.canApply); // nothing to delete
    QVERIFY(!plan.cannotApplyReason.isEmpty());

    // Even a plan for a folder full of files is refused when it says it cannot apply.
    writeTmpFiles(temp.path(), 3);
    plan.itemCount = 3;
    QSignalSpy started(&checks, &CheckRunner::checkStarted);
    QSignalSpy applied(&fixes, &FixRunner::applied);
    fixes.apply(fix, plan, environment);
    QVERIFY(applied.wait(10000));
    const FixOutcome outcome = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::NotAllowed);
    QCOMPARE(outcome.summary, plan.cannotApplyReason);
    QCOMPARE(tmpFilesIn(temp.path()), 3);
    QVERIFY(journal->entries().isEmpty());
    QCOMPARE(started.size(), 0); // nothing changed, nothing to verify
}

QTEST_GUILESS_MAIN(TestTempCleanupFix)
#include "TestTempCleanupFix.moc"
