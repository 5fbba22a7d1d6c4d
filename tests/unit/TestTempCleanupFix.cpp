// SPDX-License-Identifier: MIT
// F1 and its cleanup on real files in a temporary folder through the build's native system
// (PosixSystem on Linux, WindowsSystem under Wine): only regular *.tmp files directly inside go;
// folders, links (and what they point at; Linux only, see TestWindowsSystemFiles), read-only
// files and files in use stay; the apply is bound to what the preview saw; progress,
// cancellation midway, the audit log line per deletion. (The single-file delete call is in
// TestPosixDeleteFile, the FixRunner flow in TestFixRunnerTempCleanup.)
#include "TempFolderTestSupport.h"
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace mars;

using namespace mars::test;

class TestTempCleanupFix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pattern_data();
    void pattern();
    void deletesOnlyRegularTmpFilesDirectlyInside();
    void progressIsReported();
    void cancelBeforeTheFirstFile();
    void cancelMidway();
    void auditLogLinePerDeletion();
    void appliesOnlyToThePreviewedFolder();
    void appliesOnlyWhatThePreviewSaw();
    void missingFolderIsAnError();
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
    int specialEntries = 0; // links and FIFOs named *.tmp
#ifdef Q_OS_UNIX
    // (On Windows QFile::link makes a .lnk shortcut, a plain file; real symbolic links and
    // junctions are tested in TestWindowsSystemFiles, where Wine allows.)
    // A link to a folder outside, whose .tmp file would go if the link were followed.
    QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("outside.tmp"))));
    // A link named *.tmp to a file outside: neither the link nor its target may go.
    QVERIFY(QFile::link(out.filePath(QStringLiteral("target.txt")), dir.filePath(QStringLiteral("y.tmp"))));
    // A FIFO named *.tmp: opening it to delete would block; it is not a file to count or plan.
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.tmp"))).constData(), 0600), 0);
    specialEntries = 3;
#endif
    const QString readOnly = dir.filePath(QStringLiteral("ro.tmp"));
    writeFile(readOnly);
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup));
    const QString locked = dir.filePath(QStringLiteral("locked.tmp"));
    writeFile(locked);
    HeldOpen inUse(locked);
    QVERIFY(inUse.isHeld());

    const CheckContext context = cleanupContextFor(temp.path());
    const Finding before = TempTmpCountCheck().run(context);
    QCOMPARE(before.verdict, Verdict::Pass); // 27 regular .tmp files: far below the thresholds
    QCOMPARE(before.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("27"));
    QCOMPARE(before.evidenceValue(QStringLiteral("readonly_tmp_files")), QStringLiteral("1"));
    QCOMPARE(before.evidenceValue(QStringLiteral("non_file_tmp_entries")), QString::number(1 + specialEntries));
    QCOMPARE(before.evidenceValue(QStringLiteral("folder_entries")), QString::number(29 + specialEntries));
    QVERIFY(before.fixIds.isEmpty()); // a pass offers no fix

    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.itemCount, 26); // 25 + locked (in use is only known when deleting); read-only excluded
    QCOMPARE(plan.totalBytes, qint64(25 * 100 + 10));
    QCOMPARE(plan.changes.size(), 20 + 2); // a sample of 20 names, "... and 6 more", what is left alone
    QVERIFY(plan.changes.constLast().target.startsWith(
            QStringLiteral("1 read-only files, %1 folders or links").arg(1 + specialEntries)));
    QVERIFY(!plan.reversible);
    QVERIFY(!plan.undoDescription.isEmpty());
    QCOMPARE(plan.parameters.value(QStringLiteral("folder")).toString(), nativePath(temp.path()));
    // Preview changed nothing ("." and ".." included; QDir::System makes it list the FIFO).
    QCOMPARE(QDir(temp.path(), {}, QDir::NoSort, QDir::AllEntries | QDir::System | QDir::Hidden).count(),
             uint(2 + 29 + specialEntries));

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
#ifdef Q_OS_UNIX
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("pipe.tmp"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("outside.tmp"))).isSymLink());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("y.tmp"))).isSymLink());
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("y.tmp"))).symLinkTarget(),
             out.filePath(QStringLiteral("target.txt")));
#endif
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("victim.tmp"))));
    QCOMPARE(QFileInfo(out.filePath(QStringLiteral("target.txt"))).size(), 42);
    QCOMPARE(out.entryList(QDir::Files).size(), 2);

    // The re-check sees what is left: the locked and the read-only file.
    const Finding afterFix = TempTmpCountCheck().run(context);
    QCOMPARE(afterFix.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("2"));

    // Once the lock is gone the next run deletes it; the read-only file still stays.
    inUse.release();
    const FixOutcome second = fix.apply(context, fix.preview(context));
    QCOMPARE(after(second, "deleted"), 1);
    QCOMPARE(after(second, "skippedReadOnly"), 1);
    QVERIFY(!QFile::exists(locked));
    QVERIFY(QFile::exists(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner));
}

