// SPDX-License-Identifier: MIT
// The fix dialog as a technician on a screen-share meets it, by objectName on a simulated
// server (issue #15, previews):
//  - Enter never applies a fix: neither button is the default, so a stray key press in the
//    70,000-file cleanup's preview deletes nothing;
//  - a fix that cannot be undone says so next to its button; a reversible one does not;
//  - the count above the list agrees with the rows below it (a sample, or one row per change);
//  - long paths wrap after a separator instead of pushing "After the fix" out of sight.
// Runs on the offscreen platform (ctest sets QT_QPA_PLATFORM=offscreen).
#include "FixDialog.h"
#include "PathText.h"
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "system/ScenarioSystem.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace mars;
using namespace mars::guitest;

namespace {

constexpr int kTimeout_ms = 30000;

// An elevated administrator: a hidden, compressed install folder (a reversible fix) and a temp
// folder full of old .tmp files (a cleanup that cannot be undone).
const char* const kScenario = R"({
  "schema": 1,
  "name": "Fix dialog",
  "account": {"user": "CONTOSO\\helpdesk", "adminMember": true, "elevation": "elevated"},
  "os": {"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0, "build": 17763,
         "productType": "server"},
  "folders": [{"path": "C:\\Program Files\\Microsoft Azure Recovery Services Agent",
               "attributes": ["hidden", "compressed"]}],
  "tempFolder": {"path": "C:\\Windows\\Temp",
                 "files": [{"pattern": "tmp{n}.tmp", "count": 70000, "size": 0, "ageHours": 2000}]}
})";

} // namespace

class TestFixDialogSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_wizard.reset(); }
    void enterNeverApplies_data();
    void enterNeverApplies();
    void pathsBreakOnlyAfterASeparator_data();
    void pathsBreakOnlyAfterASeparator();

private:
    FixDialog* openFix(const QString& checkId, const QString& fixId);

    QTemporaryDir m_dir;
    WizardSession m_session;
    std::unique_ptr<TroubleshooterWizard> m_wizard;
};

void TestFixDialogSafety::init()
{
    QString error;
    auto system = ScenarioSystem::fromJson(QByteArray(kScenario), QStringLiteral("dialog.json"), &error);
    QVERIFY2(system, qPrintable(error));
    auto catalog = std::make_shared<CheckCatalog>();
    catalog->addCheck(std::make_shared<InstallDirAttributesCheck>());
    catalog->addCheck(std::make_shared<TempTmpCountCheck>());
    catalog->addFix(std::make_shared<FolderAttributesFix>(FolderAttributesFix::Folder::InstallDir,
                                                          InstallDirAttributesCheck::id()));
    catalog->addFix(std::make_shared<TempCleanupFix>());
    m_session = makeSession(std::move(system), std::move(catalog), m_dir.path());
    m_wizard = std::make_unique<TroubleshooterWizard>(m_session);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(TroubleshooterWizard::InstallChecks));
    QVERIFY(QTest::qWaitFor([this] { return m_wizard->currentPage()->isComplete(); }, kTimeout_ms));
}

FixDialog* TestFixDialogSafety::openFix(const QString& checkId, const QString& fixId)
{
    auto* list = m_wizard->currentPage()->findChild<QListView*>(QStringLiteral("checkListView"));
    list->setCurrentIndex(list->model()->index(rowOf(list->model(), checkId), 0));
    QPushButton* fixButton = nullptr;
    if (!QTest::qWaitFor(
                [&] {
                    fixButton = m_wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("fixButton_") + fixId);
                    return fixButton && fixButton->isEnabled();
                },
                kTimeout_ms))
        return nullptr;
    fixButton->click();
    FixDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
            [&] {
                dialog = m_wizard->currentPage()->findChild<FixDialog*>();
                return dialog && dialog->isVisible() && dialog->stage() == FixDialog::Stage::Ready;
            },
            kTimeout_ms);
    return dialog;
}

