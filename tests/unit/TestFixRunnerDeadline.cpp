// SPDX-License-Identifier: MIT
// FixRunner's safety rails around a fix: a deadline and a Stop that work even when the fix
// never returns (stillRunning() lets the dialog go; the fix keeps the change lane, and its
// result still reaches the journal when it ends), the change lock another copy of the program
// respects, and the re-check rules (the rows that offered the fix, the checks it names, all
// of them when it changes the process's rights).
#include "ScriptedFix.h"
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "logging/Redactor.h"
#include "system/ScenarioSystem.h"

#include <QLockFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {

constexpr int kTimeout_ms = 10000;

struct Flow
{
    QTemporaryDir data;
    CheckEnvironment environment;
    std::shared_ptr<FixJournal> journal;
    CheckRunner checks;
    FixRunner fixes;
    std::shared_ptr<OfferingCheck> owner = std::make_shared<OfferingCheck>(QStringLiteral("owner"), QStringList());
    std::shared_ptr<OfferingCheck> offering =
            std::make_shared<OfferingCheck>(QStringLiteral("offering"), QStringList{QStringLiteral("scripted")});
    std::shared_ptr<OfferingCheck> unrelated =
            std::make_shared<OfferingCheck>(QStringLiteral("unrelated"), QStringList());

    Flow()
        : journal(std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                               QStringLiteral("session-1"), std::make_shared<Redactor>()))
        , fixes(&checks, journal)
    {
        QString error;
        environment.system = ScenarioSystem::fromFile(
                QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"), &error);
        if (!environment.system)
            qWarning("%s", qPrintable(error));
        environment.journal = journal;
        fixes.setStopGrace(200);
    }
    bool runChecks()
    {
        QSignalSpy done(&checks, &CheckRunner::runFinished);
        checks.start({owner, offering, unrelated}, environment);
        return done.wait(kTimeout_ms);
    }
    FixPlan previewOf(const std::shared_ptr<ScriptedFix>& fix)
    {
        QSignalSpy ready(&fixes, &FixRunner::previewReady);
        fixes.preview(fix, environment);
        if (!ready.wait(kTimeout_ms))
            return {};
        return ready.first().first().value<FixPlan>();
    }
    QList<JournalEntry> entries() const
    {
        return journal->entries(); // a QCoreApplication test: no GUI thread to guard
    }
};

std::shared_ptr<ScriptedFix> scripted(FixBehaviour behaviour, QSemaphore* gate = nullptr)
{
    return std::make_shared<ScriptedFix>(QStringLiteral("scripted"), QStringLiteral("owner"), behaviour, gate);
}

} // namespace

class TestFixRunnerDeadline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFixPastItsDeadlineIsLetGoAndStillJournaled();
    void stopReachesAFixThatListens();
    void stopOnAFixThatDoesNotListenLetsTheDialogGo();
    void anotherCopyHoldingTheLockBlocksTheChange();
    void rowsOfferingTheFixAreCheckedAgain();
    void aFixChangingTheRightsChecksEverythingAgain();
};

void TestFixRunnerDeadline::aFixPastItsDeadlineIsLetGoAndStillJournaled()
{
    Flow flow;
    QVERIFY(flow.data.isValid() && flow.environment.system);
    QVERIFY(flow.runChecks());
    QSemaphore gate;
    auto fix = scripted(FixBehaviour::Hang, &gate);
    fix->deadline_s = 1;
    const FixPlan plan = flow.previewOf(fix);
    QVERIFY(plan.canApply);
    QCOMPARE(plan.deadline_s, 1);

    QSignalSpy still(&flow.fixes, &FixRunner::stillRunning);
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, plan, flow.environment);
    QVERIFY(still.wait(kTimeout_ms)); // deadline (1 s), then the grace (200 ms)
    QVERIFY(applied.isEmpty());
    QVERIFY(still.first().first().toString().contains(QLatin1String("fix journal")));

    // It still holds the lane: a second change is refused, and does not run.
    auto second = scripted(FixBehaviour::Apply);
    const FixPlan secondPlan = flow.previewOf(second); // previews still run: the pool grew
    QVERIFY(secondPlan.canApply);
    flow.fixes.apply(second, secondPlan, flow.environment);
    QVERIFY(applied.wait(kTimeout_ms));
    QCOMPARE(applied.first().first().value<FixOutcome>().result, FixResult::NotAllowed);
    QCOMPARE(second->applies.load(), 0);

    // The stuck fix ends: its result line follows its started line and names it.
    const int ownerRuns = flow.owner->runs;
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(fix->returned.load(), 1, kTimeout_ms);
    QTRY_VERIFY_WITH_TIMEOUT(flow.entries().size() == 2, kTimeout_ms);
    const QList<JournalEntry> entries = flow.entries();
    QCOMPARE(entries.at(0).result, fixResultId(FixResult::Started));
    QCOMPARE(entries.at(1).result, fixResultId(FixResult::Applied));
    QCOMPARE(entries.at(1).startedEntry, entries.at(0).entryId);
    QTRY_VERIFY_WITH_TIMEOUT(flow.owner->runs > ownerRuns, kTimeout_ms); // its check ran again
}

