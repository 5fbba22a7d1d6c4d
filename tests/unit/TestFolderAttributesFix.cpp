// SPDX-License-Identifier: MIT
// clear_scratch_attributes (B3) and clear_install_dir_attributes (A10), one FolderAttributesFix
// class: the preview lists each attribute set -> cleared and says that only the folder itself
// changes (with the commands for what is inside); apply through the FixRunner journals
// before/after and the undo object and re-runs B3, which turns green; undo sets the same bits
// again; refusals: folder missing, a junction, a file, nothing to clear, not elevated; apply
// re-reads the folder (already cleared, moved, gone).
#include "ScratchFixTestSupport.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/scratch/ScratchAttributesCheck.h"

#include <QTest>

#include <algorithm>

using namespace mars;
using namespace mars::test::scratch;

class TestFolderAttributesFix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clearScratchAttributesThroughTheRunner_data();
    void clearScratchAttributesThroughTheRunner();
    void clearInstallDirAttributes();
    void folderAttributesRefusals_data();
    void folderAttributesRefusals();
    void folderAttributesApplyRereadsTheFolder();
    void reservedFoldersAreNeverChanged_data();
    void reservedFoldersAreNeverChanged();
};

void TestFolderAttributesFix::clearScratchAttributesThroughTheRunner_data()
{
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<QStringList>("cleared");
    QTest::addColumn<QString>("command"); // for what is inside, in the summary
    QTest::newRow("compressed") << QStringList{QStringLiteral("compressed")}
                                << QStringList{QStringLiteral("compressed")} << "compact /u /s:";
    QTest::newRow("encrypted") << QStringList{QStringLiteral("encrypted")} << QStringList{QStringLiteral("encrypted")}
                               << "cipher /d /s:";
    QTest::newRow("both, hidden stays") << QStringList{QStringLiteral("hidden"), QStringLiteral("compressed"),
                                                       QStringLiteral("encrypted")}
                                        << QStringList{QStringLiteral("compressed"), QStringLiteral("encrypted")}
                                        << "cipher /d /s:";
}

void TestFolderAttributesFix::clearScratchAttributesThroughTheRunner()
{
    QFETCH(QStringList, attributes);
    QFETCH(QStringList, cleared);
    QFETCH(QString, command);
    Machine m = healthy();
    m.folders = {};
    m.folder(test::kInstallDir).folder(kScratch, attributes);
    const auto system = recorded(m);
    Flow flow(system);
    const auto check = std::make_shared<ScratchAttributesCheck>();
    const auto fix =
            std::make_shared<FolderAttributesFix>(FolderAttributesFix::Folder::Scratch, ScratchAttributesCheck::id());
    QCOMPARE(fix->info().id, FolderAttributesFix::id(FolderAttributesFix::Folder::Scratch));
    QCOMPARE(fix->info().checkId, ScratchAttributesCheck::id());
    const Finding before = flow.runCheck(check);
    QCOMPARE(before.verdict, Verdict::Fail);
    QCOMPARE(before.fixIds, QStringList{fix->info().id});

    // The preview: each attribute, set -> cleared; only the folder itself; commands for the rest.
    const FixPlan plan = flow.preview(fix);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.elevation, Elevation::Held);
    QVERIFY(plan.reversible);
    QVERIFY(!plan.undoDescription.isEmpty());
    for (qsizetype i = 0; i < cleared.size(); ++i) {
        QCOMPARE(plan.changes.at(i).target, QStringLiteral("Attribute \"%1\" of %2").arg(cleared.at(i), kScratch));
        QCOMPARE(plan.changes.at(i).before, QStringLiteral("set"));
        QCOMPARE(plan.changes.at(i).after, QStringLiteral("cleared"));
    }
    QCOMPARE(plan.changes.size(), cleared.size() + 1); // + what is inside: left as it is
    QVERIFY(plan.changes.constLast().after.contains(QStringLiteral("left")));
    QVERIFY2(plan.summary.contains(QStringLiteral("itself")), qPrintable(plan.summary));
    QVERIFY2(plan.summary.contains(command + QLatin1Char('"') + kScratch), qPrintable(plan.summary));
    QVERIFY(system->calls().isEmpty()); // a preview changes nothing

    const FixOutcome outcome = flow.apply(fix, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(system->calls().size(), 1); // one call, on the folder itself
    QVERIFY(system->calls().constFirst().startsWith(QStringLiteral("attributes ") + kScratch + QLatin1Char(' ')));
    QStringList left = attributes;
    for (const QString& name : cleared)
        left.removeAll(name);
    left.prepend(QStringLiteral("directory"));
    std::sort(left.begin(), left.end());
    QStringList now = attributesOf(*system, kScratch);
    std::sort(now.begin(), now.end());
    QCOMPARE(now, left);

    // Journal: started, then the result with before/after and what undo needs.
    const QList<JournalEntry> entries = flow.journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().result, QStringLiteral("started"));
    const JournalEntry& done = entries.last();
    QCOMPARE(done.fixId, FolderAttributesFix::id(FolderAttributesFix::Folder::Scratch));
    QCOMPARE(done.result, QStringLiteral("applied"));
    QVERIFY(done.simulated);
    QCOMPARE(done.before.value(QLatin1String("folder")).toString(), kScratch);
    for (const QString& name : cleared)
        QVERIFY(strings(done.before.value(QLatin1String("attributes"))).contains(name));
    QCOMPARE(strings(done.after.value(QLatin1String("cleared"))), cleared);
    QCOMPARE(done.undo.value(QLatin1String("folder")).toString(), kScratch);
    QCOMPARE(strings(done.undo.value(QLatin1String("attributes"))), cleared);

    // The re-run of B3 (by the FixRunner) is green.
    QTRY_COMPARE(flow.checks.finding(ScratchAttributesCheck::id()).verdict, Verdict::Pass);

    // Undo from the journal: previewed (re-reading the folder), then the same bits are set again.
    const FixPlan undoPlan = fix->previewUndo(contextOf(system), done);
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.cannotApplyReason));
    QCOMPARE(undoPlan.changes.size(), cleared.size());
    QCOMPARE(undoPlan.changes.constFirst().after, QStringLiteral("set"));
    const FixOutcome undone = fix->undo(contextOf(system), done.undo);
    QCOMPARE(undone.result, FixResult::Applied);
    for (const QString& name : cleared)
        QVERIFY(attributesOf(*system, kScratch).contains(name));
    QCOMPARE(ScratchAttributesCheck().run(contextOf(system)).verdict, Verdict::Fail);
    // Undone twice: nothing left to do, nothing changed.
    QCOMPARE(fix->undo(contextOf(system), done.undo).result, FixResult::NothingToDo);
}

