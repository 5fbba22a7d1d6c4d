// SPDX-License-Identifier: MIT
// One lane for every change to the machine: while one fix applies, a second apply (from the
// same FixRunner or another page's) is refused with a sentence and changes nothing; once the
// first has finished, the next one goes through.
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "logging/Redactor.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace mars;

namespace {
// A fix whose apply() holds until the test opens its gate, like a long cleanup.
class GatedFix final : public Fix
{
public:
    GatedFix(QString id, QSemaphore* gate)
        : m_id(std::move(id))
        , m_gate(gate)
    {
    }
    FixInfo info() const override { return {m_id, QStringLiteral("some_check"), m_id, {}}; }
    FixPlan preview(const CheckContext&) const override
    {
        FixPlan plan;
        plan.fixId = m_id;
        plan.checkId = QStringLiteral("some_check");
        plan.summary = QStringLiteral("change something");
        plan.canApply = true;
        return plan;
    }
    FixOutcome apply(const CheckContext&, const FixPlan&) const override
    {
        ++started;
        if (m_gate)
            m_gate->acquire();
        FixOutcome outcome;
        outcome.result = FixResult::Applied;
        outcome.summary = QStringLiteral("done");
        return outcome;
    }
    mutable std::atomic_int started{0};

private:
    QString m_id;
    QSemaphore* m_gate;
};

FixOutcome outcomeAt(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).at(0).value<FixOutcome>();
}
} // namespace

class TestChangeLane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondChangeIsRefusedWhileOneRuns();
};

void TestChangeLane::secondChangeIsRefusedWhileOneRuns()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto journal = std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                                QStringLiteral("session-1"), std::make_shared<Redactor>());
    CheckRunner checks;
    FixRunner installPage(&checks, journal);
    FixRunner registerPage(&checks, journal);
    QSemaphore gate(0);
    const auto slow = std::make_shared<GatedFix>(QStringLiteral("slow_fix"), &gate);
    const auto quick = std::make_shared<GatedFix>(QStringLiteral("quick_fix"), nullptr);
    const CheckEnvironment environment;
    QSignalSpy installApplied(&installPage, &FixRunner::applied);
    QSignalSpy registerApplied(&registerPage, &FixRunner::applied);

    installPage.apply(slow, slow->preview({}), environment);
    QTRY_COMPARE(slow->started.load(), 1); // the first change is running now
    registerPage.apply(quick, quick->preview({}), environment); // another page
    QVERIFY(registerApplied.wait(5000));
    QCOMPARE(outcomeAt(registerApplied, 0).result, FixResult::NotAllowed);
    QVERIFY(outcomeAt(registerApplied, 0).summary.contains(QLatin1String("still being made")));
    QCOMPARE(quick->started.load(), 0);

    gate.release();
    QVERIFY(installApplied.wait(5000));
    QCOMPARE(outcomeAt(installApplied, 0).result, FixResult::Applied);

    registerPage.apply(quick, quick->preview({}), environment); // the lane is free again
    QVERIFY(registerApplied.wait(5000));
    QCOMPARE(outcomeAt(registerApplied, 1).result, FixResult::Applied);
    QCOMPARE(quick->started.load(), 1);

    // Only what ran is in the journal: a started line and a result line for each applied fix.
    const QList<JournalEntry> entries = journal->entries();
    QCOMPARE(entries.size(), 4);
    for (const JournalEntry& entry : entries)
        QVERIFY(entry.fixId != QLatin1String("quick_fix") || entry.result != QLatin1String("not_allowed"));
}

QTEST_GUILESS_MAIN(TestChangeLane)
#include "TestChangeLane.moc"
