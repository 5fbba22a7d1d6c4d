// SPDX-License-Identifier: MIT
// clear_scratch_attributes (B3) and clear_install_dir_attributes (A10), one FolderAttributesFix
// class: the preview lists each attribute set -> cleared and says that only the folder itself
// changes (with the commands for what is inside); apply through the FixRunner journals
// before/after and the undo object and re-runs B3, which turns green; undo sets the same bits
// again; refusals: folder missing, a junction, a file, nothing to clear, not elevated; apply
// re-reads the folder (already cleared, moved, gone).
#include "ForwardingSystem.h"
#include "ScratchFixTestSupport.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/scratch/ScratchAttributesCheck.h"

#include <QHash>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <atomic>

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
    void onlyTheAgentsFolder_data();
    void onlyTheAgentsFolder();
    void ownershipIsCheckedAgainAtApplyAndUndo();
    void forgedJournalLinesAreRefused_data();
    void forgedJournalLinesAreRefused();
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

namespace {
// Paths that lead elsewhere, as a junction on the way or a short 8.3 name does: pathDetails of
// an alias answers its target's details with the target as final path. Foreign content can
// also appear in a folder after the preview (addContent()).
class Aliases final : public mars::test::ForwardingFiles
{
public:
    Aliases(std::shared_ptr<const FilesProbe> inner, QHash<QString, QString> aliases)
        : ForwardingFiles(std::move(inner))
        , m_aliases(std::move(aliases))
    {
    }
    Probed<PathDetails> pathDetails(const QString& path) const override
    {
        const QString target = m_aliases.value(path.toLower());
        if (target.isEmpty())
            return ForwardingFiles::pathDetails(path);
        Probed<PathDetails> details = ForwardingFiles::pathDetails(target);
        details.value.attributes &= ~FileAttributes(FileAttribute::ReparsePoint);
        return details;
    }
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override
    {
        if (m_content.load() && dir.compare(m_contentIn, Qt::CaseInsensitive) == 0) {
            visit(DirEntry{QStringLiteral("payroll.xlsx"), FileAttribute::Archive, 10, {}});
            return Probed<qint64>::good(1);
        }
        return ForwardingFiles::forEachEntry(dir, visit);
    }
    void addContent(const QString& dir) const
    {
        m_contentIn = dir;
        m_content = true;
    }

private:
    QHash<QString, QString> m_aliases; // lower-case alias -> target
    mutable QString m_contentIn;
    mutable std::atomic<bool> m_content = false;
};
} // namespace

void TestFolderAttributesFix::onlyTheAgentsFolder_data()
{
    // #19: the fix changes a folder only when it belongs to the agent, decided on the folder's
    // final path. `machine` picks the set-up below; `typed` is the install folder typed on the
    // first page (empty: none); `instance` 0 = install folder (A10), 1 = cache folder (B3).
    QTest::addColumn<int>("instance");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("canApply");
    QTest::addColumn<QString>("says"); // in the summary (allowed) or the reason (refused)
    QTest::addColumn<QString>("folder"); // the final path the plan changes (allowed)
    const QString data = QStringLiteral("D:\\Data");
    QTest::newRow("registered install folder with content")
            << 0 << "installed" << QString() << true << "registered install folder (InstallPath)" << test::kInstallDir;
    QTest::newRow("typed: the registered folder in other spelling")
            << 0 << "installed" << test::kInstallDir.toUpper() + QLatin1Char('\\') << true
            << "registered install folder" << test::kInstallDir;
    QTest::newRow("typed: a folder holding the agent's engine")
            << 0 << "engine" << QStringLiteral("D:\\Agent") << true << "holds the agent's program"
            << "D:\\Agent";
    QTest::newRow("typed: an empty folder") << 0 << "empty" << QStringLiteral("D:\\Agent") << true << "It is empty"
                                            << "D:\\Agent";
    QTest::newRow("typed: a folder with other content")
            << 0 << "data" << data << false << "holds other files or folders (such as \"report.docx\")" << QString();
    QTest::newRow("typed: C:\\ProgramData")
            << 0 << "data" << QStringLiteral("C:\\ProgramData") << false << "one of Windows' own folders" << QString();
    QTest::newRow("typed: a profile") << 0 << "data" << QStringLiteral("C:\\Users\\bob") << false
                                      << "user profile folder" << QString();
    QTest::newRow("typed: the profiles folder")
            << 0 << "data" << QStringLiteral("c:\\users\\") << false << "user profile folder" << QString();
    QTest::newRow("typed: a short name for C:\\ProgramData") << 0 << "data" << QStringLiteral("C:\\PROGRA~3") << false
                                                             << "C:\\ProgramData is one of Windows' own" << QString();
    QTest::newRow("typed: a junction on the way to a data folder")
            << 0 << "data" << QStringLiteral("E:\\Link\\Agent") << false << "D:\\Data holds other files" << QString();
    QTest::newRow("typed: a short name for the registered folder")
            << 0 << "installed" << QStringLiteral("C:\\PROGRA~1\\MICROS~1") << true << "registered install folder"
            << test::kInstallDir;
    QTest::newRow("registered cache folder with content")
            << 1 << "cache" << QString() << true << "registered cache folder (ScratchLocation)" << kScratch;
    QTest::newRow("planned cache folder, empty")
            << 1 << "planned" << QStringLiteral("D:\\Agent") << true << "It is empty"
            << "D:\\Agent\\Scratch";
    QTest::newRow("planned cache folder with other content")
            << 1 << "planned-data" << QStringLiteral("D:\\Agent") << false << "holds other files" << QString();
}

