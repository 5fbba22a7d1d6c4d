// SPDX-License-Identifier: MIT
// The reversible-fix flow by objectName, against a simulated server whose install folder is
// hidden and compressed: Fix -> preview -> apply -> the re-check turns green -> "Undo" appears
// in the detail panel -> the undo preview shows what goes back -> undo -> the check is red
// again and the journal holds fix and undo with before/after. Also the temp cleanup's "older
// than" filter: changing it previews again and narrows the plan. And a fix that needs a restart
// (I7's module path): the restart check (I9) re-runs with it and the Summary asks once.
// Runs on the offscreen platform (ctest sets QT_QPA_PLATFORM=offscreen).
#include "FixDialog.h"
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/health/AddModulePathFix.h"
#include "catalog/health/PsModulePathCheck.h"
#include "catalog/health/RebootAfterChangesCheck.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "system/ScenarioSystem.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace mars;
using namespace mars::guitest;

namespace {

constexpr int kTimeout_ms = 20000;
const QString kInstallDir = QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent");

// An elevated administrator; the install folder is hidden and compressed (A10 fails), and the
// temp folder holds 50,000 old and 200 recent .tmp files (F1 warns and offers the cleanup).
const char* const kScenario = R"({
  "schema": 1,
  "name": "Undo walk-through",
  "account": {"user": "CONTOSO\\helpdesk", "adminMember": true, "elevation": "elevated"},
  "os": {"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0, "build": 17763,
         "productType": "server"},
  "folders": [{"path": "C:\\Program Files\\Microsoft Azure Recovery Services Agent",
               "attributes": ["hidden", "compressed"]}],
  "tempFolder": {"path": "C:\\Windows\\Temp",
                 "files": [{"pattern": "old{n}.tmp", "count": 50000, "size": 0, "ageHours": 200},
                           {"pattern": "new{n}.tmp", "count": 200, "size": 0, "ageHours": 2}]}
})";

struct UndoWizard
{
    QTemporaryDir dir;
    std::shared_ptr<ScenarioSystem> system;
    WizardSession session;
    std::unique_ptr<TroubleshooterWizard> wizard;

    bool open()
    {
        QString error;
        system = ScenarioSystem::fromJson(QByteArray(kScenario), QStringLiteral("undo.json"), &error);
        if (!system || !dir.isValid()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        auto catalog = std::make_shared<CheckCatalog>();
        catalog->addCheck(std::make_shared<InstallDirAttributesCheck>());
        catalog->addCheck(std::make_shared<TempTmpCountCheck>());
        catalog->addFix(std::make_shared<FolderAttributesFix>(FolderAttributesFix::Folder::InstallDir,
                                                              InstallDirAttributesCheck::id()));
        catalog->addFix(std::make_shared<TempCleanupFix>());
        session = makeSession(system, catalog, dir.path());
        wizard = std::make_unique<TroubleshooterWizard>(session);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            return false;
        wizard->button(QWizard::NextButton)->click();
        return wizard->currentId() == int(TroubleshooterWizard::InstallChecks)
               && QTest::qWaitFor([this] { return wizard->button(QWizard::NextButton)->isEnabled(); }, kTimeout_ms);
    }
    QListView* list() const { return wizard->currentPage()->findChild<QListView*>(QStringLiteral("checkListView")); }
    Verdict verdictOf(const QString& checkId) const
    {
        return verdictAt(list()->model(), rowOf(list()->model(), checkId));
    }
    bool idle(const QString& checkId) const { return !runningAt(list()->model(), rowOf(list()->model(), checkId)); }
    void select(const QString& checkId) const
    {
        list()->setCurrentIndex(list()->model()->index(rowOf(list()->model(), checkId), 0));
    }
    template<typename T = QPushButton>
    T* find(const QString& objectName) const
    {
        return wizard->currentPage()->findChild<T*>(objectName);
    }
};

// Waits for the open fix dialog to reach `stage`.
FixDialog* dialogAt(FixDialog::Stage stage)
{
    FixDialog* dialog = nullptr;
    // The result is read from `dialog` below: a timeout returns nullptr.
    (void)QTest::qWaitFor(
            [&] {
                dialog = visibleTopLevel<FixDialog>(QStringLiteral("fixDialog"));
                if (!dialog) { // window-modal dialogs are children of the wizard, not top-level
                    for (QWidget* w : QApplication::allWidgets()) {
                        if (auto* d = qobject_cast<FixDialog*>(w); d && d->isVisible())
                            dialog = d;
                    }
                }
                return dialog && dialog->stage() == stage;
            },
            kTimeout_ms);
    return dialog && dialog->stage() == stage ? dialog : nullptr;
}

QPushButton* button(QWidget* parent, const char* objectName)
{
    return parent->findChild<QPushButton*>(QLatin1String(objectName));
}

} // namespace