void TestFixRunnerDeadline::stopReachesAFixThatListens()
{
    Flow flow;
    QVERIFY(flow.runChecks());
    auto fix = scripted(FixBehaviour::WaitForCancel);
    const FixPlan plan = flow.previewOf(fix);
    QSignalSpy still(&flow.fixes, &FixRunner::stillRunning);
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, plan, flow.environment);
    QTRY_COMPARE_WITH_TIMEOUT(fix->applies.load(), 1, kTimeout_ms);
    flow.fixes.cancel();
    QVERIFY(applied.wait(kTimeout_ms));
    QCOMPARE(applied.first().first().value<FixOutcome>().result, FixResult::Cancelled);
    QTest::qWait(400); // past the grace: a fix that stopped is not "still running"
    QVERIFY(still.isEmpty());
}

void TestFixRunnerDeadline::stopOnAFixThatDoesNotListenLetsTheDialogGo()
{
    Flow flow;
    QVERIFY(flow.runChecks());
    QSemaphore gate;
    auto fix = scripted(FixBehaviour::Hang, &gate);
    const FixPlan plan = flow.previewOf(fix); // deadline 300 s: only Stop can end the wait
    QSignalSpy still(&flow.fixes, &FixRunner::stillRunning);
    flow.fixes.apply(fix, plan, flow.environment);
    QTRY_COMPARE_WITH_TIMEOUT(fix->applies.load(), 1, kTimeout_ms);
    flow.fixes.cancel();
    QVERIFY(still.wait(kTimeout_ms));
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(flow.entries().size(), 2, kTimeout_ms);
}

void TestFixRunnerDeadline::anotherCopyHoldingTheLockBlocksTheChange()
{
    Flow flow;
    QVERIFY(flow.runChecks());
    // What another running copy of the program holds while it changes the machine.
    QLockFile other(flow.journal->filePath() + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));
    auto fix = scripted(FixBehaviour::Apply);
    const FixPlan plan = flow.previewOf(fix);
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, plan, flow.environment);
    QVERIFY(applied.wait(kTimeout_ms));
    const auto outcome = applied.first().first().value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::NotAllowed);
    QVERIFY2(outcome.summary.contains(QLatin1String("Another copy")), qPrintable(outcome.summary));
    QCOMPARE(fix->applies.load(), 0);
    QVERIFY(flow.entries().isEmpty());

    other.unlock();
    applied.clear();
    flow.fixes.apply(fix, plan, flow.environment);
    QVERIFY(applied.wait(kTimeout_ms));
    QCOMPARE(applied.first().first().value<FixOutcome>().result, FixResult::Applied);
}

void TestFixRunnerDeadline::rowsOfferingTheFixAreCheckedAgain()
{
    Flow flow;
    QVERIFY(flow.runChecks());
    const int offering = flow.offering->runs, unrelated = flow.unrelated->runs, owner = flow.owner->runs;
    auto fix = scripted(FixBehaviour::Apply);
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, flow.previewOf(fix), flow.environment);
    QVERIFY(applied.wait(kTimeout_ms));
    QTRY_COMPARE_WITH_TIMEOUT(flow.owner->runs.load(), owner + 1, kTimeout_ms);
    QTRY_COMPARE_WITH_TIMEOUT(flow.offering->runs.load(), offering + 1, kTimeout_ms);
    QTest::qWait(200);
    QCOMPARE(flow.unrelated->runs.load(), unrelated);
}

void TestFixRunnerDeadline::aFixChangingTheRightsChecksEverythingAgain()
{
    Flow flow;
    QVERIFY(flow.runChecks());
    const int unrelated = flow.unrelated->runs;
    auto fix = scripted(FixBehaviour::Apply);
    fix->recheckAll = true;
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.apply(fix, flow.previewOf(fix), flow.environment);
    QVERIFY(applied.wait(kTimeout_ms));
    QTRY_COMPARE_WITH_TIMEOUT(flow.unrelated->runs.load(), unrelated + 1, kTimeout_ms);
}

QTEST_GUILESS_MAIN(TestFixRunnerDeadline)
#include "TestFixRunnerDeadline.moc"
