// SPDX-License-Identifier: MIT
// Deadlines that reach blocking calls: a check blocked in a call that honours its stop token
// returns at its deadline and frees its worker; one blocked in a call that ignores it keeps
// its thread, and only then does the pool grow.
#include "ScriptedCheck.h"
#include "engine/CheckRunner.h"
#include "engine/StopWait.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace mars;
using namespace mars::test;

namespace {
// Blocks like a socket wait or a name lookup that is aborted through a stop callback: it
// returns only when the token is cancelled.
class BlockUntilCancelledCheck final : public Check
{
public:
    explicit BlockUntilCancelledCheck(int deadline_ms)
        : m_deadline_ms(deadline_ms)
    {
    }
    CheckInfo info() const override
    {
        CheckInfo i;
        i.id = QStringLiteral("blocks_until_cancelled");
        i.phases = Phase::Install;
        i.title = i.id;
        i.deadline_ms = m_deadline_ms;
        return i;
    }
    Finding run(const CheckContext& context) const override
    {
        remainingAtStart_ms = context.deadline.remainingTime();
        // Blocks until the stop callback wakes it: how a real probe aborts its call
        // (closesocket, CancelIoEx, GetAddrInfoExCancel, ...).
        std::mutex mutex;
        std::condition_variable wake;
        waitUnlessStopped(mutex, wake, context.stopToken(), [] { return false; });
        ++returned;
        return makeFinding(Verdict::Pass, QStringLiteral("too late to count"));
    }

    mutable std::atomic_int returned{0};
    mutable std::atomic<qint64> remainingAtStart_ms{-2};

private:
    int m_deadline_ms;
};
} // namespace

class TestCheckRunnerDeadline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(initMemoryLogging()); }
    void cleanupTestCase() { Logging::shutdown(); }
    void cancellableCallFreesItsWorkerAtTheDeadline();
    void cancelReachesABlockedCall();
};

void TestCheckRunnerDeadline::cancellableCallFreesItsWorkerAtTheDeadline()
{
    QSemaphore gate(0);
    const auto blocked = std::make_shared<BlockUntilCancelledCheck>(300);
    const auto stuck = std::make_shared<ScriptedCheck>(QStringLiteral("stuck_in_the_os"), Behaviour::Hang, 300, &gate);
    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    runner.start({blocked, stuck}, CheckEnvironment{});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    QCOMPARE(runner.finding(QStringLiteral("blocks_until_cancelled")).verdict, Verdict::TimedOut);
    QCOMPARE(runner.finding(QStringLiteral("stuck_in_the_os")).verdict, Verdict::TimedOut);
    // The deadline reached the blocked call: the check returned and its worker is free.
    QTRY_COMPARE(blocked->returned.load(), 1);
    QVERIFY2(blocked->remainingAtStart_ms > 0 && blocked->remainingAtStart_ms <= 300,
             qPrintable(QString::number(blocked->remainingAtStart_ms.load())));
    // Only the check that ignored cancellation costs the pool a thread.
    QTRY_COMPARE(runner.stuckCount(), 1);
    QCOMPARE(stuck->returned.load(), 0);
    gate.release();
    QTRY_COMPARE(stuck->returned.load(), 1);
    QCOMPARE(runner.stuckCount(), 1);
}

void TestCheckRunnerDeadline::cancelReachesABlockedCall()
{
    const auto blocked = std::make_shared<BlockUntilCancelledCheck>(60000);
    CheckRunner runner;
    QSignalSpy started(&runner, &CheckRunner::checkStarted);
    runner.start({blocked}, CheckEnvironment{});
    QTRY_VERIFY(blocked->remainingAtStart_ms.load() > 0); // it is in its blocking call now
    runner.cancel();
    QCOMPARE(runner.finding(QStringLiteral("blocks_until_cancelled")).verdict, Verdict::Cancelled);
    QTRY_COMPARE(blocked->returned.load(), 1);
    QCOMPARE(runner.stuckCount(), 0);
}

QTEST_GUILESS_MAIN(TestCheckRunnerDeadline)
#include "TestCheckRunnerDeadline.moc"
