// SPDX-License-Identifier: MIT
// The Welcome page's lab inputs are judged as they are typed, with the command line's rules
// (labInputsProblem, handed to the wizard as GuiRun does), on a worker: a file that is not there,
// a folder for a file, a file that is not an endpoint list, a proxy that is not http://host:port
// each get a sentence under the fields, and Next waits until they are right or empty.
#include "AppOptions.h"
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "system/ScenarioSystem.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 20000;
} // namespace

class TestWelcomeLabInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typedInput_data();
    void typedInput();

private:
    QWizardPage* page() const { return m_wizard->currentPage(); }
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    QTemporaryDir m_data;
    std::unique_ptr<TroubleshooterWizard> m_wizard;
};

void TestWelcomeLabInputs::init()
{
    QString error;
    std::shared_ptr<SystemProbe> system = ScenarioSystem::fromFile(
            QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"), &error);
    QVERIFY2(system, qPrintable(error));
    WizardSession session = makeSession(system, std::make_shared<CheckCatalog>(), m_data.path());
    session.labInputsProblem = labInputsProblem;
    m_wizard = std::make_unique<TroubleshooterWizard>(session);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    page()->findChild<QGroupBox*>(QStringLiteral("labInputsGroupBox"))->setChecked(true);
}

void TestWelcomeLabInputs::cleanup()
{
    m_wizard.reset();
}

void TestWelcomeLabInputs::typedInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text"); // "%1": the scratch folder
    QTest::addColumn<QString>("said"); // expected in the sentence; empty: no sentence, Next enabled

    const QString endpoints = QStringLiteral("labEndpointsLineEdit");
    const QString roots = QStringLiteral("labTrustedRootsLineEdit");
    const QString proxy = QStringLiteral("labProxyLineEdit");
    QTest::newRow("endpoints missing") << endpoints << QStringLiteral("%1/nope.json")
                                       << QStringLiteral("does not exist");
    QTest::newRow("endpoints is a folder") << endpoints << QStringLiteral("%1") << QStringLiteral("is a folder");
    QTest::newRow("endpoints not a list")
            << endpoints << QStringLiteral("%1/garbage.json") << QStringLiteral("garbage");
    QTest::newRow("endpoints shipped list")
            << endpoints << QStringLiteral(MARS_SOURCE_DIR "/resources/endpoints/public.json") << QString();
    QTest::newRow("roots missing") << roots << QStringLiteral("%1/roots.pem") << QStringLiteral("does not exist");
    QTest::newRow("roots not PEM") << roots << QStringLiteral("%1/garbage.json")
                                   << QStringLiteral("Extra trusted roots");
    QTest::newRow("proxy not http") << proxy << QStringLiteral("ftp://proxy:21") << QStringLiteral("Extra proxy");
    QTest::newRow("proxy fine") << proxy << QStringLiteral("http://127.0.0.1:3128") << QString();
}

void TestWelcomeLabInputs::typedInput()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, said);
    QFile garbage(m_data.filePath(QStringLiteral("garbage.json")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not an endpoint list");
    garbage.close();

    auto* edit = page()->findChild<QLineEdit*>(field);
    QVERIFY(edit);
    edit->setText(text.contains(QLatin1String("%1")) ? text.arg(m_data.path()) : text);
    QVERIFY(!nextEnabled()); // judged first
    auto* message = page()->findChild<QLabel*>(QStringLiteral("labInputsMessageLabel"));
    QVERIFY(message);
    if (said.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), kTimeout_ms);
        QVERIFY(!message->isVisible());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kTimeout_ms);
    QVERIFY2(message->text().contains(said), qPrintable(message->text()));
    QVERIFY(!nextEnabled());
    edit->clear(); // an empty field is always fine
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), kTimeout_ms);
    QVERIFY(!message->isVisible());
}

QTEST_MAIN(TestWelcomeLabInputs)
#include "TestWelcomeLabInputs.moc"
