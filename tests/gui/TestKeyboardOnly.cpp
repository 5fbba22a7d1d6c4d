// SPDX-License-Identifier: MIT
// The walk-through without a mouse (issue #17): Return leaves the Welcome page, Tab reaches the
// check list, the arrow keys choose a check, Tab and Space open its fix, apply it, close the
// dialog, undo it, go on to the Summary and save the report through the file dialog's name field.
// Every control is reached by Tab from where the focus was (within a bounded number of presses,
// so a focus trap or an unreachable control fails), never clicked.
#include "FixDialog.h"
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "system/ScenarioSystem.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 60000;

// The install folder with two attributes the agent's installer refuses: one reversible fix.
const char* const kScenario = R"({
  "schema": 1,
  "name": "Keyboard only",
  "account": {"user": "CONTOSO\\helpdesk", "adminMember": true, "elevation": "elevated"},
  "os": {"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0, "build": 17763,
         "productType": "server"},
  "folders": [{"path": "C:\\Program Files\\Microsoft Azure Recovery Services Agent",
               "attributes": ["hidden", "compressed"]}]
})";

// A key for whatever has the focus now, as a keyboard would send it.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

// Tab until `target` has the focus; false when 80 presses did not get there (unreachable, or a
// trap that keeps the focus elsewhere).
bool tabTo(QWidget* target)
{
    for (int i = 0; i < 80 && !target->hasFocus(); ++i) {
        QWidget* from = QApplication::focusWidget();
        if (!from)
            return false;
        QTest::keyClick(from, Qt::Key_Tab);
    }
    return target->hasFocus();
}

FixDialog* openDialog(QWidget* page)
{
    FixDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
            [&] {
                dialog = page->findChild<FixDialog*>();
                return dialog && dialog->isVisible() && dialog->stage() == FixDialog::Stage::Ready;
            },
            kTimeout_ms);
    return dialog;
}

// A desktop's window manager activates the wizard again when a dialog closes; the offscreen
// platform activates nothing, so the test does what the window manager would. The wizard's own
// focus widget (the button that opened the dialog) gets the keyboard back.
void backToTheWizard(QWidget& wizard)
{
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QVERIFY2(QApplication::focusWidget() && wizard.isAncestorOf(QApplication::focusWidget()),
             "no control of the wizard has the focus after the dialog closed");
}

// In an open fix dialog: Tab to Apply, Space, wait until done, Tab to Close, Space.
bool applyAndClose(FixDialog* dialog, QString* why)
{
    if (!QTest::qWaitForWindowActive(dialog)) {
        *why = QStringLiteral("the dialog did not get the keyboard");
        return false;
    }
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyFixButton"));
    if (!apply || !tabTo(apply)) {
        *why = QStringLiteral("Tab did not reach Apply");
        return false;
    }
    QTest::keyClick(apply, Qt::Key_Space);
    if (!QTest::qWaitFor([&] { return dialog->stage() == FixDialog::Stage::Done; }, kTimeout_ms)) {
        *why = QStringLiteral("the fix did not finish");
        return false;
    }
    auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeFixButton"));
    if (!close || !tabTo(close)) {
        *why = QStringLiteral("Tab did not reach Close");
        return false;
    }
    const QPointer<FixDialog> closing(dialog);
    QTest::keyClick(close, Qt::Key_Space);
    if (!QTest::qWaitFor([&] { return closing.isNull() || !closing->isVisible(); }, kTimeout_ms)) {
        *why = QStringLiteral("Space on Close did not close the dialog");
        return false;
    }
    return true;
}
} // namespace

class TestKeyboardOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeWalkWithoutAMouse();
};

