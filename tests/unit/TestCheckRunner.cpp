// SPDX-License-Identifier: MIT
// The runner's contract: concurrency, deadlines, the phase cap, cancel, exception isolation,
// a hung probe not delaying the others, late results dropped, NotRun never a pass.
#include "engine/CheckRunner.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <new>
#include <stdexcept>
#include <thread>

using namespace mars;

namespace {
enum class Behaviour {
    Pass,
    Throw,
    ThrowBadAlloc,
    ThrowNonStd,
    Hang,
    HangThenProgress,
    FirstRunHangs,
    EachRunHangs,
    WaitForCancel,
    NoVerdict,
    InvalidVerdict,
    Progress,
    Sleep50,
};

// A check whose run() does what the test asks. Hang blocks on a semaphore the test releases
// at the end, ignoring the cancel token, like a probe stuck in the OS. FirstRunHangs hangs on
// its first run only and passes at once afterwards. EachRunHangs holds run 1 on runGates[0]
// (then fails) and later runs on runGates[1] (then pass), so a test decides which run returns
// first. `returned` counts runs that came back.
class ScriptedCheck final : public Check
{
public:
    ScriptedCheck(QString id, Behaviour behaviour, int deadline_ms = 2000, QSemaphore* gate = nullptr)
        : m_id(std::move(id))
        , m_behaviour(behaviour)
        , m_deadline_ms(deadline_ms)
        , m_gate(gate)
    {
    }
    CheckInfo info() const override
    {
        CheckInfo i;
        i.id = m_id;
        i.phases = Phase::Install;
        i.title = m_id;
        i.deadline_ms = m_deadline_ms;
        return i;
    }
    Finding run(const CheckContext& context) const override
    {
        const int run = ++runs;
        struct Returned
        {
            std::atomic_int& n;
            ~Returned() { ++n; }
        } countReturn{returned};
        switch (m_behaviour) {
        case Behaviour::Pass: return makeFinding(Verdict::Pass, QStringLiteral("fine"));
        case Behaviour::Throw: throw std::runtime_error("probe exploded");
        case Behaviour::ThrowBadAlloc: throw std::bad_alloc();
        case Behaviour::ThrowNonStd: throw 42;
        case Behaviour::Hang: m_gate->acquire(); return makeFinding(Verdict::Pass, QStringLiteral("late"));
        case Behaviour::HangThenProgress:
            m_gate->acquire();
            context.progress(1, 2, QStringLiteral("late progress"));
            return makeFinding(Verdict::Pass, QStringLiteral("late"));
        case Behaviour::FirstRunHangs:
            if (run == 1) {
                m_gate->acquire();
                return makeFinding(Verdict::Fail, QStringLiteral("run 1"));
            }
            return makeFinding(Verdict::Pass, QStringLiteral("run %1").arg(run));
        case Behaviour::EachRunHangs:
            runGates[run == 1 ? 0 : 1].acquire();
            return run == 1 ? makeFinding(Verdict::Fail, QStringLiteral("run 1"))
                            : makeFinding(Verdict::Pass, QStringLiteral("run %1").arg(run));
        case Behaviour::WaitForCancel:
            while (!context.isCancelled())
                QThread::msleep(5);
            return makeFinding(Verdict::Pass, QStringLiteral("stopped"));
        case Behaviour::NoVerdict: return Finding{};
        case Behaviour::InvalidVerdict: return makeFinding(Verdict::Invalid, QStringLiteral("zero"));
        case Behaviour::Progress:
            for (int i = 1; i <= 3; ++i)
                context.progress(i, 3, QStringLiteral("step %1").arg(i));
            return makeFinding(Verdict::Pass, QStringLiteral("fine"));
        case Behaviour::Sleep50: QThread::msleep(50); return makeFinding(Verdict::Warning, QStringLiteral("slow"));
        }
        return {};
    }
    mutable std::atomic_int runs{0};
    mutable std::atomic_int returned{0};
    mutable QSemaphore runGates[2];

private:
    QString m_id;
    Behaviour m_behaviour;
    int m_deadline_ms;
    QSemaphore* m_gate;
};

// How many late results of `id` the runner has dropped so far. The runner logs each one on
// the GUI thread as it drops it, so waiting for this count is waiting for the drop itself.
int droppedResults(const QString& id)
{
    return Logging::recentLines().filter(QStringLiteral("] %1 late result dropped").arg(id)).size();
}

Finding findingOf(const QSignalSpy& spy, const QString& id)
{
    for (const auto& args : spy) {
        const auto f = args.at(0).value<Finding>();
        if (f.checkId == id)
            return f;
    }
    return {};
}
} // namespace

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
    void cancelReportsCancelledAndStopsWorkers();
    void cancelAfterTheRunIsHarmless();
    void rerunSupersedesOldResult();
    void rerunWhileRunningDropsTheOldRun();
    void startAgainDropsThePreviousRun();
    void destroyingTheRunnerNeverWaitsForAHungProbe();
    void notRunIsNeverAPass();
};

