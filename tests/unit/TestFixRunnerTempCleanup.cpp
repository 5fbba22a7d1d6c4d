// SPDX-License-Identifier: MIT
// The fix flow end to end on real files: preview -> apply on a worker -> journal -> re-run of
// the owning check, and a plan that cannot apply being refused without touching anything.
#include "TempFolderTestSupport.h"
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "logging/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
// A temp folder, a journal, and the two runners wired as the wizard wires them.
struct FixFlow
{
    QTemporaryDir temp;
    QTemporaryDir data;
    CheckEnvironment environment;
    std::shared_ptr<FixJournal> journal;
    CheckRunner checks;
    FixRunner fixes;

    FixFlow()
        : journal(std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                               QStringLiteral("session-1"), std::make_shared<Redactor>()))
        , fixes(&checks, journal)
    {
        environment.system = nativeSystemFor(temp.path());
    }
    bool isValid() const { return temp.isValid() && data.isValid(); }
};
} // namespace

class TestFixRunnerTempCleanup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixRunnerJournalsAndRerunsTheCheck();
    void fixRunnerRefusesAPlanThatCannotApply();
    void fixRunnerAppliesTheAgeFilter();
    void nothingChangesWithoutItsJournalLine();
};

void TestFixRunnerTempCleanup::fixRunnerJournalsAndRerunsTheCheck()
{
    FixFlow flow;
    QVERIFY(flow.isValid());
    writeTmpFiles(flow.temp.path(), 600, 5);
    writeFile(QDir(flow.temp.path()).filePath(QStringLiteral("keep.log")));
    QSignalSpy finished(&flow.checks, &CheckRunner::checkFinished);
    QSignalSpy started(&flow.checks, &CheckRunner::checkStarted);
    flow.checks.start({std::make_shared<TempTmpCountCheck>()}, flow.environment);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(flow.checks.finding(TempTmpCountCheck::id()).evidenceValue(QStringLiteral("tmp_files")),
             QStringLiteral("600"));

    const auto fix = std::make_shared<TempCleanupFix>();
    QSignalSpy previewed(&flow.fixes, &FixRunner::previewReady);
    flow.fixes.preview(fix, flow.environment, everyTmpFile());
    QVERIFY(flow.fixes.isBusy());
    QVERIFY(previewed.wait(10000));
    QVERIFY(!flow.fixes.isBusy());
    const FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QCOMPARE(plan.fixId, TempCleanupFix::id());
    QCOMPARE(plan.checkId, TempTmpCountCheck::id());
    QCOMPARE(plan.itemCount, 600);
    QCOMPARE(tmpFilesIn(flow.temp.path()), 600); // preview deleted nothing
    QVERIFY(flow.journal->entries().isEmpty());

    QSignalSpy progressed(&flow.fixes, &FixRunner::progressed);
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, plan, flow.environment);
    QVERIFY(flow.fixes.isBusy());
    QVERIFY(applied.wait(10000));
    QVERIFY(!flow.fixes.isBusy());
    const FixOutcome outcome = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(after(outcome, "deleted"), 600);
    QVERIFY(progressed.size() >= 1);
    QCOMPARE(progressed.constLast().at(0).toLongLong(), 600);

    // The flow.journal line is written before `applied`...
    // ...and before it, before anything changed, a "started" line with the plan.
    const QList<JournalEntry> entries = flow.journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().result, QStringLiteral("started"));
    QCOMPARE(entries.first().fixId, TempCleanupFix::id());
    QCOMPARE(entries.first().itemCount, 600);
    QVERIFY(!entries.first().after.isEmpty()); // the planned changes (a sample of the files)
    QVERIFY(!entries.first().reversible);
    const JournalEntry& done = entries.last();
    QCOMPARE(done.startedEntry, entries.first().entryId);
    QCOMPARE(done.fixId, TempCleanupFix::id());
    QCOMPARE(done.checkId, TempTmpCountCheck::id());
    QCOMPARE(done.sessionId, QStringLiteral("session-1"));
    QCOMPARE(done.result, QStringLiteral("applied"));
    QVERIFY(!done.simulated);
    QCOMPARE(done.before.value(QLatin1String("tmpFiles")).toInteger(), 600);
    QCOMPARE(done.after.value(QLatin1String("deleted")).toInteger(), 600);

    // ...and the owning check runs again: its new finding replaces the old one.
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.constLast().at(0).toString(), TempTmpCountCheck::id());
    QTRY_COMPARE(finished.size(), 2);
    const Finding rechecked = flow.checks.finding(TempTmpCountCheck::id());
    QCOMPARE(rechecked.verdict, Verdict::Pass);
    QCOMPARE(rechecked.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("0"));
    QCOMPARE(rechecked.evidenceValue(QStringLiteral("folder_entries")), QStringLiteral("1"));
    QCOMPARE(flow.checks.findings().size(), 1);
}