class TestFixUndoWalkthrough : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixThenUndoFromTheDetailPanel();
    void olderThanFilterPreviewsAgain();
    void aFixThatNeedsARestartAsksOnceOnTheSummary();
};

void TestFixUndoWalkthrough::fixThenUndoFromTheDetailPanel()
{
    UndoWizard w;
    QVERIFY(w.open());
    const QString check = InstallDirAttributesCheck::id();
    QCOMPARE(w.verdictOf(check), Verdict::Fail);
    w.select(check);
    const QString fixButtonName =
            QStringLiteral("fixButton_") + FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir);
    const QString undoButtonName =
            QStringLiteral("undoButton_") + FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir);
    QVERIFY(w.find(fixButtonName));
    QVERIFY(!w.find(undoButtonName)); // nothing to undo yet

    // Fix: the preview names the folder and each attribute it clears.
    w.find(fixButtonName)->click();
    FixDialog* dialog = dialogAt(FixDialog::Stage::Ready);
    QVERIFY(dialog);
    QVERIFY(!dialog->isUndo());
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("planTreeWidget"));
    QVERIFY(tree && tree->topLevelItemCount() > 0);
    QString planned;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        planned += tree->topLevelItem(i)->text(0) + tree->topLevelItem(i)->text(1) + tree->topLevelItem(i)->text(2);
    QVERIFY2(planned.contains(QLatin1String("hidden"), Qt::CaseInsensitive), qPrintable(planned));
    QVERIFY2(planned.contains(QLatin1String("compressed"), Qt::CaseInsensitive), qPrintable(planned));
    QVERIFY(dialog->plan().reversible);
    button(dialog, "applyFixButton")->click();
    QVERIFY(dialogAt(FixDialog::Stage::Done));
    button(dialog, "closeFixButton")->click();

    // The re-check turns green and the machine really changed.
    QVERIFY(QTest::qWaitFor([&] { return w.idle(check) && w.verdictOf(check) == Verdict::Pass; }, kTimeout_ms));
    const Probed<FileAttributes> cleared = w.system->files().fileAttributes(kInstallDir);
    QVERIFY(cleared.ok());
    QVERIFY(!cleared.value.testAnyFlags(FileAttributes(FileAttribute::Hidden) | FileAttribute::Compressed));

    // Undo from the detail panel: the same dialog in undo mode.
    QVERIFY(QTest::qWaitFor([&] { return w.find(undoButtonName) != nullptr; }, kTimeout_ms));
    w.find(undoButtonName)->click();
    dialog = dialogAt(FixDialog::Stage::Ready);
    QVERIFY(dialog);
    QVERIFY(dialog->isUndo());
    QCOMPARE(button(dialog, "applyFixButton")->text(), FixDialog::tr("Undo the change"));
    QVERIFY(dialog->plan().canApply);
    button(dialog, "applyFixButton")->click();
    QVERIFY(dialogAt(FixDialog::Stage::Done));
    button(dialog, "closeFixButton")->click();

    QVERIFY(QTest::qWaitFor([&] { return w.idle(check) && w.verdictOf(check) == Verdict::Fail; }, kTimeout_ms));
    const Probed<FileAttributes> restored = w.system->files().fileAttributes(kInstallDir);
    QVERIFY(restored.ok());
    QVERIFY(restored.value.testFlag(FileAttribute::Hidden));
    QVERIFY(restored.value.testFlag(FileAttribute::Compressed));
    QVERIFY(QTest::qWaitFor([&] { return w.find(undoButtonName) == nullptr; }, kTimeout_ms)); // undone once only

    // The journal: fix (started, applied) and undo (started, applied) naming the fix's entry.
    const QList<JournalEntry> entries = journalEntries(w.session.journal);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(1).result, QStringLiteral("applied"));
    QVERIFY(!entries.at(1).before.isEmpty());
    QVERIFY(!entries.at(1).after.isEmpty());
    QCOMPARE(entries.at(1).undoneBy, entries.at(3).entryId);
    QCOMPARE(entries.at(3).undoes, entries.at(1).entryId);
    QCOMPARE(entries.at(3).result, QStringLiteral("applied"));
    QVERIFY(entries.at(3).simulated);
}

