// SPDX-License-Identifier: MIT
// The fix safety rails as a technician meets them, by objectName on a simulated server:
//  - a fix journal that cannot be written turns every fix off, and the page says why and how
//    to choose another data folder;
//  - a fix an earlier run left unfinished is named on the Welcome page with what to check, and
//    the Summary lists it;
//  - a journal line edited or forged by a non-elevated process is named on the Welcome page as
//    a change this run will not undo, with why, and no Undo button is offered for it;
//  - a fix that never returns: Stop asks it to stop, and when it does not, the dialog can be
//    closed; the fix finishes on its own and its result still reaches the journal.
// Runs on the offscreen platform (ctest sets QT_QPA_PLATFORM=offscreen).
#include "FixDialog.h"
#include "ScriptedFix.h"
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/common/RestartElevatedFix.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/install/ProcessElevatedCheck.h"
#include "catalog/temp/TempWritableCheck.h"
#include "engine/FixRunner.h"
#include "system/ScenarioSystem.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace mars;
using namespace mars::guitest;
using namespace mars::test;

namespace {

constexpr int kTimeout_ms = 20000;

// An elevated administrator whose agent install folder is hidden (A10 fails, offers a fix).
const char* const kScenario = R"({
  "schema": 1,
  "name": "Fix safety",
  "account": {"user": "CONTOSO\\helpdesk", "adminMember": true, "elevation": "elevated"},
  "os": {"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0, "build": 17763,
         "productType": "server"},
  "folders": [{"path": "C:\\Program Files\\Microsoft Azure Recovery Services Agent", "attributes": ["hidden"]}]
})";

struct SafetyWizard
{
    QTemporaryDir dir;
    WizardSession session;
    std::unique_ptr<TroubleshooterWizard> wizard;

    bool create(std::shared_ptr<CheckCatalog> catalog)
    {
        QString error;
        auto system = ScenarioSystem::fromJson(QByteArray(kScenario), QStringLiteral("safety.json"), &error);
        if (!system || !dir.isValid()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        session = makeSession(std::move(system), std::move(catalog), dir.path());
        wizard = std::make_unique<TroubleshooterWizard>(session);
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }
    bool toInstallChecks()
    {
        wizard->button(QWizard::NextButton)->click();
        return wizard->currentId() == int(TroubleshooterWizard::InstallChecks)
               && QTest::qWaitFor([this] { return wizard->button(QWizard::NextButton)->isEnabled(); }, kTimeout_ms);
    }
    QListView* list() const { return wizard->currentPage()->findChild<QListView*>(QStringLiteral("checkListView")); }
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

std::shared_ptr<CheckCatalog> attributesCatalog()
{
    auto catalog = std::make_shared<CheckCatalog>();
    catalog->addCheck(std::make_shared<InstallDirAttributesCheck>());
    catalog->addFix(std::make_shared<FolderAttributesFix>(FolderAttributesFix::Folder::InstallDir,
                                                          InstallDirAttributesCheck::id()));
    return catalog;
}

FixDialog* openDialog()
{
    FixDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
            [&] {
                for (QWidget* w : QApplication::allWidgets()) {
                    if (auto* d = qobject_cast<FixDialog*>(w); d && d->isVisible())
                        dialog = d;
                }
                return dialog != nullptr;
            },
            kTimeout_ms);
    return dialog;
}

} // namespace

class TestFixSafetyWalkthrough : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aJournalThatCannotBeWrittenTurnsFixesOff();
    void anInterruptedFixIsNamedOnTheWelcomePage();
    void aForgedJournalLineIsRefusedWithASentence();
    void aFixThatNeverReturnsCanBeLeft();
    void restartingAsAdministratorChecksTheOtherRowsAgain();
};

void TestFixSafetyWalkthrough::aJournalThatCannotBeWrittenTurnsFixesOff()
{
    SafetyWizard w;
    QVERIFY(w.dir.isValid());
    // A folder in the journal's place: not even root can append to it.
    QVERIFY(QDir(w.dir.path()).mkdir(QStringLiteral("fix-journal.jsonl")));
    QVERIFY(w.create(attributesCatalog()));
    QVERIFY(w.toInstallChecks());

    auto* label = w.find<QLabel>(QStringLiteral("fixesDisabledLabel"));
    QVERIFY(label);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), kTimeout_ms);
    QVERIFY2(label->text().contains(QLatin1String("--data-dir")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QLatin1String("fix-journal.jsonl")));

    w.select(InstallDirAttributesCheck::id());
    QPushButton* fix = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((fix = w.find(QStringLiteral("fixButton_clear_install_dir_attributes"))) != nullptr,
                             kTimeout_ms);
    QVERIFY(!fix->isEnabled());
    QVERIFY(fix->toolTip().contains(QLatin1String("--data-dir")));
}

