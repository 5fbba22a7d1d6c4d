// SPDX-License-Identifier: MIT
// repair_scratch_registry (B1): the preview names the value, before -> after, the backup of
// both values and the restart of obengine; apply through the FixRunner stops the service,
// writes, starts it again, journals both values and the undo object, and B1 turns green; undo
// through the runner puts the old value back; refusals: not elevated, nothing to copy from,
// the values or the folder changed since the preview, the service does not stop, the value
// changed again before the undo, a journal entry naming another key.
#include "ScratchFixTestSupport.h"
#include "catalog/scratch/ScratchRegistryCheck.h"
#include "catalog/scratch/ScratchRegistryFix.h"

#include <QTest>

#include <tuple>

using namespace mars;
using namespace mars::test::scratch;

class TestScratchRegistryFix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repairPreview_data();
    void repairPreview();
    void repairThroughTheRunnerAndUndo();
    void repairRefusals();
    void repairStopsNothingWhenTheServiceIsStopped();
    void repairUndoRefusals();
    void forgedOldValuesAreRefused_data();
    void forgedOldValuesAreRefused();
    void repairRefusesWhenTheDriveIsAway_data();
    void repairRefusesWhenTheDriveIsAway();
    void repairRechecksTheDriveAtApply();
};

void TestScratchRegistryFix::repairPreview_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("target"); // the value the fix would change
    QTest::addColumn<QString>("before");
    QTest::addColumn<bool>("reversible");
    QTest::newRow("config missing") << QString() << kScratch << kConfig << "(missing)" << false;
    QTest::newRow("config names a missing folder") << kOld << kScratch << kConfig << kOld << true;
    QTest::newRow("provider names a missing folder") << kScratch << kOld << kProvider << kOld << true;
}

void TestScratchRegistryFix::repairPreview()
{
    QFETCH(QString, config);
    QFETCH(QString, provider);
    QFETCH(QString, target);
    QFETCH(QString, before);
    QFETCH(bool, reversible);
    Machine m;
    m.installed()
            .scratch(config, provider)
            .folderWritten(kScratch, 2)
            .drives()
            .clockAt(QStringLiteral("2024-05-01T09:30:00Z"));
    const auto system = recorded(m);
    const FixPlan plan = ScratchRegistryFix().preview(contextOf(system));
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.elevation, Elevation::Held);
    QCOMPARE(plan.fixId, ScratchRegistryFix::id());
    QCOMPARE(plan.checkId, ScratchRegistryCheck::id());
    // The value, the backup, the service, then both folders' last writes (one when a value is missing).
    QCOMPARE(plan.changes.size(), before == QLatin1String("(missing)") ? 4 : 5);
    QCOMPARE(plan.changes.at(3).target, QStringLiteral("Folder %1 (named by HKLM\\%2\\ScratchLocation)")
                                                .arg(kScratch, target == kConfig ? kProvider : kConfig));
    QCOMPARE(plan.changes.at(3).before, QStringLiteral("last written 2024-05-01 07:30 UTC")); // the clock minus 2 h
    if (before != QLatin1String("(missing)"))
        QCOMPARE(plan.changes.at(4).before, QStringLiteral("does not exist"));
    QCOMPARE(plan.changes.at(0).target, QStringLiteral("HKLM\\%1\\ScratchLocation").arg(target));
    QCOMPARE(plan.changes.at(0).before, before);
    QCOMPARE(plan.changes.at(0).after, kScratch);
    QVERIFY(plan.changes.at(1).after.contains(QStringLiteral("backed up"))); // both values, first
    QCOMPARE(plan.changes.at(2).target, QStringLiteral("Service obengine"));
    QVERIFY(plan.changes.at(2).after.contains(QStringLiteral("started again")));
    QVERIFY(plan.summary.contains(QStringLiteral("restarted")));
    QCOMPARE(plan.reversible, reversible);
    // Not reversible: says why, and how to go back by hand.
    QCOMPARE(plan.undoDescription.contains(QStringLiteral("reg delete")), !reversible);
    QVERIFY(system->calls().isEmpty());
}