void TestFolderAttributesFix::clearInstallDirAttributes()
{
    // A10's instance: System, Hidden, Compressed and Encrypted go; read-only stays; the
    // folder is the one typed on the first page.
    const QString typed = QStringLiteral("D:\\Agents\\MARS");
    Machine m;
    m.folder(typed, {QStringLiteral("readonly"), QStringLiteral("hidden"), QStringLiteral("system"),
                     QStringLiteral("compressed"), QStringLiteral("encrypted")});
    const auto system = recorded(m);
    CheckContext context = contextOf(system);
    context.env.inputs.installDir = typed;
    const FolderAttributesFix fix(FolderAttributesFix::Folder::InstallDir, InstallDirAttributesCheck::id());
    QCOMPARE(fix.info().id, FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir));
    QCOMPARE(fix.info().checkId, InstallDirAttributesCheck::id());
    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    const QStringList cleared{QStringLiteral("hidden"), QStringLiteral("system"), QStringLiteral("compressed"),
                              QStringLiteral("encrypted")};
    QCOMPARE(plan.itemCount, cleared.size());
    for (qsizetype i = 0; i < cleared.size(); ++i)
        QCOMPARE(plan.changes.at(i).target, QStringLiteral("Attribute \"%1\" of %2").arg(cleared.at(i), typed));
    QVERIFY(plan.summary.contains(QStringLiteral("compact /u /s:\"%1\" /i /q").arg(typed)));
    QVERIFY(plan.summary.contains(QStringLiteral("cipher /d /s:\"%1\"").arg(typed)));

    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(attributesOf(*system, typed), (QStringList{QStringLiteral("readonly"), QStringLiteral("directory")}));
    QCOMPARE(strings(outcome.after.value(QLatin1String("cleared"))), cleared);
    QCOMPARE(strings(outcome.undo.value(QLatin1String("attributes"))), cleared);
    QCOMPARE(system->calls().size(), 1); // the folder only: never a parent
    QVERIFY(system->calls().constFirst().startsWith(QStringLiteral("attributes ") + typed + QLatin1Char(' ')));

    QCOMPARE(fix.undo(context, outcome.undo).result, FixResult::Applied);
    QCOMPARE(attributesOf(*system, typed),
             (QStringList{QStringLiteral("readonly"), QStringLiteral("hidden"), QStringLiteral("system"),
                          QStringLiteral("directory"), QStringLiteral("compressed"), QStringLiteral("encrypted")}));
    // A journal entry naming bits this fix never clears sets only its own.
    QJsonObject tampered = outcome.undo;
    tampered.insert(QStringLiteral("set"), qint64(FileAttribute::ReadOnly));
    QCOMPARE(fix.undo(context, tampered).result, FixResult::Failed);
}

void TestFolderAttributesFix::folderAttributesRefusals_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("summary"); // what the preview says
    QTest::addColumn<int>("elevation"); // Elevation
    QTest::newRow("folder missing") << "missing"
                                    << "does not exist" << int(Elevation::NotNeeded);
    QTest::newRow("junction") << "reparse"
                              << "link" << int(Elevation::NotNeeded);
    QTest::newRow("a file") << "file"
                            << "not a folder" << int(Elevation::NotNeeded);
    QTest::newRow("nothing to clear") << "plain"
                                      << "nothing to clear" << int(Elevation::NotNeeded);
    QTest::newRow("not elevated") << "limited"
                                  << "Clear the attributes compressed" << int(Elevation::Needed);
}