void TestFixDialogSafety::enterNeverApplies_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("fixId");
    QTest::addColumn<bool>("reversible");
    QTest::addColumn<QString>("rowsSentence"); // what the count line says about the rows

    QTest::newRow("temp cleanup: 70,000 files, a sample")
            << TempTmpCountCheck::id() << TempCleanupFix::id() << false << QStringLiteral("The list shows the first");
    QTest::newRow("folder attributes: one folder, a row per attribute")
            << InstallDirAttributesCheck::id() << FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir)
            << true << QStringLiteral("The list shows each change on a row of its own: ");
}

void TestFixDialogSafety::enterNeverApplies()
{
    QFETCH(QString, checkId);
    QFETCH(QString, fixId);
    QFETCH(bool, reversible);
    QFETCH(QString, rowsSentence);

    FixDialog* dialog = openFix(checkId, fixId);
    QVERIFY(dialog);
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyFixButton"));
    auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeFixButton"));
    QVERIFY(apply && close);
    QVERIFY(apply->isEnabled());
    QVERIFY(!apply->isDefault());
    QVERIFY(!close->isDefault());

    // Enter and Return, wherever the focus is: nothing starts, nothing is journaled.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::keyClick(dialog, Qt::Key_Enter);
    apply->setFocus();
    QTest::keyClick(dialog, Qt::Key_Return);
    QCOMPARE(dialog->stage(), FixDialog::Stage::Ready);
    QVERIFY(dialog->isVisible());
    QVERIFY(journalEntries(m_session.journal).isEmpty());

    QCOMPARE(dialog->plan().reversible, reversible);
    auto* irreversible = dialog->findChild<QLabel*>(QStringLiteral("fixIrreversibleLabel"));
    QVERIFY(irreversible);
    QCOMPARE(irreversible->isVisible(), !reversible);

    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("planTreeWidget"));
    auto* counts = dialog->findChild<QLabel*>(QStringLiteral("fixCountsLabel"));
    QVERIFY(tree && counts);
    QVERIFY2(counts->text().contains(rowsSentence), qPrintable(counts->text()));
    const qint64 rows = tree->topLevelItemCount();
    QVERIFY(rows != dialog->plan().itemCount); // the case the sentence is there for
    if (rows < dialog->plan().itemCount)
        QVERIFY2(counts->text().contains(QStringLiteral("first %1 item").arg(rows)), qPrintable(counts->text()));

    // Nothing scrolls sideways: the three columns share the width.
    QCOMPARE(tree->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QVERIFY(tree->wordWrap());
    close->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->currentPage()->findChild<FixDialog*>()
                                     || !m_wizard->currentPage()->findChild<FixDialog*>()->isVisible(),
                             kTimeout_ms);
}

void TestFixDialogSafety::pathsBreakOnlyAfterASeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // '|' marks a break opportunity

    QTest::newRow("registry key") << QStringLiteral("HKLM\\SOFTWARE\\Microsoft")
                                  << QStringLiteral("HKLM\\|SOFTWARE\\|Microsoft");
    QTest::newRow("folder with spaces") << QStringLiteral("C:\\Program Files\\Agent\\")
                                        << QStringLiteral("C:\\|Program Files\\|Agent\\");
    QTest::newRow("UNC stays whole at its start")
            << QStringLiteral("\\\\server\\share") << QStringLiteral("\\\\|server\\|share");
    QTest::newRow("posix") << QStringLiteral("/var/lib/x") << QStringLiteral("/|var/|lib/|x");
    QTest::newRow("no separator") << QStringLiteral("Hidden") << QStringLiteral("Hidden");
    QTest::newRow("empty") << QString() << QString();
}

void TestFixDialogSafety::pathsBreakOnlyAfterASeparator()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString got = breakablePath(text);
    got.replace(QChar(0x200B), QLatin1Char('|'));
    QCOMPARE(got, expected);
}

QTEST_MAIN(TestFixDialogSafety)
#include "TestFixDialogSafety.moc"
