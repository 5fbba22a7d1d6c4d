// SPDX-License-Identifier: MIT
// FactsCache: one computation for many askers, failure and cancellation shared as such, a
// waiter's own cancellation, and CheckRunner giving each run (and each re-run) a new cache.
#include "ScriptedCheck.h"
#include "engine/CheckRunner.h"
#include "engine/FactsCache.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace mars;
using namespace mars::test;

namespace {
// A check that asks the run's cache for one shared fact; the computation counts itself.
class FactCheck final : public Check
{
public:
    FactCheck(QString id, std::atomic_int* computations, QSemaphore* release)
        : m_id(std::move(id))
        , m_computations(computations)
        , m_release(release)
    {
    }
    CheckInfo info() const override
    {
        CheckInfo i;
        i.id = m_id;
        i.phases = Phase::Install;
        i.title = m_id;
        i.deadline_ms = 10000;
        return i;
    }
    Finding run(const CheckContext& context) const override
    {
        const auto fact = context.facts().obtain<int>(QStringLiteral("shared"), context.stopToken(), [this] {
            ++*m_computations;
            m_release->acquire(); // held until every check has started, so they do ask together
            m_release->release();
            return 42;
        });
        return makeFinding(fact.ok() && fact.value == 42 ? Verdict::Pass : Verdict::Fail, fact.reason);
    }

private:
    QString m_id;
    std::atomic_int* m_computations;
    QSemaphore* m_release;
};
} // namespace

class TestFactsCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(initMemoryLogging()); }
    void cleanupTestCase() { Logging::shutdown(); }
    void oneComputationForConcurrentAskers();
    void failureIsSharedAndNotRetried();
    void cancelledComputationIsShared();
    void cancelledWaiterStopsAlone();
    void oneKeyOneType();
    void runnerSharesFactsWithinARun();
};

void TestFactsCache::oneComputationForConcurrentAskers()
{
    FactsCache cache;
    std::atomic_int computations{0};
    std::atomic_int asking{0};
    constexpr int kAskers = 8;
    std::vector<int> answers(kAskers, 0);
    std::stop_source never;
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < kAskers; ++i) {
            threads.emplace_back([&, i] {
                ++asking;
                const auto fact = cache.obtain<int>(QStringLiteral("k"), never.get_token(), [&] {
                    ++computations;
                    // Hold the computation until every asker has at least arrived.
                    while (asking.load() < kAskers)
                        std::this_thread::yield();
                    return 7;
                });
                answers[std::size_t(i)] = fact.ok() ? fact.value : -1;
            });
        }
    }
    QCOMPARE(computations.load(), 1);
    QCOMPARE(cache.computedCount(), 1);
    for (const int answer : answers)
        QCOMPARE(answer, 7);
    // Another key is another computation.
    QCOMPARE(cache.obtain<int>(QStringLiteral("other"), never.get_token(), [] { return 8; }).value, 8);
    QCOMPARE(cache.computedCount(), 2);
}

void TestFactsCache::failureIsSharedAndNotRetried()
{
    FactsCache cache;
    int computations = 0;
    const std::function<int()> explode = [&computations]() -> int {
        ++computations;
        throw std::runtime_error("registry unreadable");
    };
    std::stop_source never;
    const auto first = cache.obtain<int>(QStringLiteral("k"), never.get_token(), explode);
    const auto second = cache.obtain<int>(QStringLiteral("k"), never.get_token(), explode);
    QCOMPARE(first.state, FactsCache::State::Failed);
    QCOMPARE(second.state, FactsCache::State::Failed);
    QVERIFY2(second.reason.contains(QLatin1String("registry unreadable")), qPrintable(second.reason));
    QCOMPARE(computations, 1);
}

void TestFactsCache::cancelledComputationIsShared()
{
    FactsCache cache;
    std::stop_source computer;
    const auto first = cache.obtain<int>(QStringLiteral("k"), computer.get_token(), [&computer] {
        computer.request_stop(); // the computing check's deadline passes mid-way
        return 1;
    });
    QCOMPARE(first.state, FactsCache::State::Cancelled);
    std::stop_source other;
    bool computedAgain = false;
    const auto second = cache.obtain<int>(QStringLiteral("k"), other.get_token(), [&computedAgain] {
        computedAgain = true;
        return 2;
    });
    QCOMPARE(second.state, FactsCache::State::Cancelled);
    QVERIFY(!second.reason.isEmpty());
    QVERIFY(!computedAgain);
}

void TestFactsCache::cancelledWaiterStopsAlone()
{
    FactsCache cache;
    std::stop_source never;
    QSemaphore started(0);
    QSemaphore finish(0);
    std::jthread computer([&] {
        cache.obtain<int>(QStringLiteral("k"), never.get_token(), [&] {
            started.release();
            finish.acquire();
            return 5;
        });
    });
    started.acquire();
    // A waiter whose own check is cancelled stops waiting at once; the computation goes on.
    std::stop_source waiter;
    std::jthread canceller([&waiter] { waiter.request_stop(); });
    const auto cancelled = cache.obtain<int>(QStringLiteral("k"), waiter.get_token(), [] { return -1; });
    finish.release(); // before any QCOMPARE can return: the computer thread must not be left waiting
    computer.join();
    QCOMPARE(cancelled.state, FactsCache::State::Cancelled);
    const auto later = cache.obtain<int>(QStringLiteral("k"), never.get_token(), [] { return -1; });
    QVERIFY(later.ok());
    QCOMPARE(later.value, 5);
    QCOMPARE(cache.computedCount(), 1);
}

void TestFactsCache::oneKeyOneType()
{
    FactsCache cache;
    std::stop_source never;
    QVERIFY(cache.obtain<int>(QStringLiteral("k"), never.get_token(), [] { return 1; }).ok());
    const auto wrong = cache.obtain<QString>(QStringLiteral("k"), never.get_token(), [] { return QString(); });
    QCOMPARE(wrong.state, FactsCache::State::Failed);
    QVERIFY(wrong.reason.contains(QLatin1String("defect")));
}

void TestFactsCache::runnerSharesFactsWithinARun()
{
    // Six checks of one run ask for the same fact: computed once. A re-run and a new run each
    // compute it again (after a fix the machine has changed).
    std::atomic_int computations{0};
    QSemaphore release(0);
    QList<std::shared_ptr<const Check>> checks;
    for (int i = 0; i < 6; ++i)
        checks.append(std::make_shared<FactCheck>(QStringLiteral("c%1").arg(i), &computations, &release));
    CheckRunner runner;
    QSignalSpy started(&runner, &CheckRunner::checkStarted);
    QSignalSpy finished(&runner, &CheckRunner::runFinished);
    runner.start(checks, CheckEnvironment{});
    QTRY_COMPARE(started.size(), 6);
    release.release();
    QVERIFY(finished.wait(5000));
    QCOMPARE(computations.load(), 1);
    for (const Finding& f : runner.findings())
        QCOMPARE(f.verdict, Verdict::Pass);

    runner.rerun(QStringLiteral("c3"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(computations.load(), 2);

    runner.start(checks, CheckEnvironment{});
    QVERIFY(finished.wait(5000));
    QCOMPARE(computations.load(), 3);
}

QTEST_GUILESS_MAIN(TestFactsCache)
#include "TestFactsCache.moc"
