// SPDX-License-Identifier: MIT
// Presenter mode (issue #15), by objectName on broken-install.json (account CONTOSO\helpdesk):
// the button (or setPresenterMode, as --presenter does) makes the text larger and masks the
// account's name in the check list, the detail panel and the Summary; switching it off shows
// them again; the saved report keeps them (second-line support needs them).
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/install/AdminMembershipCheck.h"
#include "system/ScenarioSystem.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 30000;

// Everything the current page shows as text: labels, tables, list rows (and their tooltips),
// text browsers.
QString pageText(const QWizard& wizard)
{
    QStringList out;
    QWidget* page = wizard.currentPage();
    for (const QLabel* label : page->findChildren<QLabel*>()) {
        if (label->isVisible())
            out << label->text();
    }
    for (const QTableWidget* table : page->findChildren<QTableWidget*>()) {
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                if (const QTableWidgetItem* item = table->item(r, c))
                    out << item->text();
    }
    for (const QListView* list : page->findChildren<QListView*>()) {
        const QAbstractItemModel* model = list->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, 0).data(Qt::DisplayRole).toString()
                << model->index(r, 0).data(Qt::ToolTipRole).toString();
    }
    for (const QTextBrowser* browser : page->findChildren<QTextBrowser*>())
        out << browser->toPlainText();
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksTheCustomersNamesOnScreen();
    void theNextRunStartsInTheSameMode();
};

void TestPresenterMode::masksTheCustomersNamesOnScreen()
{
    QTemporaryDir data;
    QString error;
    std::shared_ptr<ScenarioSystem> system =
            ScenarioSystem::fromFile(QStringLiteral(":/scenarios/broken-install.json"), &error);
    QVERIFY2(system, qPrintable(error));
    WizardSession session = makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), data.path());
    // Where the log is on a real server: the profile folder names the technician's account.
    session.logFilePath = QStringLiteral("C:/Users/mary.major/AppData/Local/MARS Troubleshooter/logs/run.log");
    TroubleshooterWizard wizard(session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const qreal normalSize = wizard.font().pointSizeF();
    // QWizard's page title is larger than the text, in both modes.
    auto* title = wizard.findChild<QLabel*>(QStringLiteral("wizardPageTitleLabel"));
    QVERIFY(title);
    QVERIFY2(title->font().pointSizeF() > normalSize * 1.2, qPrintable(title->font().toString()));
    wizard.button(QWizard::NextButton)->click();
    QVERIFY(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, kTimeout_ms));

    auto* list = wizard.currentPage()->findChild<QListView*>(QStringLiteral("checkListView"));
    list->setCurrentIndex(list->model()->index(rowOf(list->model(), AdminMembershipCheck::id()), 0));
    QTRY_VERIFY2(pageText(wizard).contains(QLatin1String("helpdesk"), Qt::CaseInsensitive),
                 qPrintable(pageText(wizard)));

    auto* button = wizard.findChild<QAbstractButton*>(QStringLiteral("presenterModeButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    button->click();
    QVERIFY(wizard.presenterMode());
    QVERIFY(wizard.font().pointSizeF() > normalSize * 1.2);
    QVERIFY2(title->font().pointSizeF() > wizard.font().pointSizeF() * 1.2, qPrintable(title->font().toString()));
    QTRY_VERIFY2(!pageText(wizard).contains(QLatin1String("helpdesk"), Qt::CaseInsensitive),
                 qPrintable(pageText(wizard)));
    QVERIFY(!pageText(wizard).contains(QLatin1String("CONTOSO"), Qt::CaseInsensitive));
    QVERIFY(pageText(wizard).contains(QLatin1String("[hidden]")));

    // The Summary too; the button is on every page.
    while (wizard.currentId() != int(TroubleshooterWizard::Summary)) {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kTimeout_ms);
        wizard.button(QWizard::NextButton)->click();
    }
    QVERIFY(button->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
            wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("saveReportButton"))->isEnabled(),
            kTimeout_ms);
    QVERIFY2(!pageText(wizard).contains(QLatin1String("helpdesk"), Qt::CaseInsensitive), qPrintable(pageText(wizard)));
    // The log file's path is on the Summary: its profile folder is masked.
    QVERIFY2(!pageText(wizard).contains(QLatin1String("mary.major")), qPrintable(pageText(wizard)));
    QVERIFY2(pageText(wizard).contains(QLatin1String("Users\\[user]\\AppData"))
                     || pageText(wizard).contains(QLatin1String("Users/[user]/AppData")),
             qPrintable(pageText(wizard)));
    wizard.setPresenterMode(false);
    QVERIFY2(pageText(wizard).contains(QLatin1String("mary.major")), qPrintable(pageText(wizard)));
    wizard.setPresenterMode(true);

    // Off again: the names are back, the text its normal size.
    wizard.setPresenterMode(false);
    QVERIFY(!button->isChecked());
    QCOMPARE(wizard.font().pointSizeF(), normalSize);
    QVERIFY(pageText(wizard).contains(QLatin1String("mary.major")));
}

void TestPresenterMode::theNextRunStartsInTheSameMode()
{
    // "Restart as administrator" starts a copy with the same data folder; so does the next run.
    QTemporaryDir data;
    QString error;
    std::shared_ptr<ScenarioSystem> system =
            ScenarioSystem::fromFile(QStringLiteral(":/scenarios/healthy-server.json"), &error);
    QVERIFY2(system, qPrintable(error));
    const auto catalog = std::make_shared<const CheckCatalog>(builtinCatalog());
    {
        TroubleshooterWizard first(makeSession(system, catalog, data.path()));
        QVERIFY(!first.presenterMode());
        first.findChild<QAbstractButton*>(QStringLiteral("presenterModeButton"))->click();
        QVERIFY(first.presenterMode());
    } // not closed through done(): as when the elevated copy takes over
    TroubleshooterWizard second(makeSession(system, catalog, data.path()));
    QVERIFY(second.presenterMode());
    QVERIFY(second.findChild<QAbstractButton*>(QStringLiteral("presenterModeButton"))->isChecked());
    second.setPresenterMode(false);
    TroubleshooterWizard third(makeSession(system, catalog, data.path()));
    QVERIFY(!third.presenterMode());
}

QTEST_MAIN(TestPresenterMode)
#include "TestPresenterMode.moc"
