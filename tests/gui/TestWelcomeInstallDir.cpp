// SPDX-License-Identifier: MIT
// The Welcome page's install folder is checked as it is typed (issue #13), on a worker (the
// session's GUI-thread guard fails the test otherwise), against the simulated machine: a sentence
// under the field says what is wrong and what to do, and Next waits until it is right or empty.
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "system/ScenarioSystem.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 30000;
} // namespace

class TestWelcomeInstallDir : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typedFolder_data();
    void typedFolder();
    void goalDecidesWhetherAMissingFolderIsFine();

private:
    // Types `text` and waits for the page's verdict on it.
    void type(const QString& text);
    QWizardPage* page() const { return m_wizard->currentPage(); }
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    QLabel* message() const { return page()->findChild<QLabel*>(QStringLiteral("installDirMessageLabel")); }

    QTemporaryDir m_data;
    std::unique_ptr<TroubleshooterWizard> m_wizard;
};

void TestWelcomeInstallDir::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWelcomeInstallDir::init()
{
    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(
            QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"), &error);
    QVERIFY2(system, qPrintable(error));
    const WizardSession session =
            makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), m_data.path());
    m_wizard = std::make_unique<TroubleshooterWizard>(session);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    page()->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
}

void TestWelcomeInstallDir::cleanup()
{
    m_wizard.reset();
}

void TestWelcomeInstallDir::type(const QString& text)
{
    auto* edit = page()->findChild<QLineEdit*>(QStringLiteral("installDirLineEdit"));
    edit->clear();
    QTest::keyClicks(edit, text);
    if (!text.isEmpty())
        QVERIFY(!nextEnabled()); // typed, not yet looked at: Next waits
    QTRY_VERIFY_WITH_TIMEOUT(page()->findChild<QLabel*>(QStringLiteral("installDirMessageLabel"))->isVisible()
                                     || nextEnabled(),
                             kTimeout_ms);
}

void TestWelcomeInstallDir::typedFolder_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sentence"); // a part of it; empty = nothing shown
    QTest::addColumn<bool>("next");
    QTest::newRow("the agent's folder") << QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent")
                                        << QString() << true;
    QTest::newRow("empty") << QString() << QString() << true;
    QTest::newRow("missing, register goal")
            << QStringLiteral("C:\\Program Files\\Other Agent")
            << QStringLiteral("The install folder you typed, C:\\Program Files\\Other Agent, does not exist: correct "
                              "it, or leave the field empty to use the one the agent's registry entry names.")
            << false;
    QTest::newRow("a file") << QStringLiteral("C:\\Windows\\System32\\mmc.exe")
                            << QStringLiteral("C:\\Windows\\System32\\mmc.exe is a file, not a folder") << false;
    QTest::newRow("no such drive") << QStringLiteral("Q:\\MARS")
                                   << QStringLiteral("Neither Q:\\MARS nor any folder above it exists") << false;
    QTest::newRow("not a full path") << QStringLiteral("MARS") << QStringLiteral("MARS is not a full path") << false;
}

void TestWelcomeInstallDir::typedFolder()
{
    QFETCH(QString, typed);
    QFETCH(QString, sentence);
    QFETCH(bool, next);
    type(typed);
    QCOMPARE(nextEnabled(), next);
    QCOMPARE(message()->isVisible(), !sentence.isEmpty());
    if (!sentence.isEmpty())
        QVERIFY2(message()->text().contains(sentence), qPrintable(message()->text()));
    QCOMPARE(m_wizard->inputs().installDir, typed); // what the run will use, never another folder
}

void TestWelcomeInstallDir::goalDecidesWhetherAMissingFolderIsFine()
{
    type(QStringLiteral("C:\\Program Files\\New Agent"));
    QVERIFY(!nextEnabled());
    // Installing: setup creates the folder.
    page()->findChild<QRadioButton*>(QStringLiteral("goalInstallRadioButton"))->click();
    QVERIFY(nextEnabled());
    QVERIFY2(message()->text().contains(QStringLiteral("does not exist yet: the agent's setup creates it")),
             qPrintable(message()->text()));
    page()->findChild<QRadioButton*>(QStringLiteral("goalReregisterRadioButton"))->click();
    QVERIFY(!nextEnabled());
    // Emptied: the registry's folder, at once.
    page()->findChild<QLineEdit*>(QStringLiteral("installDirLineEdit"))->clear();
    QVERIFY(nextEnabled());
    QVERIFY(!message()->isVisible());
}

QTEST_MAIN(TestWelcomeInstallDir)
#include "TestWelcomeInstallDir.moc"
