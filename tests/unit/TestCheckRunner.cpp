// SPDX-License-Identifier: MIT
// The runner's contract, part 1: concurrency, deadlines, the phase cap, exception isolation,
// progress, a hung probe not delaying the others. Cancel, re-runs and late results:
// TestCheckRunnerCancel.
#include "ScriptedCheck.h"
#include "engine/CheckRunner.h"
#include "logging/Logging.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace mars;

using namespace mars::test;

class TestCheckRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exceptionBecomesError_data();
    void exceptionBecomesError();
    void missingVerdictBecomesError_data();
    void missingVerdictBecomesError();
    void emptyRunFinishes();
    void elapsedIsMeasured();
    void progressIsRelayedWithItsCheckId();
    void deadlineTimesOutAndLateResultIsDropped();
    void eachCheckHasItsOwnDeadline();
    void hungProbesDoNotDelayOthers();
    void moreHungProbesThanThreads();
    void queuedTimeDoesNotCountAgainstTheDeadline();
    void phaseCapTimesOutTheRest();
};

void TestCheckRunner::initTestCase()
{
    QVERIFY(initMemoryLogging());
}

void TestCheckRunner::cleanupTestCase()
{
    Logging::shutdown();
}

void TestCheckRunner::exceptionBecomesError_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<QString>("detail");
    QTest::newRow("std::runtime_error") << Behaviour::Throw << QStringLiteral("probe exploded");
    QTest::newRow("std::bad_alloc") << Behaviour::ThrowBadAlloc << QStringLiteral("bad_alloc");
    QTest::newRow("not a std::exception") << Behaviour::ThrowNonStd << QStringLiteral("unknown internal error");
}

void TestCheckRunner::exceptionBecomesError()
{
    // The exception stays on the worker: the failing check reports Error, its neighbours are
    // untouched, and the run still finishes.
    QFETCH(Behaviour, behaviour);
    QFETCH(QString, detail);
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("boom"), behaviour),
                  std::make_shared<ScriptedCheck>(QStringLiteral("ok"), Behaviour::Pass)},
                 {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(finished.size(), 2);
    const Finding boom = findingOf(finished, QStringLiteral("boom"));
    QCOMPARE(boom.checkId, QStringLiteral("boom"));
    QCOMPARE(boom.verdict, Verdict::Error);
    QVERIFY2(boom.detail.contains(detail), qPrintable(boom.detail));
    QVERIFY(!boom.summary.isEmpty());
    QCOMPARE(findingOf(finished, QStringLiteral("ok")).verdict, Verdict::Pass);
    QCOMPARE(runner.finding(QStringLiteral("boom")).verdict, Verdict::Error);
}

void TestCheckRunner::missingVerdictBecomesError_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::newRow("NotRun (a default Finding)") << Behaviour::NoVerdict;
    QTest::newRow("Invalid (zero)") << Behaviour::InvalidVerdict;
}

void TestCheckRunner::missingVerdictBecomesError()
{
    QFETCH(Behaviour, behaviour);
    CheckRunner runner;
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("empty"), behaviour)}, {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("empty")).verdict, Verdict::Error);
    QCOMPARE(runner.finding(QStringLiteral("empty")).checkId, QStringLiteral("empty"));
}

void TestCheckRunner::emptyRunFinishes()
{
    CheckRunner runner;
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({}, {});
    QVERIFY(!runner.isRunning());
    QVERIFY(done.wait(5000)); // queued, so a caller connected after start() still sees it
    QCOMPARE(done.size(), 1);
    QVERIFY(runner.findings().isEmpty());
}

void TestCheckRunner::elapsedIsMeasured()
{
    CheckRunner runner;
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("slow"), Behaviour::Sleep50)}, {});
    QTRY_COMPARE(done.size(), 1);
    const Finding f = runner.finding(QStringLiteral("slow"));
    QCOMPARE(f.verdict, Verdict::Warning);
    QVERIFY2(f.elapsed_ms >= 50, qPrintable(QString::number(f.elapsed_ms))); // set by the runner, not the check
}

void TestCheckRunner::progressIsRelayedWithItsCheckId()
{
    QSemaphore gate;
    auto late = std::make_shared<ScriptedCheck>(QStringLiteral("late"), Behaviour::HangThenProgress, 100, &gate);
    CheckRunner runner;
    QSignalSpy dropped(&runner, &CheckRunner::resultDropped);
    QSignalSpy progressed(&runner, &CheckRunner::checkProgressed);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("steps"), Behaviour::Progress), late}, {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("late")).verdict, Verdict::TimedOut);
    QCOMPARE(progressed.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(progressed.at(i).at(0).toString(), QStringLiteral("steps"));
        QCOMPARE(progressed.at(i).at(1).toLongLong(), i + 1);
        QCOMPARE(progressed.at(i).at(2).toLongLong(), 3);
        QCOMPARE(progressed.at(i).at(3).toString(), QStringLiteral("step %1").arg(i + 1));
    }
    // Progress (and the result) of a check that already timed out is dropped.
    const int droppedBefore = droppedResults(dropped, QStringLiteral("late"));
    gate.release();
    QTRY_COMPARE(droppedResults(dropped, QStringLiteral("late")), droppedBefore + 1); // its progress was posted first
    QCOMPARE(progressed.size(), 3);
    QCOMPARE(runner.finding(QStringLiteral("late")).verdict, Verdict::TimedOut);
}

