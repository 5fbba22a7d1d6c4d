// SPDX-License-Identifier: MIT
// ThreadGuard: reading or writing the fix journal on the GUI thread of a widget application is
// flagged; the same calls on a worker are not, and the in-memory undo index is fine anywhere.
#include "engine/FixJournal.h"
#include "engine/ThreadGuard.h"
#include "logging/Redactor.h"

#include <QApplication>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace mars;

class TestGuiThreadGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void journalFileWorkIsFlaggedOnTheGuiThreadOnly();
};

void TestGuiThreadGuard::journalFileWorkIsFlaggedOnTheGuiThreadOnly()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    FixJournal journal(data.filePath(QStringLiteral("fix-journal.jsonl")), QStringLiteral("s"),
                       std::make_shared<Redactor>());
    QStringList flagged;
    const ThreadGuard::Handler old =
            ThreadGuard::setHandler([&flagged](const char* what) { flagged.append(QString::fromLatin1(what)); });

    QVERIFY(ThreadGuard::onGuiThread());
    QtConcurrent::run([&journal] {
        journal.loadIndex();
        FixPlan plan;
        plan.fixId = QStringLiteral("f");
        plan.checkId = QStringLiteral("c");
        FixOutcome outcome;
        outcome.result = FixResult::Applied;
        journal.record(plan, outcome, false);
        return journal.entries().size();
    }).waitForFinished();
    QVERIFY2(flagged.isEmpty(), qPrintable(flagged.join(QLatin1Char(' '))));
    QVERIFY(journal.undoable(QStringLiteral("c"), false).isEmpty()); // memory only: not flagged
    QVERIFY(flagged.isEmpty());

    QCOMPARE(journal.entries().size(), 1); // the file, on the GUI thread
    QCOMPARE(flagged, QStringList{QStringLiteral("FixJournal::entries")});
    ThreadGuard::setHandler(old);
}

QTEST_MAIN(TestGuiThreadGuard)
#include "TestGuiThreadGuard.moc"