void TestTempCleanupFix::progressIsReported()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    writeTmpFiles(temp.path(), 1200);
    CheckContext context = cleanupContextFor(temp.path());
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
    CheckContext context = cleanupContextFor(temp.path());
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
    CheckContext context = cleanupContextFor(temp.path());
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
    const HeldOpen inUse(locked);
    QVERIFY(inUse.isHeld());

    QTemporaryDir logs;
    QVERIFY(logs.isValid());
    LogOptions options;
    options.directory = logs.path();
    options.sessionId = QStringLiteral("audit-session");
    QVERIFY(Logging::init(options, std::make_shared<Redactor>()));
    const CheckContext context = cleanupContextFor(temp.path());
    TempCleanupFix fix;
    const FixOutcome outcome = fix.apply(context, fix.preview(context));
    const QStringList ring = Logging::recentLines();
    Logging::shutdown();
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner));

    QCOMPARE(after(outcome, "deleted"), 5);
    const auto linesOf = [&logs](const char* name) {
        QFile file(logs.filePath(QLatin1String(name)));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)
                                              : QStringList();
    };
    const QStringList audit = linesOf("mars-audit.log").filter(QStringLiteral("[audit]"));
    // The story (file and in-app view) has the cleanup's start and end, no line per file.
    for (const QStringList& story : {linesOf("mars-troubleshooter.log"), ring}) {
        QCOMPARE(story.size(), 2);
        QVERIFY(story.at(0).contains(QStringLiteral("[audit] temp cleanup started in ") + nativePath(temp.path())));
        QVERIFY2(story.at(1).contains(QStringLiteral("[audit] temp cleanup finished: 5 deleted (35 bytes), 2 skipped "
                                                     "(1 in use, 1 read-only, 0 not a regular file, 0 denied, 0 "
                                                     "failed)")),
                 qPrintable(story.at(1)));
    }
    for (int i = 0; i < 5; ++i) {
        const QString expected = QStringLiteral("deleted %1 (7 bytes)")
                                         .arg(nativePath(QDir(temp.path()).filePath(QStringLiteral("f%1.tmp").arg(i))));
        QCOMPARE(audit.filter(expected).size(), 1);
    }
    QCOMPARE(audit.filter(QStringLiteral("] deleted ")).size(), 5); // one line per deletion, no more
    QCOMPARE(audit.filter(QStringLiteral("skipped %1: in use").arg(nativePath(locked))).size(), 1);
    QCOMPARE(audit.filter(QStringLiteral("skipped %1: read-only").arg(nativePath(readOnly))).size(), 1);
    QVERIFY(audit.constFirst().contains(QStringLiteral("temp cleanup started in ") + nativePath(temp.path())));
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
    const FixPlan plan = fix.preview(cleanupContextFor(shown.path()));
    QVERIFY(plan.canApply);
    const FixOutcome outcome = fix.apply(cleanupContextFor(other.path()), plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY(!outcome.summary.isEmpty());
    QCOMPARE(tmpFilesIn(shown.path()), 3);
    QCOMPARE(tmpFilesIn(other.path()), 3);

    FixPlan noFolder = plan;
    noFolder.parameters.clear();
    QCOMPARE(fix.apply(cleanupContextFor(shown.path()), noFolder).result, FixResult::Failed);
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
    const CheckContext context = cleanupContextFor(temp.path());
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.itemCount, 3);

    // Named so NTFS (which lists alphabetically) meets the new files before the planned ones;
    // Linux's tmpfs lists newest first, with the same effect.
    writeFile(dir.filePath(QStringLiteral("a-new.tmp"))); // written now: after the newest planned file
    // Copied in after the preview with an old time (issue #14): the time test lets them through,
    // only the previewed names stop them.
    for (const char* name : {"0-copied-old.tmp", "z-late-but-old.tmp"}) {
        writeFile(dir.filePath(QString::fromUtf8(name)));
        backdate(dir.filePath(QString::fromUtf8(name)), old);
    }
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(after(outcome, "skippedNewerThanPreview"), 1);
    QCOMPARE(after(outcome, "skippedNotPreviewed"), 2);
    QCOMPARE(after(outcome, "deleted"), 3); // exactly the three previewed files
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("a-new.tmp"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("0-copied-old.tmp"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("z-late-but-old.tmp"))));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("f%1.tmp").arg(i))));
    QCOMPARE(tmpFilesIn(temp.path()), 3);
    QVERIFY2(outcome.summary.contains(QStringLiteral("2 .tmp files that were not in the preview were left alone")),
             qPrintable(outcome.summary));
}

void TestTempCleanupFix::missingFolderIsAnError()
{
    const CheckContext context = cleanupContextFor(QStringLiteral("/nonexistent/mars-test-temp"));
    const Finding f = TempTmpCountCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(!f.summary.isEmpty());
    const FixPlan plan = TempCleanupFix().preview(context);
    QVERIFY(!plan.canApply);
    QVERIFY(!plan.cannotApplyReason.isEmpty());
}

QTEST_GUILESS_MAIN(TestTempCleanupFix)
#include "TestTempCleanupFix.moc"