void TestFolderAttributesFix::onlyTheAgentsFolder()
{
    QFETCH(int, instance);
    QFETCH(QString, machine);
    QFETCH(QString, typed);
    QFETCH(bool, canApply);
    QFETCH(QString, says);
    QFETCH(QString, folder);
    const QStringList bits{QStringLiteral("hidden"), QStringLiteral("compressed")};
    Machine m;
    m.drives();
    if (machine == QLatin1String("installed")) {
        m.installed().folders = {}; // installed() lists the folder plain: this row gives it attributes
        m.folder(test::kInstallDir, bits).file(test::kInstallDir + QStringLiteral("\\readme.txt"));
    } else if (machine == QLatin1String("engine")) {
        m.folder(QStringLiteral("D:\\Agent"), bits).file(QStringLiteral("D:\\Agent\\bin\\cbengine.exe"));
    } else if (machine == QLatin1String("empty")) {
        m.folder(QStringLiteral("D:\\Agent"), bits);
    } else if (machine == QLatin1String("data")) {
        m.folder(QStringLiteral("D:\\Data"), bits).file(QStringLiteral("D:\\Data\\report.docx"));
        m.folder(QStringLiteral("C:\\ProgramData"), bits).file(QStringLiteral("C:\\ProgramData\\x.ini"));
        m.folder(QStringLiteral("C:\\Users\\bob"), bits);
    } else if (machine == QLatin1String("cache")) {
        m.installed().scratch(kScratch, kScratch).folder(kScratch, bits).file(kScratch + QStringLiteral("\\a.vhd"));
    } else if (machine.startsWith(QLatin1String("planned"))) {
        m.folder(QStringLiteral("D:\\Agent\\Scratch"), bits);
        if (machine.endsWith(QLatin1String("data")))
            m.file(QStringLiteral("D:\\Agent\\Scratch\\notes.txt"));
    }
    const QHash<QString, QString> aliases{{QStringLiteral("c:\\progra~3"), QStringLiteral("C:\\ProgramData")},
                                          {QStringLiteral("e:\\link\\agent"), QStringLiteral("D:\\Data")},
                                          {QStringLiteral("c:\\progra~1\\micros~1"), test::kInstallDir}};
    const auto system = mars::test::withRole<Aliases>(m.system(), aliases);
    CheckContext context = contextOf(system);
    context.env.inputs.installDir = typed;
    const FolderAttributesFix fix(instance == 0 ? FolderAttributesFix::Folder::InstallDir
                                                : FolderAttributesFix::Folder::Scratch,
                                  instance == 0 ? InstallDirAttributesCheck::id() : ScratchAttributesCheck::id());
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.canApply, canApply);
    if (!canApply) {
        QVERIFY2(plan.cannotApplyReason.contains(says), qPrintable(plan.cannotApplyReason));
        QVERIFY(plan.changes.isEmpty());
        // Apply from a plan made elsewhere (or tampered with) re-checks and changes nothing.
        FixPlan forged = plan;
        forged.parameters.insert(QStringLiteral("folder"), typed);
        forged.parameters.insert(QStringLiteral("bits"), qint64(FileAttribute::Compressed));
        const FixOutcome refused = fix.apply(context, forged);
        QCOMPARE(refused.result, FixResult::Failed);
        QVERIFY(refused.undo.isEmpty());
        return;
    }
    QVERIFY2(plan.summary.contains(says), qPrintable(plan.summary));
    QCOMPARE(plan.parameters.value(QStringLiteral("folder")).toString(), folder); // the final path
    QCOMPARE(fix.apply(context, plan).result, FixResult::Applied);
    QVERIFY(!attributesOf(*system, folder).contains(QStringLiteral("compressed")));
}