void TestFixRunnerTempCleanup::fixRunnerRefusesAPlanThatCannotApply()
{
    FixFlow flow;
    QVERIFY(flow.isValid());
    writeFile(QDir(flow.temp.path()).filePath(QStringLiteral("keep.log")));
    QSignalSpy done(&flow.checks, &CheckRunner::runFinished);
    flow.checks.start({std::make_shared<TempTmpCountCheck>()}, flow.environment);
    QVERIFY(done.wait(10000));

    const auto fix = std::make_shared<TempCleanupFix>();
    QSignalSpy previewed(&flow.fixes, &FixRunner::previewReady);
    flow.fixes.preview(fix, flow.environment, everyTmpFile());
    QVERIFY(previewed.wait(10000));
    FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QVERIFY(!plan.canApply); // nothing to delete
    QVERIFY(!plan.cannotApplyReason.isEmpty());

    // Even a plan for a folder full of files is refused when it says it cannot apply.
    writeTmpFiles(flow.temp.path(), 3);
    plan.itemCount = 3;
    QSignalSpy started(&flow.checks, &CheckRunner::checkStarted);
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, plan, flow.environment);
    QVERIFY(applied.wait(10000));
    const FixOutcome outcome = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::NotAllowed);
    QCOMPARE(outcome.summary, plan.cannotApplyReason);
    QCOMPARE(tmpFilesIn(flow.temp.path()), 3);
    QVERIFY(flow.journal->entries().isEmpty());
    QCOMPARE(started.size(), 0); // nothing changed, nothing to verify
}

void TestFixRunnerTempCleanup::fixRunnerAppliesTheAgeFilter()
{
    // "Only files older than 24 hours": the hours travel in the environment's inputs to the
    // preview, in the plan to the apply, and into the journal.
    FixFlow flow;
    QVERIFY(flow.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    writeTmpFiles(flow.temp.path(), 5);
    for (int i = 0; i < 5; ++i) {
        QFile f(QDir(flow.temp.path()).filePath(QStringLiteral("f%1.tmp").arg(i)));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(now.addDays(-3), QFileDevice::FileModificationTime));
    }
    for (int i = 0; i < 3; ++i)
        writeFile(QDir(flow.temp.path()).filePath(QStringLiteral("fresh%1.tmp").arg(i)));
    flow.environment.utcNow = [now] { return now; };
    QSignalSpy finished(&flow.checks, &CheckRunner::checkFinished);
    flow.checks.start({std::make_shared<TempTmpCountCheck>()}, flow.environment);
    QTRY_COMPARE(finished.size(), 1);

    const auto fix = std::make_shared<TempCleanupFix>();
    QSignalSpy previewed(&flow.fixes, &FixRunner::previewReady);
    flow.fixes.preview(fix, flow.environment, {{QStringLiteral("older_than_hours"), 24}});
    QVERIFY(previewed.wait(10000));
    const FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QCOMPARE(plan.itemCount, 5);
    QVERIFY2(plan.summary.contains(QStringLiteral("older than 24 hours")), qPrintable(plan.summary));

    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, plan, flow.environment);
    QVERIFY(applied.wait(10000));
    QCOMPARE(after(applied.at(0).at(0).value<FixOutcome>(), "deleted"), 5);
    const JournalEntry done = flow.journal->entries().constLast();
    QCOMPARE(done.before.value(QLatin1String("olderThanHours")).toInt(), 24);
    QCOMPARE(done.after.value(QLatin1String("skippedYoungerThanFilter")).toInteger(), 3);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(flow.checks.finding(TempTmpCountCheck::id()).evidenceValue(QStringLiteral("tmp_files")),
             QStringLiteral("3"));
}

void TestFixRunnerTempCleanup::nothingChangesWithoutItsJournalLine()
{
    // The journal cannot be written (a folder stands where the file goes: even root cannot
    // append to it): the cleanup is refused before it deletes anything, with a sentence naming
    // the way out.
    FixFlow flow;
    QVERIFY(flow.isValid());
    QVERIFY(QDir(flow.data.path()).mkdir(QStringLiteral("fix-journal.jsonl")));
    writeTmpFiles(flow.temp.path(), 20);
    const auto fix = std::make_shared<TempCleanupFix>();
    QSignalSpy previewed(&flow.fixes, &FixRunner::previewReady);
    flow.fixes.preview(fix, flow.environment, everyTmpFile());
    QVERIFY(previewed.wait(10000));
    const FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));

    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, plan, flow.environment);
    QVERIFY(applied.wait(10000));
    const FixOutcome outcome = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::NotAllowed);
    QVERIFY2(outcome.summary.contains(QLatin1String("Nothing was changed")), qPrintable(outcome.summary));
    QVERIFY2(outcome.summary.contains(QLatin1String("--data-dir")), qPrintable(outcome.summary));
    QCOMPARE(tmpFilesIn(flow.temp.path()), 20);
    QVERIFY(flow.journal->entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestFixRunnerTempCleanup)
#include "TestFixRunnerTempCleanup.moc"