void TestCheckRunner::initTestCase()
{
    LogOptions options; // memory only; the tests read the runner's "late result dropped" lines
    options.ringCapacity_lines = 100000;
    QVERIFY(Logging::init(options, std::make_shared<Redactor>()));
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
    const int droppedBefore = droppedResults(QStringLiteral("late"));
    gate.release();
    QTRY_COMPARE(droppedResults(QStringLiteral("late")), droppedBefore + 1); // its progress was posted first
    QCOMPARE(progressed.size(), 3);
    QCOMPARE(runner.finding(QStringLiteral("late")).verdict, Verdict::TimedOut);
}

void TestCheckRunner::deadlineTimesOutAndLateResultIsDropped()
{
    QSemaphore gate;
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("hang"), Behaviour::Hang, 200, &gate)}, {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("hang")).verdict, Verdict::TimedOut);
    const int droppedBefore = droppedResults(QStringLiteral("hang"));
    gate.release(); // the probe finally returns: its Pass must not replace TimedOut
    QTRY_COMPARE(droppedResults(QStringLiteral("hang")), droppedBefore + 1);
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

void TestCheckRunner::cancelReportsCancelledAndStopsWorkers()
{
    auto waiting = std::make_shared<ScriptedCheck>(QStringLiteral("wait"), Behaviour::WaitForCancel, 60000);
    CheckRunner runner;
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({waiting}, {});
    QTRY_COMPARE(waiting->runs.load(), 1);
    QVERIFY(runner.isRunning());
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    const int droppedBefore = droppedResults(QStringLiteral("wait"));
    runner.cancel();
    QCOMPARE(done.size(), 1); // reported at once, not when the worker notices
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("wait")).verdict, Verdict::Cancelled);
    QVERIFY(!runner.isRunning());
    // The token reaches the check: its worker stops. Its own (Pass) result is dropped.
    QTRY_COMPARE(droppedResults(QStringLiteral("wait")), droppedBefore + 1);
    QCOMPARE(waiting->returned.load(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("wait")).verdict, Verdict::Cancelled);
    QCOMPARE(done.size(), 1);
}

void TestCheckRunner::cancelAfterTheRunIsHarmless()
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

void TestCheckRunner::rerunSupersedesOldResult()
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

void TestCheckRunner::rerunWhileRunningDropsTheOldRun()
{
    // "Re-run" while the check still runs: the old run's result, arriving while the new run
    // is still going, is not taken for the new one.
    auto check = std::make_shared<ScriptedCheck>(QStringLiteral("a"), Behaviour::EachRunHangs, 30000);
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({check}, {});
    QTRY_COMPARE(check->runs.load(), 1);
    runner.rerun(QStringLiteral("a"));
    QCOMPARE(runner.pendingCount(), 1); // superseded, not counted twice
    QTRY_COMPARE(check->runs.load(), 2);

    const int droppedBefore = droppedResults(QStringLiteral("a"));
    check->runGates[0].release(); // run 1 returns Fail first: stale
    QTRY_COMPARE(droppedResults(QStringLiteral("a")), droppedBefore + 1);
    QCOMPARE(finished.size(), 0);
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.finding(QStringLiteral("a")).verdict, Verdict::NotRun);

    check->runGates[1].release();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("a")).verdict, Verdict::Pass);
    QCOMPARE(runner.finding(QStringLiteral("a")).summary, QStringLiteral("run 2"));
    QCOMPARE(done.size(), 1);
}

void TestCheckRunner::startAgainDropsThePreviousRun()
{
    // Back then Next: a new run while the old one still has stuck checks. Nothing of the old
    // run (results, runFinished) reaches the new one, even for a check in both runs.
    auto check = std::make_shared<ScriptedCheck>(QStringLiteral("a"), Behaviour::EachRunHangs, 30000);
    auto other = std::make_shared<ScriptedCheck>(QStringLiteral("old_only"), Behaviour::WaitForCancel, 30000);
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    const int droppedA = droppedResults(QStringLiteral("a"));
    const int droppedOther = droppedResults(QStringLiteral("old_only"));
    runner.start({check, other}, {});
    QTRY_VERIFY(check->runs.load() == 1 && other->runs.load() == 1);
    runner.start({check}, {});
    QTRY_COMPARE(check->runs.load(), 2);
    QCOMPARE(runner.findings().size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("old_only")).verdict, Verdict::NotRun); // not part of this run

    // start() cancelled the old run's token: that worker stops, and its result is dropped.
    QTRY_COMPARE(droppedResults(QStringLiteral("old_only")), droppedOther + 1);
    check->runGates[0].release(); // the old run's "a" returns while the new "a" still runs
    QTRY_COMPARE(droppedResults(QStringLiteral("a")), droppedA + 1);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(done.size(), 0);
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.finding(QStringLiteral("a")).verdict, Verdict::NotRun);

    check->runGates[1].release();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("a")).summary, QStringLiteral("run 2"));
}

void TestCheckRunner::destroyingTheRunnerNeverWaitsForAHungProbe()
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

void TestCheckRunner::notRunIsNeverAPass()
{
    QVERIFY(!verdictNeedsAttention(Verdict::Pass));
    QVERIFY(verdictSeverity(Verdict::NotRun) > verdictSeverity(Verdict::Pass));
    QCOMPARE(verdictId(Verdict::NotRun), QStringLiteral("not_run"));
    QCOMPARE(Finding{}.verdict, Verdict::NotRun);
    CheckRunner runner;
    QCOMPARE(runner.finding(QStringLiteral("never")).verdict, Verdict::NotRun);
}

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "TestCheckRunner.moc"