void TestScratchRegistryFix::repairThroughTheRunnerAndUndo()
{
    Machine m;
    m.installed().scratch(kOld, kScratch).folder(kScratch).drives();
    const auto system = recorded(m);
    Flow flow(system);
    const auto check = std::make_shared<ScratchRegistryCheck>();
    const auto fix = std::make_shared<ScratchRegistryFix>();
    const Finding broken = flow.runCheck(check);
    QCOMPARE(broken.verdict, Verdict::Fail);
    QCOMPARE(broken.fixIds, QStringList{ScratchRegistryFix::id()});

    const FixPlan plan = flow.preview(fix);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    const FixOutcome outcome = flow.apply(fix, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    // The agent reads the value when it starts: stopped, written, started.
    QCOMPARE(system->calls(),
             (QStringList{QStringLiteral("stop obengine"), QStringLiteral("write Config = ") + kScratch,
                          QStringLiteral("start obengine")}));
    QCOMPARE(configValue(*system), kScratch);
    QCOMPARE(system->services().service(QStringLiteral("obengine")).value.state, ServiceState::Running);

    const QList<JournalEntry> entries = flow.journal->entries();
    QCOMPARE(entries.size(), 2);
    const JournalEntry& done = entries.last();
    QCOMPARE(done.result, QStringLiteral("applied"));
    QCOMPARE(done.before.value(QLatin1String("config")).toString(), kOld); // both backed up
    QCOMPARE(done.before.value(QLatin1String("provider")).toString(), kScratch);
    QCOMPARE(done.before.value(QLatin1String("service")).toString(), QStringLiteral("running"));
    QCOMPARE(done.after.value(QLatin1String("config")).toString(), kScratch);
    QCOMPARE(done.after.value(QLatin1String("service")).toString(), QStringLiteral("running"));
    QCOMPARE(done.undo.value(QLatin1String("key")).toString(), kConfig);
    QCOMPARE(done.undo.value(QLatin1String("value")).toString(), kOld);
    QTRY_COMPARE(flow.checks.finding(ScratchRegistryCheck::id()).verdict, Verdict::Pass);

    // Undo through the runner: previewed from the journal entry, journalled as its undo.
    QSignalSpy previewed(&flow.fixes, &FixRunner::previewReady);
    flow.fixes.previewUndo(fix, done, flow.environment);
    QVERIFY(previewed.wait(10000));
    const FixPlan undoPlan = previewed.at(0).at(0).value<FixPlan>();
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.cannotApplyReason));
    QCOMPARE(undoPlan.changes.at(0).before, kScratch);
    QCOMPARE(undoPlan.changes.at(0).after, kOld);
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.undo(fix, done, undoPlan, flow.environment);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.at(0).at(0).value<FixOutcome>().result, FixResult::Applied);
    QCOMPARE(configValue(*system), kOld);
    QCOMPARE(system->calls().mid(3),
             (QStringList{QStringLiteral("stop obengine"), QStringLiteral("write Config = ") + kOld,
                          QStringLiteral("start obengine")}));
    QTRY_COMPARE(flow.checks.finding(ScratchRegistryCheck::id()).verdict, Verdict::Fail);
    QVERIFY(!flow.journal->entries().at(1).undoneBy.isEmpty());
}

