// SPDX-License-Identifier: MIT
// ThreadGuard: reading or writing the fix journal, and every OS question or action of a guarded
// machine, on the GUI thread of a widget application is flagged; the same calls on a worker are
// not, and the in-memory undo index and the machine's label are fine anywhere.
#include "OnWorkerThread.h"
#include "ScenarioTestData.h"
#include "engine/FixJournal.h"
#include "engine/GuardedSystem.h"
#include "engine/ThreadGuard.h"
#include "logging/Redactor.h"

#include <QApplication>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;

class TestGuiThreadGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void journalFileWorkIsFlaggedOnTheGuiThreadOnly();
    void osProbesAreFlaggedOnTheGuiThreadOnly();
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
    test::onWorkerThread([&journal] {
        journal.loadIndex();
        FixPlan plan;
        plan.fixId = QStringLiteral("f");
        plan.checkId = QStringLiteral("c");
        FixOutcome outcome;
        outcome.result = FixResult::Applied;
        journal.record(plan, outcome, false);
        return journal.entries().size();
    });
    QVERIFY2(flagged.isEmpty(), qPrintable(flagged.join(QLatin1Char(' '))));
    QVERIFY(journal.undoable(QStringLiteral("c"), false).isEmpty()); // memory only: not flagged
    QVERIFY(flagged.isEmpty());

    QCOMPARE(journal.entries().size(), 1); // the file, on the GUI thread
    QCOMPARE(flagged, QStringList{QStringLiteral("FixJournal::entries")});
    ThreadGuard::setHandler(old);
}

void TestGuiThreadGuard::osProbesAreFlaggedOnTheGuiThreadOnly()
{
    const std::shared_ptr<SystemProbe> guarded = guardedAgainstGuiThread(test::fromPatch("{}"));
    QStringList flagged;
    const ThreadGuard::Handler old =
            ThreadGuard::setHandler([&flagged](const char* what) { flagged.append(QString::fromLatin1(what)); });
    // One question of each role (and one action, refused on this unelevated machine's registry).
    const auto askEveryRole = [guarded] {
        int answered = 0;
        answered += guarded->machine().account().ok();
        answered += guarded->files().systemTempDir().ok();
        answered += guarded->registry()
                            .readRegistry(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Nothing"),
                                          QStringLiteral("x"), RegistryView::Native64)
                            .status
                    == ProbeStatus::NotFound;
        answered += guarded->services().service(QStringLiteral("nosuchservice")).status == ProbeStatus::NotFound;
        answered += guarded->network().winHttpProxy().ok();
        ExchangeRequest request; // answered by the scenario: no traffic
        request.url = QUrl(QStringLiteral("https://login.microsoftonline.com/"));
        answered += guarded->connectivity().exchange(request, std::stop_token()).ok();
        return answered;
    };

    QCOMPARE(test::onWorkerThread(askEveryRole), 6);
    QVERIFY2(flagged.isEmpty(), qPrintable(flagged.join(QLatin1Char(' '))));
    QVERIFY(guarded->isSimulated()); // the label asks nothing: fine on the GUI thread
    QVERIFY(guarded->description().startsWith(QLatin1String("SIMULATED")));
    QVERIFY(flagged.isEmpty());

    QCOMPARE(askEveryRole(), 6); // same answers through the guard, each one flagged
    QCOMPARE(flagged,
             (QStringList{QStringLiteral("MachineProbe::account"), QStringLiteral("FilesProbe::systemTempDir"),
                          QStringLiteral("RegistryProbe::readRegistry"), QStringLiteral("ServicesProbe::service"),
                          QStringLiteral("NetworkSettingsProbe::winHttpProxy"),
                          QStringLiteral("ConnectivityProbe::exchange")}));
    ThreadGuard::setHandler(old);
}

QTEST_MAIN(TestGuiThreadGuard)
#include "TestGuiThreadGuard.moc"
