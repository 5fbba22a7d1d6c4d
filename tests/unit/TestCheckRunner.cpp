// SPDX-License-Identifier: MIT
// The runner's contract: concurrency, deadlines, the phase cap, cancel, exception isolation,
// a hung probe not delaying the others, late results dropped, NotRun never a pass.
#include "engine/CheckRunner.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <stdexcept>

using namespace mars;

namespace {
enum class Behaviour { Pass, Throw, Hang, WaitForCancel, NoVerdict };

// A check whose run() does what the test asks. Hang blocks on a semaphore the test releases
// at the end, ignoring the cancel token, like a probe stuck in the OS.
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
        ++runs;
        switch (m_behaviour) {
        case Behaviour::Pass: return makeFinding(Verdict::Pass, QStringLiteral("fine"));
        case Behaviour::Throw: throw std::runtime_error("probe exploded");
        case Behaviour::Hang: m_gate->acquire(); return makeFinding(Verdict::Pass, QStringLiteral("late"));
        case Behaviour::WaitForCancel:
            while (!context.isCancelled())
                QThread::msleep(5);
            return makeFinding(Verdict::Pass, QStringLiteral("stopped"));
        case Behaviour::NoVerdict: return Finding{};
        }
        return {};
    }
    mutable std::atomic_int runs{0};

private:
    QString m_id;
    Behaviour m_behaviour;
    int m_deadline_ms;
    QSemaphore* m_gate;
};

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
    void exceptionBecomesError();
    void missingVerdictBecomesError();
    void deadlineTimesOutAndLateResultIsDropped();
    void hungProbesDoNotDelayOthers();
    void moreHungProbesThanThreads();
    void phaseCapTimesOutTheRest();
    void cancelReportsCancelledAndStopsWorkers();
    void rerunSupersedesOldResult();
    void notRunIsNeverAPass();
};

void TestCheckRunner::exceptionBecomesError()
{
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("boom"), Behaviour::Throw),
                  std::make_shared<ScriptedCheck>(QStringLiteral("ok"), Behaviour::Pass)},
                 {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(findingOf(finished, QStringLiteral("boom")).verdict, Verdict::Error);
    QVERIFY(findingOf(finished, QStringLiteral("boom")).detail.contains(QStringLiteral("probe exploded")));
    QCOMPARE(findingOf(finished, QStringLiteral("ok")).verdict, Verdict::Pass);
}

void TestCheckRunner::missingVerdictBecomesError()
{
    CheckRunner runner;
    QSignalSpy done(&runner, &CheckRunner::runFinished);
    runner.start({std::make_shared<ScriptedCheck>(QStringLiteral("empty"), Behaviour::NoVerdict)}, {});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("empty")).verdict, Verdict::Error);
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
    gate.release(); // the probe finally returns: its Pass must not replace TimedOut
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.finding(QStringLiteral("hang")).verdict, Verdict::TimedOut);
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
    runner.cancel();
    QCOMPARE(done.size(), 1); // reported at once, not when the worker notices
    QCOMPARE(runner.finding(QStringLiteral("wait")).verdict, Verdict::Cancelled);
    QVERIFY(!runner.isRunning());
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