void TestKeyboardOnly::wholeWalkWithoutAMouse()
{
    QString error;
    auto system = ScenarioSystem::fromJson(QByteArray(kScenario), QStringLiteral("keyboard.json"), &error);
    QVERIFY2(system, qPrintable(error));
    auto catalog = std::make_shared<CheckCatalog>();
    catalog->addCheck(std::make_shared<InstallDirAttributesCheck>());
    const auto fix = std::make_shared<FolderAttributesFix>(FolderAttributesFix::Folder::InstallDir,
                                                           InstallDirAttributesCheck::id());
    catalog->addFix(fix);
    QTemporaryDir data;
    TroubleshooterWizard wizard(makeSession(std::move(system), std::move(catalog), data.path()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));

    // Welcome: Return is Next (the wizard's default button), wherever the focus starts.
    press(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(TroubleshooterWizard::InstallChecks));
    QVERIFY(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, kTimeout_ms));

    // The check list by Tab, the check by the arrow keys.
    auto* list = wizard.currentPage()->findChild<QListView*>(QStringLiteral("checkListView"));
    QVERIFY(list);
    QVERIFY2(tabTo(list), "Tab did not reach the check list");
    press(Qt::Key_Home);
    const int row = rowOf(list->model(), InstallDirAttributesCheck::id());
    for (int i = 0; i < row; ++i)
        press(Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), row);

    // The detail panel's button for this fix ("fixButton_" / "undoButton_"), once it is usable.
    const QString fixId = FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir);
    const auto usableButton = [&](const QString& prefix) {
        QPushButton* button = nullptr;
        (void)QTest::qWaitFor(
                [&] {
                    button = wizard.currentPage()->findChild<QPushButton*>(prefix + fixId);
                    return button && button->isVisible() && button->isEnabled();
                },
                kTimeout_ms);
        return button && button->isEnabled() ? button : nullptr;
    };

    // Its fix: Tab, Space; in the dialog Tab to Apply, Space; then Close.
    QPushButton* fixButton = usableButton(QStringLiteral("fixButton_"));
    QVERIFY(fixButton);
    QVERIFY2(tabTo(fixButton), "Tab did not reach the fix button");
    QTest::keyClick(fixButton, Qt::Key_Space);
    FixDialog* dialog = openDialog(wizard.currentPage());
    QVERIFY2(dialog, "Space on the fix button did not open a ready dialog");
    QString why;
    QVERIFY2(applyAndClose(dialog, &why), qPrintable(why));
    backToTheWizard(wizard);

    // Undo it the same way: its button appears in the detail panel once the journal has it.
    QPushButton* undoButton = usableButton(QStringLiteral("undoButton_"));
    QVERIFY(undoButton);
    QVERIFY2(tabTo(undoButton), "Tab did not reach the Undo button");
    QTest::keyClick(undoButton, Qt::Key_Space);
    dialog = openDialog(wizard.currentPage());
    QVERIFY2(dialog, "Space on Undo did not open a ready dialog");
    QVERIFY2(applyAndClose(dialog, &why), qPrintable(why));
    backToTheWizard(wizard);
    QVERIFY(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, kTimeout_ms));

    // On to the Summary with Next, reached by Tab (through the registration checks when the goal
    // on the Welcome page includes them).
    for (int page = 0; page < 2 && wizard.currentId() != int(TroubleshooterWizard::Summary); ++page) {
        QVERIFY(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, kTimeout_ms));
        QVERIFY2(tabTo(wizard.button(QWizard::NextButton)), "Tab did not reach Next");
        QTest::keyClick(wizard.button(QWizard::NextButton), Qt::Key_Space);
    }
    QCOMPARE(wizard.currentId(), int(TroubleshooterWizard::Summary));

    // Save report: Tab, Space; the file dialog's name field has the focus; type, Return.
    auto* save = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("saveReportButton"));
    QVERIFY(QTest::qWaitFor([&] { return save->isEnabled(); }, kTimeout_ms));
    QVERIFY2(tabTo(save), "Tab did not reach Save report");
    QTest::keyClick(save, Qt::Key_Space);
    QFileDialog* files = nullptr;
    QVERIFY(QTest::qWaitFor(
            [&] { return (files = visibleTopLevel<QFileDialog>(QStringLiteral("saveReportFileDialog"))) != nullptr; },
            kTimeout_ms));
    files->activateWindow(); // as a window manager activates a new dialog (see backToTheWizard)
    QVERIFY(QTest::qWaitFor([&] { return QApplication::activeWindow() == files; }, kTimeout_ms));
    auto* name = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY2(name, "the file dialog did not start in its name field");
    const QString reportPath = QDir(data.path()).filePath(QStringLiteral("keyboard-report.json"));
    name->selectAll();
    QTest::keyClicks(name, reportPath);
    QTest::keyClick(name, Qt::Key_Return);
    auto* feedback = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("reportFeedbackLabel"));
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(reportPath); }, kTimeout_ms));
    QVERIFY2(QTest::qWaitFor([&] { return !feedback->text().isEmpty(); }, kTimeout_ms), "no word on the save");
}

QTEST_MAIN(TestKeyboardOnly)
#include "TestKeyboardOnly.moc"