void TestFolderAttributesFix::ownershipIsCheckedAgainAtApplyAndUndo()
{
    // Previewed while the typed folder was empty; then someone's files appear in it: apply
    // refuses. Applied while empty, files appear, undo refuses too.
    Machine m;
    m.drives().folder(QStringLiteral("D:\\Agent"), {QStringLiteral("hidden")});
    const auto system = mars::test::withRole<Aliases>(m.system(), QHash<QString, QString>());
    const auto* files = dynamic_cast<const Aliases*>(&system->files());
    QVERIFY(files);
    CheckContext context = contextOf(system);
    context.env.inputs.installDir = QStringLiteral("D:\\Agent");
    const FolderAttributesFix fix(FolderAttributesFix::Folder::InstallDir, InstallDirAttributesCheck::id());

    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    const FixOutcome applied = fix.apply(context, plan);
    QCOMPARE(applied.result, FixResult::Applied);
    QVERIFY(!applied.undo.isEmpty());

    files->addContent(QStringLiteral("D:\\Agent"));
    JournalEntry entry;
    entry.fixId = fix.info().id;
    entry.checkId = fix.info().checkId;
    entry.result = QStringLiteral("applied");
    entry.undo = applied.undo;
    entry.simulated = true;
    const FixPlan undoPlan = fix.previewUndo(context, entry);
    QVERIFY(!undoPlan.canApply);
    QVERIFY2(undoPlan.cannotApplyReason.contains(QStringLiteral("payroll.xlsx")),
             qPrintable(undoPlan.cannotApplyReason));
    const FixOutcome undone = fix.undo(context, applied.undo);
    QCOMPARE(undone.result, FixResult::Failed);
    QVERIFY2(undone.summary.contains(QStringLiteral("Nothing was changed")), qPrintable(undone.summary));
    QVERIFY(!attributesOf(*system, QStringLiteral("D:\\Agent")).contains(QStringLiteral("hidden")));

    // The same preview applied after the files appeared: refused, nothing changed.
    Machine again;
    again.drives().folder(QStringLiteral("D:\\Agent"), {QStringLiteral("hidden")});
    const auto second = mars::test::withRole<Aliases>(again.system(), QHash<QString, QString>());
    CheckContext context2 = contextOf(second);
    context2.env.inputs.installDir = QStringLiteral("D:\\Agent");
    const FixPlan plan2 = fix.preview(context2);
    QVERIFY(plan2.canApply);
    dynamic_cast<const Aliases*>(&second->files())->addContent(QStringLiteral("D:\\Agent"));
    const FixOutcome refused = fix.apply(context2, plan2);
    QCOMPARE(refused.result, FixResult::Failed);
    QVERIFY2(refused.summary.contains(QStringLiteral("holds other files")), qPrintable(refused.summary));
    QVERIFY(attributesOf(*second, QStringLiteral("D:\\Agent")).contains(QStringLiteral("hidden")));
}

