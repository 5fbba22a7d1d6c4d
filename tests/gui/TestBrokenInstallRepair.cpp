// SPDX-License-Identifier: MIT
// The "done" walk on the shipped broken-install.json with the real catalog, by
// objectName: the installation page shows every planted fault with the verdict the scenario
// file expects; clicking every offered Fix (RepairDriver) turns each fixed check green on its
// automatic re-check (and on "Re-run all"); only the guidance-only faults stay; the journal
// holds before/after for every fix; and the two reversible fixes undo from the detail panel,
// turning their checks red again.
// Runs on the offscreen platform (ctest sets QT_QPA_PLATFORM=offscreen).
#include "FixDialog.h"
#include "RepairDriver.h"
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/common/RestartElevatedFix.h"
#include "catalog/install/ExistingAgentCheck.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/install/InstallerLogsCheck.h"
#include "catalog/install/OsUpdatesCheck.h"
#include "catalog/install/ProcessElevatedCheck.h"
#include "catalog/install/StartAgentServiceFix.h"
#include "catalog/install/WindowsInstallerReadyCheck.h"
#include "catalog/scratch/ScratchRegistryCheck.h"
#include "catalog/scratch/ScratchRegistryFix.h"
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "system/ScenarioSystem.h"

#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 60000;

QString shipped(const char* file)
{
    return QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/") + QLatin1String(file);
}
} // namespace

class TestBrokenInstallRepair : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPlantedFaultShowsAndEveryFixTurnsGreen();

private:
    QListView* list() const { return m_wizard->currentPage()->findChild<QListView*>(QStringLiteral("checkListView")); }
    Verdict verdictOf(const QString& checkId) const
    {
        return verdictAt(list()->model(), rowOf(list()->model(), checkId));
    }
    bool pageComplete() const { return m_wizard->currentPage()->isComplete(); }
    void undo(const QString& checkId, const QString& fixId);

    std::unique_ptr<TroubleshooterWizard> m_wizard;
};

void TestBrokenInstallRepair::undo(const QString& checkId, const QString& fixId)
{
    list()->setCurrentIndex(list()->model()->index(rowOf(list()->model(), checkId), 0));
    QPushButton* undoButton = nullptr;
    QVERIFY2(QTest::qWaitFor(
                     [&] {
                         undoButton = m_wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("undoButton_")
                                                                                       + fixId);
                         return undoButton && undoButton->isVisible();
                     },
                     kTimeout_ms),
             qPrintable(fixId));
    undoButton->click();
    FixDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = m_wizard->currentPage()->findChild<FixDialog*>();
                return dialog && dialog->isVisible() && dialog->stage() == FixDialog::Stage::Ready;
            },
            kTimeout_ms));
    QVERIFY(dialog->isUndo());
    QVERIFY2(dialog->plan().canApply, qPrintable(dialog->plan().cannotApplyReason));
    dialog->findChild<QPushButton*>(QStringLiteral("applyFixButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return dialog->stage() == FixDialog::Stage::Done; }, kTimeout_ms));
    dialog->findChild<QPushButton*>(QStringLiteral("closeFixButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return pageComplete() && verdictOf(checkId) == Verdict::Fail; }, kTimeout_ms));
}

void TestBrokenInstallRepair::everyPlantedFaultShowsAndEveryFixTurnsGreen()
{
    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(shipped("broken-install.json"), &error);
    QVERIFY2(system, qPrintable(error));
    const QList<ScenarioExpectation> expected = system->expectations();
    QVERIFY(expected.size() >= 8);
    QTemporaryDir data;
    const WizardSession session =
            makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), data.path());
    m_wizard = std::make_unique<TroubleshooterWizard>(session);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(TroubleshooterWizard::InstallChecks));
    QVERIFY(QTest::qWaitFor([&] { return pageComplete(); }, kTimeout_ms));

    // Every planted fault shows with its verdict; nothing else complains.
    QAbstractItemModel* model = list()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(CheckListModel::CheckIdRole).toString();
        const auto want = std::find_if(expected.cbegin(), expected.cend(),
                                       [&](const ScenarioExpectation& e) { return e.checkId == id; });
        const Verdict got = verdictAt(model, r);
        if (want == expected.cend())
            QVERIFY2(got == Verdict::Pass || got == Verdict::NotApplicable, qPrintable(id));
        else
            QVERIFY2(got == verdictFromId(want->verdictId), qPrintable(id + QStringLiteral(" is ") + verdictId(got)));
    }

    // Click every fix on offer.
    RepairDriver driver(m_wizard->currentPage());
    QVERIFY(QTest::qWaitFor([&] { return driver.step(); }, 4 * kTimeout_ms));
    const QStringList log = driver.log();
    for (const QString& fix :
         {RestartElevatedFix::id(), FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir),
          StartAgentServiceFix::id(), ScratchRegistryFix::id(), TempCleanupFix::id()})
        QVERIFY2(log.contains(fix + QStringLiteral(": done")), qPrintable(log.join(QStringLiteral(", "))));

    // Each fix's automatic re-check already turned its own check green ...
    for (const QString& check : {ProcessElevatedCheck::id(), InstallDirAttributesCheck::id(), ExistingAgentCheck::id(),
                                 ScratchRegistryCheck::id(), TempTmpCountCheck::id()})
        QVERIFY2(verdictOf(check) == Verdict::Pass,
                 qPrintable(check + QStringLiteral(" is ") + verdictId(verdictOf(check))));
    // ... and a fresh run shows what is left: only the faults no button can fix.
    m_wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("rerunAllButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return pageComplete(); }, kTimeout_ms));
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(CheckListModel::CheckIdRole).toString();
        const bool guidanceOnly = id == OsUpdatesCheck::id() || id == InstallerLogsCheck::id()
                                  || id == WindowsInstallerReadyCheck::id(); // the cached package (KB4020490)
        const Verdict got = verdictAt(model, r);
        if (!guidanceOnly)
            QVERIFY2(got == Verdict::Pass || got == Verdict::NotApplicable,
                     qPrintable(id + QStringLiteral(" is ") + verdictId(got)));
    }

    // The journal: every applied fix has a before and an after.
    int applied = 0;
    for (const JournalEntry& e : journalEntries(session.journal)) {
        if (e.result != QLatin1String("applied") && e.result != QLatin1String("partly_applied"))
            continue;
        ++applied;
        QVERIFY2(!e.before.isEmpty() && !e.after.isEmpty(), qPrintable(e.fixId));
        QVERIFY(e.simulated);
    }
    QVERIFY(applied >= 5);

    // The reversible ones go back.
    undo(InstallDirAttributesCheck::id(), FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir));
    undo(ScratchRegistryCheck::id(), ScratchRegistryFix::id());
}

QTEST_MAIN(TestBrokenInstallRepair)
#include "TestBrokenInstallRepair.moc"