void TestFolderAttributesFix::folderAttributesRefusals()
{
    QFETCH(QString, state);
    QFETCH(QString, summary);
    QFETCH(int, elevation);
    Machine m;
    m.installed().scratch(kScratch, kScratch);
    if (state == QLatin1String("reparse"))
        m.folder(kScratch, {QStringLiteral("compressed"), QStringLiteral("reparse_point")});
    else if (state == QLatin1String("file"))
        m.file(kScratch);
    else if (state == QLatin1String("plain"))
        m.folder(kScratch, {QStringLiteral("hidden")});
    else if (state == QLatin1String("limited"))
        m.limited().folder(kScratch, {QStringLiteral("compressed")});
    const auto system = recorded(m);
    const FolderAttributesFix fix(FolderAttributesFix::Folder::Scratch, ScratchAttributesCheck::id());
    const FixPlan plan = fix.preview(contextOf(system));
    QVERIFY(!plan.canApply);
    QVERIFY(!plan.cannotApplyReason.isEmpty());
    QVERIFY2(plan.summary.contains(summary), qPrintable(plan.summary));
    QCOMPARE(int(plan.elevation), elevation);
    if (elevation == int(Elevation::Needed))
        QVERIFY2(plan.cannotApplyReason.contains(QStringLiteral("Restart as administrator")),
                 qPrintable(plan.cannotApplyReason));
    QVERIFY(system->calls().isEmpty());
}

void TestFolderAttributesFix::folderAttributesApplyRereadsTheFolder()
{
    Machine m = healthy();
    m.folders = {};
    m.folder(test::kInstallDir).folder(kScratch, {QStringLiteral("compressed")});
    const auto system = recorded(m);
    const CheckContext context = contextOf(system);
    const FolderAttributesFix fix(FolderAttributesFix::Folder::Scratch, ScratchAttributesCheck::id());
    const FixPlan plan = fix.preview(context);
    QVERIFY(plan.canApply);
    QCOMPARE(fix.apply(context, plan).result, FixResult::Applied);
    // Applied a second time: the attribute is already gone, nothing is called.
    const FixOutcome again = fix.apply(context, plan);
    QCOMPARE(again.result, FixResult::NothingToDo);
    QVERIFY(again.undo.isEmpty());
    QCOMPARE(system->calls().size(), 1);
    // The cache moved since the preview: the plan is not applied to the new folder.
    system->registry().writeRegistryString(RegistryHive::LocalMachine, kConfig, kScratchValue, kOld,
                                           RegistryView::Native64);
    const FixOutcome moved = fix.apply(context, plan);
    QCOMPARE(moved.result, FixResult::Failed);
    QVERIFY2(moved.summary.contains(QStringLiteral("changed since the preview")), qPrintable(moved.summary));
    // The folder vanished: refused, nothing called.
    system->registry().writeRegistryString(RegistryHive::LocalMachine, kConfig, kScratchValue, kScratch,
                                           RegistryView::Native64);
    system->scratchGone = true;
    QCOMPARE(fix.apply(context, plan).result, FixResult::Failed);
    QCOMPARE(system->calls().filter(QStringLiteral("attributes")).size(), 1);
}

QTEST_GUILESS_MAIN(TestFolderAttributesFix)
void TestFolderAttributesFix::reservedFoldersAreNeverChanged_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("drive root") << QStringLiteral("D:\\") << QStringLiteral("root of a drive");
    QTest::newRow("drive without a backslash") << QStringLiteral("D:") << QStringLiteral("root of a drive");
    QTest::newRow("Windows") << QStringLiteral("c:\\windows") << QStringLiteral("Windows' own folders");
    QTest::newRow("System32") << QStringLiteral("C:\\Windows\\System32\\") << QStringLiteral("Windows' own folders");
    QTest::newRow("Program Files") << QStringLiteral("C:/Program Files") << QStringLiteral("Windows' own folders");
}

void TestFolderAttributesFix::reservedFoldersAreNeverChanged()
{
    // A technician who types a drive or a Windows folder as the install folder gets A10's
    // finding, but the fix refuses: a root is hidden and system by design.
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    Machine m;
    m.folder(QStringLiteral("D:\\"), {QStringLiteral("hidden"), QStringLiteral("system")});
    m.folder(QStringLiteral("C:\\Windows\\System32"), {QStringLiteral("system")});
    m.folder(QStringLiteral("C:\\Program Files"), {QStringLiteral("system")});
    const auto system = recorded(m);
    CheckContext context = contextOf(system);
    context.env.inputs.installDir = typed;
    const FixPlan plan = FolderAttributesFix(FolderAttributesFix::Folder::InstallDir, InstallDirAttributesCheck::id())
                                 .preview(context);
    QVERIFY(!plan.canApply);
    QVERIFY2(plan.cannotApplyReason.contains(reason), qPrintable(plan.cannotApplyReason));
    QVERIFY(plan.changes.isEmpty());
}

#include "TestFolderAttributesFix.moc"