void TestFixUndoWalkthrough::olderThanFilterPreviewsAgain()
{
    UndoWizard w;
    QVERIFY(w.open());
    QCOMPARE(w.verdictOf(TempTmpCountCheck::id()), Verdict::Warning);
    w.select(TempTmpCountCheck::id());
    w.find(QStringLiteral("fixButton_") + TempCleanupFix::id())->click();
    FixDialog* dialog = dialogAt(FixDialog::Stage::Ready);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().itemCount, qint64(50200));
    auto* age = dialog->findChild<QSpinBox*>(QStringLiteral("fixOption_older_than_hours"));
    QVERIFY(age);
    age->setValue(48);
    QVERIFY(QTest::qWaitFor(
            [&] { return dialog->stage() == FixDialog::Stage::Ready && dialog->plan().itemCount == 50000; },
            kTimeout_ms));
    button(dialog, "applyFixButton")->click();
    QVERIFY(dialogAt(FixDialog::Stage::Done));
    button(dialog, "closeFixButton")->click();
    // Only the old files went; the recent ones are still there.
    qint64 left = 0, leftOld = 0;
    w.system->files().forEachEntry(QStringLiteral("C:\\Windows\\Temp"), [&](const DirEntry& e) {
        ++left;
        leftOld += e.name.startsWith(QLatin1String("old")) ? 1 : 0;
        return true;
    });
    QCOMPARE(left, qint64(200));
    QCOMPARE(leftOld, qint64(0));
}

void TestFixUndoWalkthrough::aFixThatNeedsARestartAsksOnceOnTheSummary()
{
    // healthy-server.json (up for 72 hours) whose machine PSModulePath lacks the agent's modules:
    // I7 offers add_agent_module_path; applying it turns I9 to a Warning with it and the Summary
    // asks for one restart.
    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromJson(
            QByteArray(R"({"schema": 1, "base": ":/scenarios/healthy-server.json", "name": "restart",
               "registry": [{"hive": "HKLM", "key": "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment",
                             "name": "PSModulePath", "type": "REG_EXPAND_SZ", "data": "%SystemRoot%\\system32"}]})"),
            QStringLiteral("restart.json"), &error);
    QVERIFY2(system, qPrintable(error));
    QTemporaryDir data;
    auto catalog = std::make_shared<CheckCatalog>();
    catalog->addCheck(std::make_shared<PsModulePathCheck>());
    catalog->addCheck(std::make_shared<RebootAfterChangesCheck>());
    catalog->addFix(std::make_shared<AddModulePathFix>());
    const WizardSession session = makeSession(system, catalog, data.path());
    TroubleshooterWizard wizard(session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(TroubleshooterWizard::RegisterChecks));
    QVERIFY(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, kTimeout_ms));
    auto* list = wizard.currentPage()->findChild<QListView*>(QStringLiteral("checkListView"));
    const auto verdictOf = [&](const QString& id) { return verdictAt(list->model(), rowOf(list->model(), id)); };
    QCOMPARE(verdictOf(PsModulePathCheck::id()), Verdict::Warning);
    QCOMPARE(verdictOf(RebootAfterChangesCheck::id()), Verdict::NotApplicable);

    list->setCurrentIndex(list->model()->index(rowOf(list->model(), PsModulePathCheck::id()), 0));
    wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("fixButton_") + AddModulePathFix::id())->click();
    FixDialog* dialog = dialogAt(FixDialog::Stage::Ready);
    QVERIFY(dialog);
    QVERIFY(dialog->plan().restartNeeded);
    button(dialog, "applyFixButton")->click();
    QVERIFY(dialogAt(FixDialog::Stage::Done));
    button(dialog, "closeFixButton")->click();

    // Both re-run: the module path passes its part, I9 now asks for the restart.
    QVERIFY(QTest::qWaitFor([&] { return verdictOf(RebootAfterChangesCheck::id()) == Verdict::Warning; }, kTimeout_ms));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(TroubleshooterWizard::Summary));
    QLabel* restart = nullptr;
    QVERIFY(QTest::qWaitFor(
            [&] {
                restart = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("restartNeededLabel"));
                return restart && restart->isVisible();
            },
            kTimeout_ms));
    QVERIFY2(restart->text().contains(QLatin1String("Restart the server once")), qPrintable(restart->text()));
    // The fixes of the session by their titles: a person never reads an internal id.
    auto* attention = wizard.currentPage()->findChild<QTextBrowser*>(QStringLiteral("attentionTextBrowser"));
    QVERIFY(attention);
    QTRY_VERIFY_WITH_TIMEOUT(attention->toPlainText().contains(AddModulePathFix().info().title), kTimeout_ms);
    QVERIFY2(!attention->toPlainText().contains(AddModulePathFix::id()), qPrintable(attention->toPlainText()));
}

QTEST_MAIN(TestFixUndoWalkthrough)
#include "TestFixUndoWalkthrough.moc"