void TestFixSafetyWalkthrough::anInterruptedFixIsNamedOnTheWelcomePage()
{
    SafetyWizard w;
    QVERIFY(w.dir.isValid());
    {
        // What an earlier run, killed mid-fix, left: a started line and nothing after it.
        FixJournal earlier(w.dir.filePath(QStringLiteral("fix-journal.jsonl")), QStringLiteral("earlier"), {});
        FixPlan plan;
        plan.fixId = QStringLiteral("clear_install_dir_attributes");
        plan.checkId = InstallDirAttributesCheck::id();
        plan.summary = QStringLiteral("Clear the attributes H of the folder.");
        plan.ifInterrupted = QStringLiteral("The folder may still be hidden: run the check again.");
        FixOutcome started;
        started.result = FixResult::Started;
        started.summary = plan.summary;
        QVERIFY(!earlier.record(plan, started, true).entryId.isEmpty());
    }
    QVERIFY(w.create(attributesCatalog()));
    auto* label = w.wizard->currentPage()->findChild<QLabel*>(QStringLiteral("interruptedFixesLabel"));
    QVERIFY(label);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), kTimeout_ms);
    QVERIFY2(label->text().contains(QLatin1String("The folder may still be hidden")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QLatin1String("Clear the install folder's attributes"))); // its title

    // The Summary lists it with what to check.
    QVERIFY(w.toInstallChecks());
    while (w.wizard->currentId() != int(TroubleshooterWizard::Summary)) {
        const int before = w.wizard->currentId();
        QTRY_VERIFY_WITH_TIMEOUT(w.wizard->button(QWizard::NextButton)->isEnabled(), kTimeout_ms);
        w.wizard->button(QWizard::NextButton)->click();
        QVERIFY(w.wizard->currentId() != before);
    }
    auto* attention = w.wizard->currentPage()->findChild<QTextBrowser*>();
    QVERIFY(attention);
    QTRY_VERIFY_WITH_TIMEOUT(attention->toPlainText().contains(QLatin1String("The folder may still be hidden")),
                             kTimeout_ms);
}

void TestFixSafetyWalkthrough::aForgedJournalLineIsRefusedWithASentence()
{
    SafetyWizard w;
    QVERIFY(w.dir.isValid());
    const QString path = w.dir.filePath(QStringLiteral("fix-journal.jsonl"));
    {
        // A real machine's applied, reversible line, then edited as any user could: its undo now
        // names System32 and its signature is made up (issue #14's attack).
        FixJournal earlier(path, QStringLiteral("earlier"), {});
        FixPlan plan;
        plan.fixId = QStringLiteral("clear_install_dir_attributes");
        plan.checkId = InstallDirAttributesCheck::id();
        plan.summary = QStringLiteral("Clear the attributes H of the folder.");
        FixOutcome applied;
        applied.fixId = plan.fixId;
        applied.result = FixResult::Applied;
        applied.summary = plan.summary;
        applied.undo.insert(QStringLiteral("path"), QStringLiteral("C:\\Windows\\System32"));
        applied.undo.insert(QStringLiteral("attributes"), QStringLiteral("hidden"));
        QVERIFY(!earlier.record(plan, applied, false).entryId.isEmpty());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QJsonObject line = QJsonDocument::fromJson(file.readAll().trimmed()).object();
    QVERIFY(!line.isEmpty());
    line.insert(QStringLiteral("sig"), QString(64, QLatin1Char('0')));
    QVERIFY(file.resize(0));
    QVERIFY(file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') > 0);
    file.close();

    QVERIFY(w.create(attributesCatalog()));
    auto* label = w.wizard->currentPage()->findChild<QLabel*>(QStringLiteral("interruptedFixesLabel"));
    QVERIFY(label);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), kTimeout_ms);
    QVERIFY2(label->text().contains(QLatin1String("will not undo")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("Clear the install folder's attributes")), qPrintable(label->text()));

    // On the check page the line is not offered for undo.
    QVERIFY(w.toInstallChecks());
    w.select(InstallDirAttributesCheck::id());
    QTest::qWait(200);
    for (QPushButton* button : w.wizard->currentPage()->findChildren<QPushButton*>()) {
        QVERIFY2(!button->objectName().startsWith(QLatin1String("undoButton")) || !button->isVisible(),
                 qPrintable(button->objectName()));
    }
}