void TestFolderAttributesFix::forgedJournalLinesAreRefused_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("reason");
    QTest::newRow("System32") << QStringLiteral("C:\\Windows\\System32") << QStringLiteral("Windows' own folders");
    QTest::newRow("System32\\.") << QStringLiteral("C:\\Windows\\System32\\.")
                                 << QStringLiteral("Windows' own folders");
    QTest::newRow("\\\\?\\C:\\Windows") << QStringLiteral("\\\\?\\C:\\Windows")
                                        << QStringLiteral("Windows' own folders");
    QTest::newRow("C:\\Windows\\..") << QStringLiteral("C:\\Windows\\..") << QStringLiteral("root of a drive");
    QTest::newRow("ProgramData") << QStringLiteral("C:\\ProgramData") << QStringLiteral("Windows' own folders");
    QTest::newRow("$Recycle.Bin") << QStringLiteral("C:\\$Recycle.Bin") << QStringLiteral("Windows' own folders");
    QTest::newRow("UNC") << QStringLiteral("\\\\attacker.example\\share") << QStringLiteral("network path");
}

void TestFolderAttributesFix::forgedJournalLinesAreRefused()
{
    // Issue #14: the journal is a file the user's own processes can write. A line naming one
    // of Windows' folders (empty here, so "empty, as when this fix changed it" would pass) is
    // listed as not undoable, and its undo changes nothing, with a plain sentence.
    QFETCH(QString, folder);
    QFETCH(QString, reason);
    Machine m;
    m.drives();
    for (const QString& f : {QStringLiteral("C:\\Windows\\System32"), QStringLiteral("C:\\ProgramData"),
                             QStringLiteral("C:\\$Recycle.Bin")})
        m.folder(f);
    const auto system = recorded(m);
    const CheckContext context = contextOf(system);
    const FolderAttributesFix fix(FolderAttributesFix::Folder::InstallDir, InstallDirAttributesCheck::id());
    JournalEntry entry;
    entry.fixId = fix.info().id;
    entry.checkId = fix.info().checkId;
    entry.result = QStringLiteral("applied");
    entry.undo = QJsonObject{{QStringLiteral("folder"), folder},
                             {QStringLiteral("set"), qint64(FileAttribute::Hidden) | qint64(FileAttribute::System)},
                             {QStringLiteral("attributes"), QJsonArray{QStringLiteral("hidden")}}};
    entry.simulated = true;
    const FixPlan plan = fix.previewUndo(context, entry);
    QVERIFY(!plan.canApply);
    QVERIFY2(plan.cannotApplyReason.contains(reason), qPrintable(plan.cannotApplyReason));
    const FixOutcome undone = fix.undo(context, entry.undo);
    QCOMPARE(undone.result, FixResult::Failed);
    QVERIFY2(undone.summary.contains(QStringLiteral("Nothing was changed")), qPrintable(undone.summary));
    QVERIFY2(undone.summary.contains(reason), qPrintable(undone.summary));
    QVERIFY(!attributesOf(*system, QStringLiteral("C:\\Windows\\System32")).contains(QStringLiteral("hidden")));
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
    // Issue #14: every spelling Win32 resolves to one of them.
    QTest::newRow("C:\\.") << QStringLiteral("C:\\.") << QStringLiteral("root of a drive");
    QTest::newRow("C:\\Windows\\..") << QStringLiteral("C:\\Windows\\..") << QStringLiteral("root of a drive");
    QTest::newRow("C:\\Windows\\.") << QStringLiteral("C:\\Windows\\.") << QStringLiteral("Windows' own folders");
    QTest::newRow("C:\\Windows.") << QStringLiteral("C:\\Windows.") << QStringLiteral("Windows' own folders");
    QTest::newRow("\\\\?\\C:\\Windows") << QStringLiteral("\\\\?\\C:\\Windows")
                                        << QStringLiteral("Windows' own folders");
    QTest::newRow("ProgramData") << QStringLiteral("C:\\ProgramData") << QStringLiteral("Windows' own folders");
    QTest::newRow("$Recycle.Bin") << QStringLiteral("C:\\$Recycle.Bin") << QStringLiteral("Windows' own folders");
    QTest::newRow("UNC") << QStringLiteral("\\\\server\\share\\Agent") << QStringLiteral("network path");
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
