// SPDX-License-Identifier: MIT
// The runner's contract, part 2: cancel stops the workers, a re-run or a new start supersedes
// the old run and its late results are dropped, destroying the runner never waits for a hung
// probe, and NotRun is never shown as a pass.
#include "ScriptedCheck.h"
#include "engine/CheckRunner.h"
#include "logging/Logging.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace mars;
using namespace mars::test;

class TestCheckRunnerCancel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cancelReportsCancelledAndStopsWorkers();
    void cancelAfterTheRunIsHarmless();
    void rerunSupersedesOldResult();
    void rerunWhileRunningDropsTheOldRun();
    void startAgainDropsThePreviousRun();
    void destroyingTheRunnerNeverWaitsForAHungProbe();
    void notRunIsNeverAPass();
};

void TestCheckRunnerCancel::initTestCase()
{
    QVERIFY(initMemoryLogging());
}

void TestCheckRunnerCancel::cleanupTestCase()
{
    Logging::shutdown();
}

void TestCheckRunnerCancel::cancelReportsCancelledAndStopsWorkers()
{
    auto waiting = std::make_shared<ScriptedCheck>(QStringLiteral("wait"), Behaviour::WaitForCancel, 60000);
    CheckRunner runner;
    QSignalSpy dropped(&runner, &CheckRunner::resultDropped);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({waiting}, {});
    QTRY_COMPARE(waiting->runs.load(), 1);
    QVERIFY(runner.isRunning());
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    const int droppedBefore = droppedResults(dropped, QStringLiteral("wait"));
    runner.cancel();
    QCOMPARE(done.size(), 1); // reported at once, not when the worker notices
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("wait")).verdict, Verdict::Cancelled);
    QVERIFY(!runner.isRunning());
    // The token reaches the check: its worker stops. Its own (Pass) result is dropped.
    QTRY_COMPARE(droppedResults(dropped, QStringLiteral("wait")), droppedBefore + 1);
    QCOMPARE(waiting->returned.load(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("wait")).verdict, Verdict::Cancelled);
    QCOMPARE(done.size(), 1);
}

void TestCheckRunnerCancel::cancelAfterTheRunIsHarmless()
{
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("ok"), Behaviour::Pass)}, {});
    QTRY_COMPARE(done.size(), 1);
    runner.cancel(); // nothing left to cancel: a finished result is never turned into Cancelled
    QCOMPARE(runner.finding(QStringLiteral("ok")).verdict, Verdict::Pass);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(done.size(), 1);
}

void TestCheckRunnerCancel::rerunSupersedesOldResult()
{
    auto check = std::make_shared<ScriptedCheck>(QStringLiteral("ok"), Behaviour::Pass);
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    runner.start({check}, {});
    QTRY_COMPARE(finished.size(), 1);
    runner.rerun(QStringLiteral("ok"));
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.finding(QStringLiteral("ok")).verdict, Verdict::NotRun); // stale result cleared
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(check->runs.load(), 2);
}

void TestCheckRunnerCancel::rerunWhileRunningDropsTheOldRun()
{
    // "Re-run" while the check still runs: the old run's result, arriving while the new run
    // is still going, is not taken for the new one.
    auto check = std::make_shared<ScriptedCheck>(QStringLiteral("a"), Behaviour::EachRunHangs, 30000);
    CheckRunner runner;
    QSignalSpy dropped(&runner, &CheckRunner::resultDropped);
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({check}, {});
    QTRY_COMPARE(check->runs.load(), 1);
    runner.rerun(QStringLiteral("a"));
    QCOMPARE(runner.pendingCount(), 1); // superseded, not counted twice
    QTRY_COMPARE(check->runs.load(), 2);

    const int droppedBefore = droppedResults(dropped, QStringLiteral("a"));
    check->runGates[0].release(); // run 1 returns Fail first: stale
    QTRY_COMPARE(droppedResults(dropped, QStringLiteral("a")), droppedBefore + 1);
    QCOMPARE(finished.size(), 0);
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.finding(QStringLiteral("a")).verdict, Verdict::NotRun);

    check->runGates[1].release();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("a")).verdict, Verdict::Pass);
    QCOMPARE(runner.finding(QStringLiteral("a")).summary, QStringLiteral("run 2"));
    QCOMPARE(done.size(), 1);
}

