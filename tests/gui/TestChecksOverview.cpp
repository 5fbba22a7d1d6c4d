// SPDX-License-Identifier: MIT
// The check page as a technician on a screen-share reads it (issue #15, overview first), by
// objectName on the shipped broken-install.json with the real catalog:
//  - when the run ends, one sentence says whether the server is ready and what to do first;
//  - the list is worst first, and "Problems only" hides what passed or does not apply;
//  - a finished row shows no timing number (only a running one does);
//  - the window opens large enough for the list and the details side by side, and remembers
//    the size it was left at.
// Runs on the offscreen platform (ctest sets QT_QPA_PLATFORM=offscreen).
#include "CheckDetailPanel.h"
#include "CheckItemDelegate.h"
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "system/ScenarioSystem.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 60000;
} // namespace

class TestChecksOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void worstFirstWithAHeadlineAndAFilter();
    void timingOnlyWhileRunning_data();
    void timingOnlyWhileRunning();
    void theWindowRemembersItsSize();
    void remedyStepsAreANumberedList();

private:
    WizardSession session(const QString& dataDir) const;
};

WizardSession TestChecksOverview::session(const QString& dataDir) const
{
    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(
            QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/broken-install.json"), &error);
    if (!system)
        qFatal("%s", qPrintable(error));
    return makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), dataDir);
}

void TestChecksOverview::worstFirstWithAHeadlineAndAFilter()
{
    QTemporaryDir data;
    TroubleshooterWizard wizard(session(data.path()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(TroubleshooterWizard::InstallChecks));
    auto* headline = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("headlineLabel"));
    QVERIFY(headline);
    QVERIFY(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, kTimeout_ms));

    QTRY_VERIFY(headline->isVisible());
    QVERIFY2(headline->text().startsWith(QLatin1String("The server is not ready")), qPrintable(headline->text()));

    // Worst first: severities never rise down the list, and the first row is a failure.
    auto* list = wizard.currentPage()->findChild<QListView*>(QStringLiteral("checkListView"));
    QAbstractItemModel* model = list->model();
    const int all = model->rowCount();
    QVERIFY(all >= 15);
    QCOMPARE(verdictAt(model, 0), Verdict::Fail);
    for (int r = 1; r < all; ++r)
        QVERIFY2(verdictSeverity(verdictAt(model, r)) <= verdictSeverity(verdictAt(model, r - 1)),
                 qPrintable(QString::number(r)));
    // The headline names the first row's check.
    const QString firstTitle = model->index(0, 0).data(Qt::DisplayRole).toString();
    QVERIFY2(headline->text().contains(firstTitle), qPrintable(headline->text() + QLatin1String(" / ") + firstTitle));

    // Problems only: one click, and only what needs attention is left.
    auto* problemsOnly = wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("problemsOnlyCheckBox"));
    QVERIFY(problemsOnly);
    problemsOnly->click();
    const int problems = model->rowCount();
    QVERIFY(problems > 0 && problems < all);
    for (int r = 0; r < problems; ++r) {
        const Verdict v = verdictAt(model, r);
        QVERIFY2(v != Verdict::Pass && v != Verdict::NotApplicable, qPrintable(verdictId(v)));
    }
    problemsOnly->click();
    QCOMPARE(model->rowCount(), all);
}

void TestChecksOverview::timingOnlyWhileRunning_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("deadline");
    QTest::addColumn<bool>("running");
    QTest::addColumn<QString>("expected");

    QTest::newRow("finished") << qint64(1200) << 5000 << false << QString();
    QTest::newRow("not started") << qint64(0) << 5000 << false << QString();
    QTest::newRow("running") << qint64(1200) << 60000 << true << QStringLiteral("1 s");
    QTest::newRow("past half its limit") << qint64(40000) << 60000 << true << QStringLiteral("40 s of 60 s");
}

void TestChecksOverview::timingOnlyWhileRunning()
{
    QFETCH(qint64, elapsed);
    QFETCH(int, deadline);
    QFETCH(bool, running);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(CheckItemDelegate::timingText(elapsed, deadline, running), expected);
}

void TestChecksOverview::theWindowRemembersItsSize()
{
    QTemporaryDir data;
    {
        TroubleshooterWizard first(session(data.path()));
        QVERIFY(first.width() >= first.minimumWidth() && first.height() >= first.minimumHeight());
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(1001, 702);
        QTRY_COMPARE(first.size(), QSize(1001, 702));
        first.reject(); // Cancel on the Welcome page
    }
    TroubleshooterWizard second(session(data.path()));
    QCOMPARE(second.size(), QSize(1001, 702));
}

QTEST_MAIN(TestChecksOverview)
void TestChecksOverview::remedyStepsAreANumberedList()
{
    const QString html = CheckDetailPanel::remedyStepsHtml(
            QStringLiteral("Reset the cache: 1. net stop obengine 2. Delete <C:\\Scratch> 3. net start obengine"));
    QVERIFY2(html.contains(QLatin1String("<ol>\n<li>net stop obengine</li>")), qPrintable(html)); // the first step
    QVERIFY2(html.contains(QLatin1String("<li>Delete &lt;C:\\Scratch&gt;</li>")), qPrintable(html)); // escaped
    QVERIFY(html.startsWith(QLatin1String("<p>Reset the cache")));
    // No numbered steps (a version number is not one): shown as plain text.
    QVERIFY(CheckDetailPanel::remedyStepsHtml(QStringLiteral("Install .NET 4.8. Then run the check again.")).isEmpty());
}

#include "TestChecksOverview.moc"