void TestScratchRegistryFix::repairRefusals()
{
    const ScratchRegistryFix fix;
    // Not elevated: refused before anything changes, with the way to get the rights.
    Machine m;
    m.limited().installed().scratch(QString(), kScratch).folder(kScratch).drives();
    FixPlan plan = fix.preview(contextOf(m.system()));
    QVERIFY(!plan.canApply);
    QCOMPARE(plan.elevation, Elevation::Needed);
    QVERIFY2(plan.cannotApplyReason.contains(QStringLiteral("Restart as administrator")),
             qPrintable(plan.cannotApplyReason));

    // Nothing to copy from: never invents a path.
    for (const auto& [config, provider, folder] :
         {std::tuple{QString(), QString(), kScratch}, std::tuple{kOld, kScratch, QString()},
          std::tuple{kScratch, kScratch, kScratch}}) {
        Machine none;
        none.installed().scratch(config, provider).drives();
        if (!folder.isEmpty())
            none.folder(folder);
        plan = fix.preview(contextOf(none.system()));
        QVERIFY(!plan.canApply);
        QVERIFY(!plan.cannotApplyReason.isEmpty());
    }
    QVERIFY2(plan.cannotApplyReason.contains(QStringLiteral("nothing to repair")), qPrintable(plan.cannotApplyReason));

    // The values changed between preview and apply: nothing is written.
    Machine changed;
    changed.installed().scratch(kOld, kScratch).folder(kScratch).folder(QStringLiteral("E:\\Other")).drives();
    auto system = recorded(changed);
    plan = fix.preview(contextOf(system));
    QVERIFY(plan.canApply);
    system->registry().writeRegistryString(RegistryHive::LocalMachine, kProvider, kScratchValue,
                                           QStringLiteral("E:\\Other"), RegistryView::Native64);
    FixOutcome outcome = fix.apply(contextOf(system), plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY2(outcome.summary.contains(QStringLiteral("changed since the preview")), qPrintable(outcome.summary));
    QCOMPARE(configValue(*system), kOld);
    QCOMPARE(system->calls().size(), 1); // only the test's own write
    QVERIFY(outcome.undo.isEmpty());

    // The folder vanished between preview and apply: nothing is written.
    system = recorded(changed);
    plan = fix.preview(contextOf(system));
    system->scratchGone = true;
    outcome = fix.apply(contextOf(system), plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY2(outcome.summary.contains(QStringLiteral("no longer exists")), qPrintable(outcome.summary));
    QVERIFY(system->calls().isEmpty());

    // The service does not stop: nothing is written, the reason is named.
    system = recorded(changed);
    system->failStop = true;
    outcome = fix.apply(contextOf(system), fix.preview(contextOf(system)));
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY2(outcome.summary.contains(QStringLiteral("error 1061")), qPrintable(outcome.summary));
    QCOMPARE(system->calls(), QStringList{QStringLiteral("stop obengine")});
    QCOMPARE(configValue(*system), kOld);
}

void TestScratchRegistryFix::repairStopsNothingWhenTheServiceIsStopped()
{
    Machine m;
    m.installed().scratch(QString(), kScratch).folder(kScratch).drives();
    m.services = {QJsonObject{{QStringLiteral("name"), QStringLiteral("obengine")},
                              {QStringLiteral("state"), QStringLiteral("stopped")}}};
    const auto system = recorded(m);
    const ScratchRegistryFix fix;
    const FixPlan plan = fix.preview(contextOf(system));
    QVERIFY(plan.canApply);
    QCOMPARE(plan.changes.at(2).after, QStringLiteral("left as it is"));
    const FixOutcome outcome = fix.apply(contextOf(system), plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(system->calls(), QStringList{QStringLiteral("write Config = ") + kScratch});
    QVERIFY(outcome.undo.isEmpty()); // there was no old value to put back
    QCOMPARE(outcome.before.value(QLatin1String("config")), QJsonValue(QJsonValue::Null));
    QCOMPARE(ScratchRegistryCheck().run(contextOf(system)).verdict, Verdict::Pass);
}

void TestScratchRegistryFix::repairUndoRefusals()
{
    Machine m;
    m.installed().scratch(kOld, kScratch).folder(kScratch).drives();
    const auto system = recorded(m);
    const ScratchRegistryFix fix;
    const FixOutcome outcome = fix.apply(contextOf(system), fix.preview(contextOf(system)));
    QCOMPARE(outcome.result, FixResult::Applied);

    // A journal entry naming another key is never written, whatever it says.
    QJsonObject tampered = outcome.undo;
    tampered.insert(QStringLiteral("key"), QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run"));
    QCOMPARE(fix.undo(contextOf(system), tampered).result, FixResult::Failed);

    // The value was changed again after the fix: undo would overwrite someone else's change.
    system->registry().writeRegistryString(RegistryHive::LocalMachine, kConfig, kScratchValue,
                                           QStringLiteral("F:\\Newer"), RegistryView::Native64);
    const int calls = int(system->calls().size());
    const FixOutcome undone = fix.undo(contextOf(system), outcome.undo);
    QCOMPARE(undone.result, FixResult::Failed);
    QVERIFY2(undone.summary.contains(QStringLiteral("changed again")), qPrintable(undone.summary));
    QCOMPARE(int(system->calls().size()), calls);
    QCOMPARE(configValue(*system), QStringLiteral("F:\\Newer"));
}

void TestScratchRegistryFix::forgedOldValuesAreRefused_data()
{
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("reason");
    QTest::newRow("UNC") << QStringLiteral("\\\\attacker.example\\share\\scratch") << QStringLiteral("network path");
    QTest::newRow("\\\\?\\UNC") << QStringLiteral("\\\\?\\UNC\\attacker.example\\share")
                                << QStringLiteral("network path");
    QTest::newRow("relative") << QStringLiteral("..\\scratch") << QStringLiteral("not a full path");
    QTest::newRow("Windows") << QStringLiteral("C:\\Windows\\System32\\.") << QStringLiteral("Windows' own folders");
    QTest::newRow("removable drive") << QStringLiteral("E:\\Scratch") << QStringLiteral("fixed");
}

void TestScratchRegistryFix::forgedOldValuesAreRefused()
{
    // Issue #14: a journal line whose old value is not a cache folder on a local fixed drive is
    // listed as not undoable and its undo writes nothing, with a plain sentence.
    QFETCH(QString, old);
    QFETCH(QString, reason);
    Machine m;
    m.installed()
            .scratch(kOld, kScratch)
            .folder(kScratch)
            .drives()
            .disk(QStringLiteral("E:\\"), 1000000, 1000, QStringLiteral("removable"));
    const auto system = recorded(m);
    const ScratchRegistryFix fix;
    const FixOutcome outcome = fix.apply(contextOf(system), fix.preview(contextOf(system)));
    QCOMPARE(outcome.result, FixResult::Applied);
    JournalEntry entry;
    entry.fixId = fix.info().id;
    entry.checkId = fix.info().checkId;
    entry.result = QStringLiteral("applied");
    entry.undo = outcome.undo;
    entry.undo.insert(QStringLiteral("value"), old);
    entry.simulated = true;
    const FixPlan plan = fix.previewUndo(contextOf(system), entry);
    QVERIFY(!plan.canApply);
    QVERIFY2(plan.cannotApplyReason.contains(reason), qPrintable(plan.cannotApplyReason));
    const FixOutcome undone = fix.undo(contextOf(system), entry.undo);
    QCOMPARE(undone.result, FixResult::NotAllowed);
    QVERIFY2(undone.summary.contains(reason) && undone.summary.contains(QStringLiteral("Nothing was changed")),
             qPrintable(undone.summary));
    QCOMPARE(configValue(*system), kScratch);
}

void TestScratchRegistryFix::repairRefusesWhenTheDriveIsAway_data()
{
    // The fault scenarios: a "missing" cache folder on a drive that is not there, or offline.
    // Pointing the agent back at the other (old) folder would be worse than waiting (#19).
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("reason"); // in the refusal
    QTest::newRow("drive absent") << "scratch_registry_consistency-drive-absent.json"
                                  << "is not on this computer now";
    QTest::newRow("drive offline") << "scratch_registry_consistency-drive-offline.json"
                                   << "offline or not ready";
}

void TestScratchRegistryFix::repairRefusesWhenTheDriveIsAway()
{
    QFETCH(QString, scenario);
    QFETCH(QString, reason);
    std::shared_ptr<SystemProbe> loaded = test::load(test::testData("install/") + scenario);
    QVERIFY(loaded);
    const auto system = std::make_shared<Recorder>(loaded);
    // B1 fails but does not offer the repair, and says why.
    const Finding f = ScratchRegistryCheck().run(contextOf(system));
    QCOMPARE(f.verdict, Verdict::Fail);
    QVERIFY(f.fixIds.isEmpty());
    QVERIFY2(f.remedy.contains(QStringLiteral("back online")), qPrintable(f.remedy));
    QVERIFY2(f.detail.contains(reason), qPrintable(f.detail));
    // The repair, asked anyway, refuses at preview and changes nothing.
    const ScratchRegistryFix fix;
    const FixPlan plan = fix.preview(contextOf(system));
    QVERIFY(!plan.canApply);
    QVERIFY2(plan.cannotApplyReason.contains(reason), qPrintable(plan.cannotApplyReason));
    QVERIFY(system->calls().isEmpty());
}

void TestScratchRegistryFix::repairRechecksTheDriveAtApply()
{
    // Previewed while D: was there; by the time of apply it is offline (or cannot be asked):
    // nothing is written, the service is not touched.
    for (const bool probeFails : {false, true}) {
        Machine m;
        m.installed().scratch(kOld, kScratch).folder(kScratch).drives();
        const auto system = failing(m);
        const ScratchRegistryFix fix;
        const FixPlan plan = fix.preview(contextOf(system));
        QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
        system->volumeAnswer = [probeFails](const QString& path) {
            if (probeFails)
                return Probed<VolumeInfo>::bad(ProbeStatus::Failed, QStringLiteral("GetVolumePathNameW: error 21"), 21);
            VolumeInfo offline;
            offline.root = path.left(3);
            offline.driveType = DriveType::Fixed;
            offline.online = false;
            return Probed<VolumeInfo>::good(offline);
        };
        const FixOutcome outcome = fix.apply(contextOf(system), plan);
        QCOMPARE(outcome.result, FixResult::Failed);
        QVERIFY2(outcome.summary.contains(probeFails ? QStringLiteral("could not be checked")
                                                     : QStringLiteral("offline or not ready")),
                 qPrintable(outcome.summary));
        QVERIFY2(outcome.summary.contains(QStringLiteral("Nothing was changed")), qPrintable(outcome.summary));
        QCOMPARE(configValue(*system), kOld);
        QCOMPARE(system->services().service(QStringLiteral("obengine")).value.state, ServiceState::Running);
    }
}

QTEST_GUILESS_MAIN(TestScratchRegistryFix)
#include "TestScratchRegistryFix.moc"