void TestCheckRunnerCancel::startAgainDropsThePreviousRun()
{
    // Back then Next: a new run while the old one still has stuck checks. Nothing of the old
    // run (results, runFinished) reaches the new one, even for a check in both runs.
    auto check = std::make_shared<ScriptedCheck>(QStringLiteral("a"), Behaviour::EachRunHangs, 30000);
    auto other = std::make_shared<ScriptedCheck>(QStringLiteral("old_only"), Behaviour::WaitForCancel, 30000);
    CheckRunner runner;
    QSignalSpy dropped(&runner, &CheckRunner::resultDropped);
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    const int droppedA = droppedResults(dropped, QStringLiteral("a"));
    const int droppedOther = droppedResults(dropped, QStringLiteral("old_only"));
    runner.start({check, other}, {});
    QTRY_VERIFY(check->runs.load() == 1 && other->runs.load() == 1);
    runner.start({check}, {});
    QTRY_COMPARE(check->runs.load(), 2);
    QCOMPARE(runner.findings().size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("old_only")).verdict, Verdict::NotRun); // not part of this run

    // start() cancelled the old run's token: that worker stops, and its result is dropped.
    QTRY_COMPARE(droppedResults(dropped, QStringLiteral("old_only")), droppedOther + 1);
    check->runGates[0].release(); // the old run's "a" returns while the new "a" still runs
    QTRY_COMPARE(droppedResults(dropped, QStringLiteral("a")), droppedA + 1);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(done.size(), 0);
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.finding(QStringLiteral("a")).verdict, Verdict::NotRun);

    check->runGates[1].release();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("a")).summary, QStringLiteral("run 2"));
}

void TestCheckRunnerCancel::destroyingTheRunnerNeverWaitsForAHungProbe()
{
    // The page closes while a probe hangs in the OS: the destructor returns without joining
    // the worker (here: before the probe is released at all), and the late result goes
    // nowhere. A rescuer thread releases the probe after 10 s so a regression fails instead
    // of hanging the suite.
    QSemaphore gate, destroyed;
    std::atomic_bool rescued{false};
    auto check = std::make_shared<ScriptedCheck>(QStringLiteral("hang"), Behaviour::Hang, 30000, &gate);
    std::thread rescuer([&] {
        if (!destroyed.tryAcquire(1, 10000))
            rescued = true;
        gate.release();
    });
    auto* runner = new CheckRunner;
    runner->start({check}, {});
    QTRY_COMPARE(check->runs.load(), 1);
    delete runner;
    destroyed.release();
    rescuer.join();
    QVERIFY2(!rescued, "~CheckRunner waited for the hung probe");
    QTRY_COMPARE(check->returned.load(), 1);
    QCoreApplication::processEvents(); // the result posted to the closed mailbox goes nowhere
}

void TestCheckRunnerCancel::notRunIsNeverAPass()
{
    QVERIFY(!verdictNeedsAttention(Verdict::Pass));
    QVERIFY(verdictSeverity(Verdict::NotRun) > verdictSeverity(Verdict::Pass));
    QCOMPARE(verdictId(Verdict::NotRun), QStringLiteral("not_run"));
    QCOMPARE(Finding{}.verdict, Verdict::NotRun);
    CheckRunner runner;
    QCOMPARE(runner.finding(QStringLiteral("never")).verdict, Verdict::NotRun);
}

QTEST_GUILESS_MAIN(TestCheckRunnerCancel)
#include "TestCheckRunnerCancel.moc"