void TestFixSafetyWalkthrough::aFixThatNeverReturnsCanBeLeft()
{
    QSemaphore gate;
    auto catalog = std::make_shared<CheckCatalog>();
    catalog->addCheck(
            std::make_shared<OfferingCheck>(QStringLiteral("offering"), QStringList{QStringLiteral("stuck")}));
    catalog->addFix(std::make_shared<ScriptedFix>(QStringLiteral("stuck"), QStringLiteral("offering"),
                                                  FixBehaviour::Hang, &gate));
    SafetyWizard w;
    QVERIFY(w.create(catalog));
    QVERIFY(w.toInstallChecks());
    auto* runner = w.wizard->currentPage()->findChild<FixRunner*>();
    QVERIFY(runner);
    runner->setStopGrace(300);

    w.select(QStringLiteral("offering"));
    QPushButton* fixButton = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((fixButton = w.find(QStringLiteral("fixButton_stuck"))) != nullptr, kTimeout_ms);
    QTRY_VERIFY_WITH_TIMEOUT(fixButton->isEnabled(), kTimeout_ms);
    fixButton->click();
    QPointer<FixDialog> dialog = openDialog(); // deleted on close
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), FixDialog::Stage::Ready, kTimeout_ms);
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyFixButton"));
    auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeFixButton"));
    apply->click();
    QCOMPARE(dialog->stage(), FixDialog::Stage::Applying);

    // Stop: asked; the fix does not listen; after the grace the dialog may close.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled() && close->text() == QLatin1String("Close"), kTimeout_ms);
    auto* progress = dialog->findChild<QLabel*>(QStringLiteral("fixProgressLabel"));
    QVERIFY(progress->text().contains(QLatin1String("keeps running")));
    close->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kTimeout_ms);

    // The page says a fix still runs; when it ends, its result is journaled and the note goes.
    auto* background = w.find<QLabel>(QStringLiteral("backgroundFixLabel"));
    QVERIFY(background);
    QVERIFY(background->isVisible());
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!background->isVisible(), kTimeout_ms);
    const QList<JournalEntry> entries = journalEntries(w.session.journal);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).result, fixResultId(FixResult::Applied));
    QCOMPARE(entries.at(1).startedEntry, entries.at(0).entryId);
}

void TestFixSafetyWalkthrough::restartingAsAdministratorChecksTheOtherRowsAgain()
{
    // Not elevated: the temp folder cannot be written, and its row offers the restart too.
    const char* const scenario = R"({
      "schema": 1, "name": "Not elevated",
      "account": {"user": "CONTOSO\\helpdesk", "adminMember": true, "elevation": "limited"},
      "os": {"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0, "build": 17763,
             "productType": "server"},
      "tempFolder": {"path": "C:\\Windows\\Temp"}
    })";
    QTemporaryDir dir;
    QString error;
    std::shared_ptr<SystemProbe> system =
            ScenarioSystem::fromJson(QByteArray(scenario), QStringLiteral("limited.json"), &error);
    QVERIFY2(system, qPrintable(error));
    auto catalog = std::make_shared<CheckCatalog>();
    catalog->addCheck(std::make_shared<ProcessElevatedCheck>());
    catalog->addCheck(std::make_shared<TempWritableCheck>());
    catalog->addFix(std::make_shared<RestartElevatedFix>(ProcessElevatedCheck::id()));
    const WizardSession session = makeSession(system, catalog, dir.path());
    TroubleshooterWizard wizard(session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.button(QWizard::NextButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kTimeout_ms);
    auto* list = wizard.currentPage()->findChild<QListView*>(QStringLiteral("checkListView"));
    const auto select = [list](const QString& id) {
        list->setCurrentIndex(list->model()->index(rowOf(list->model(), id), 0));
    };
    QCOMPARE(verdictAt(list->model(), rowOf(list->model(), TempWritableCheck::id())), Verdict::Warning);

    // Restart as administrator from the temp row (on a scenario: the simulated token turns elevated).
    select(TempWritableCheck::id());
    QPushButton* restart = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((restart = wizard.currentPage()->findChild<QPushButton*>(
                                      QStringLiteral("fixButton_restart_as_administrator")))
                                     != nullptr,
                             kTimeout_ms);
    restart->click();
    QPointer<FixDialog> dialog = openDialog();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), FixDialog::Stage::Ready, kTimeout_ms);
    dialog->findChild<QPushButton*>(QStringLiteral("applyFixButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), FixDialog::Stage::Done, kTimeout_ms);
    dialog->findChild<QPushButton*>(QStringLiteral("closeFixButton"))->click();

    // Both rows were checked again: the temp row passes and offers no restart any more.
    QTRY_COMPARE_WITH_TIMEOUT(verdictAt(list->model(), rowOf(list->model(), TempWritableCheck::id())), Verdict::Pass,
                              kTimeout_ms);
    QTRY_COMPARE_WITH_TIMEOUT(verdictAt(list->model(), rowOf(list->model(), ProcessElevatedCheck::id())), Verdict::Pass,
                              kTimeout_ms);
    select(TempWritableCheck::id());
    QTest::qWait(100);
    QVERIFY(!wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("fixButton_restart_as_administrator")));
}

QTEST_MAIN(TestFixSafetyWalkthrough)
#include "TestFixSafetyWalkthrough.moc"