void TestCheckRunner::deadlineTimesOutAndLateResultIsDropped()
{
    QSemaphore gate;
    CheckRunner runner;
    QSignalSpy dropped(&runner, &CheckRunner::resultDropped);
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("hang"), Behaviour::Hang, 200, &gate)}, {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("hang")).verdict, Verdict::TimedOut);
    const int droppedBefore = droppedResults(dropped, QStringLiteral("hang"));
    gate.release(); // the probe finally returns: its Pass must not replace TimedOut
    QTRY_COMPARE(droppedResults(dropped, QStringLiteral("hang")), droppedBefore + 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("hang")).verdict, Verdict::TimedOut);
}

void TestCheckRunner::eachCheckHasItsOwnDeadline()
{
    // A short deadline on one check does not cut short a slower check with a longer one.
    QSemaphore gate;
    auto slow = std::make_shared<ScriptedCheck>(QStringLiteral("slow"), Behaviour::FirstRunHangs, 30000, &gate);
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("short"), Behaviour::Hang, 100, &gate), slow}, {});
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(findingOf(finished, QStringLiteral("short")).verdict, Verdict::TimedOut);
    QVERIFY(findingOf(finished, QStringLiteral("short")).detail.contains(QStringLiteral("0.1 s")));
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.finding(QStringLiteral("slow")).verdict, Verdict::NotRun);
    gate.release(2);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(runner.finding(QStringLiteral("slow")).verdict, Verdict::Fail); // its own, real result
    QVERIFY(!runner.isRunning());
}

void TestCheckRunner::hungProbesDoNotDelayOthers()
{
    // Hung probes are started first; every quick check still reports before any hung one
    // reaches its deadline.
    QSemaphore gate;
    QList<std::shared_ptr<const Check>> checks;
    for (int i = 0; i < 3; ++i)
        checks.append(std::make_shared<ScriptedCheck>(QStringLiteral("hang%1").arg(i), Behaviour::Hang, 1500, &gate));
    for (int i = 0; i < 5; ++i)
        checks.append(std::make_shared<ScriptedCheck>(QStringLiteral("quick%1").arg(i), Behaviour::Pass));
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start(checks, {});
    QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 10000);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(finished.at(i).at(0).value<Finding>().verdict, Verdict::Pass);
        QVERIFY(finished.at(i).at(0).value<Finding>().checkId.startsWith(QStringLiteral("quick")));
    }
    for (int i = 0; i < 3; ++i)
        QCOMPARE(findingOf(finished, QStringLiteral("hang%1").arg(i)).verdict, Verdict::TimedOut);
    gate.release(3);
}

void TestCheckRunner::moreHungProbesThanThreads()
{
    // Ten hung probes fill the pool; after their deadline the pool grows and the rest run.
    QSemaphore gate;
    QList<std::shared_ptr<const Check>> checks;
    for (int i = 0; i < 10; ++i)
        checks.append(std::make_shared<ScriptedCheck>(QStringLiteral("hang%1").arg(i), Behaviour::Hang, 500, &gate));
    checks.append(std::make_shared<ScriptedCheck>(QStringLiteral("quick"), Behaviour::Pass, 5000));
    CheckRunner runner;
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start(checks, {});
    QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 10000);
    QCOMPARE(runner.finding(QStringLiteral("quick")).verdict, Verdict::Pass);
    gate.release(10);
}

void TestCheckRunner::queuedTimeDoesNotCountAgainstTheDeadline()
{
    // Eight hung probes hold every thread for 400 ms; a check queued behind them has a 200 ms
    // deadline. Its clock starts when a worker picks it up, so it passes instead of timing out
    // without ever having run.
    QSemaphore gate;
    QList<std::shared_ptr<const Check>> checks;
    for (int i = 0; i < 8; ++i)
        checks.append(std::make_shared<ScriptedCheck>(QStringLiteral("hang%1").arg(i), Behaviour::Hang, 400, &gate));
    const auto queued = std::make_shared<ScriptedCheck>(QStringLiteral("queued"), Behaviour::Pass, 200);
    checks.append(queued);
    CheckRunner runner;
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start(checks, {});
    QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 10000);
    QCOMPARE(runner.finding(QStringLiteral("queued")).verdict, Verdict::Pass);
    QCOMPARE(queued->runs.load(), 1);
    gate.release(8);
}

void TestCheckRunner::phaseCapTimesOutTheRest()
{
    CheckRunner runner;
    runner.setPhaseCap(300);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("slow"), Behaviour::WaitForCancel, 60000),
                  std::make_shared<ScriptedCheck>(QStringLiteral("ok"), Behaviour::Pass)},
                 {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("slow")).verdict, Verdict::TimedOut);
    QVERIFY(runner.finding(QStringLiteral("slow")).detail.contains(QStringLiteral("phase")));
    QCOMPARE(runner.finding(QStringLiteral("ok")).verdict, Verdict::Pass);
}

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "TestCheckRunner.moc"
