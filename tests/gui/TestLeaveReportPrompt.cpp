// SPDX-License-Identifier: MIT
// Leaving the wizard (issue #15): Cancel or the close box after problems were found asks to
// save the report first; "Keep working" (also Enter and Escape) keeps the window, "Close without
// saving" closes it, "Save report…" writes the report and then closes; a run without problems or
// a saved report closes at once. On broken-install.json, by objectName, offscreen.
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "system/ScenarioSystem.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 30000;

WizardSession sessionOn(const QString& scenario, const QString& dataDir)
{
    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(scenario, &error);
    if (!system)
        qFatal("%s", qPrintable(error));
    return makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), dataDir);
}

// The support's visibleTopLevel, waited for: a dialog opens after the event loop ran.
template<typename T>
T* waitForTopLevel(const QString& objectName)
{
    T* found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = visibleTopLevel<T>(objectName)) != nullptr; }, kTimeout_ms);
    return found;
}

// Runs the installation checks of `wizard` to the end.
bool runInstallChecks(TroubleshooterWizard& wizard)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    wizard.button(QWizard::NextButton)->click();
    return wizard.currentId() == int(TroubleshooterWizard::InstallChecks)
           && QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, kTimeout_ms);
}
} // namespace

class TestLeaveReportPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepWorkingThenCloseWithoutSaving();
    void saveOnLeaving();
    void nothingToLoseClosesAtOnce();
};

void TestLeaveReportPrompt::keepWorkingThenCloseWithoutSaving()
{
    QTemporaryDir data;
    TroubleshooterWizard wizard(sessionOn(QStringLiteral(":/scenarios/broken-install.json"), data.path()));
    QVERIFY(runInstallChecks(wizard));

    wizard.reject(); // Cancel, Escape and the close box all end here
    QPointer<QMessageBox> box = waitForTopLevel<QMessageBox>(QStringLiteral("leaveReportMessageBox"));
    QVERIFY(box);
    QVERIFY(wizard.isVisible());
    // Leaving is never the default: Enter keeps the window.
    auto* stay = box->findChild<QPushButton*>(QStringLiteral("leaveKeepWorkingButton"));
    QVERIFY(stay);
    QCOMPARE(box->defaultButton(), stay);
    QVERIFY(box->findChild<QPushButton*>(QStringLiteral("leaveSaveReportButton")));
    stay->click();
    QTRY_VERIFY(box.isNull() || !box->isVisible());
    QVERIFY(wizard.isVisible());

    wizard.reject();
    box = waitForTopLevel<QMessageBox>(QStringLiteral("leaveReportMessageBox"));
    QVERIFY(box);
    auto* leave = box->findChild<QPushButton*>(QStringLiteral("leaveWithoutSavingButton"));
    QVERIFY(leave);
    leave->click();
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
}

void TestLeaveReportPrompt::saveOnLeaving()
{
    QTemporaryDir data;
    TroubleshooterWizard wizard(sessionOn(QStringLiteral(":/scenarios/broken-install.json"), data.path()));
    QVERIFY(runInstallChecks(wizard));

    wizard.reject();
    auto* box = waitForTopLevel<QMessageBox>(QStringLiteral("leaveReportMessageBox"));
    QVERIFY(box);
    box->findChild<QPushButton*>(QStringLiteral("leaveSaveReportButton"))->click();
    auto* files = waitForTopLevel<QFileDialog>(QStringLiteral("leaveSaveReportFileDialog"));
    QVERIFY(files);
    const QString path = data.filePath(QStringLiteral("left.html"));
    Q_EMIT files->fileSelected(path); // what accepting the dialog with this name does
    files->close();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), kTimeout_ms); // closes once the report is written
    QFile report(path);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.contains(wizard.session().sessionId.toUtf8()));
    QVERIFY(html.contains("<html"));
}

void TestLeaveReportPrompt::nothingToLoseClosesAtOnce()
{
    QTemporaryDir data;
    TroubleshooterWizard wizard(sessionOn(QStringLiteral(":/scenarios/healthy-server.json"), data.path()));
    QVERIFY(runInstallChecks(wizard));
    wizard.reject();
    QTRY_VERIFY(!wizard.isVisible());
}

QTEST_MAIN(TestLeaveReportPrompt)
#include "TestLeaveReportPrompt.moc"
