// SPDX-License-Identifier: MIT
// The Summary's Save report… says a failed save in a message box (issue #13), not only in the
// line under the buttons: a user who saw no box believes the report is on disk.
#include "SummaryWizard.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 60000;
} // namespace

class TestSummarySaveFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aFailedSaveIsAMessageBox();
};

void TestSummarySaveFailure::aFailedSaveIsAMessageBox()
{
    SummaryWizard w;
    QString why;
    QVERIFY2(w.open(&why), qPrintable(why));
    TroubleshooterWizard& wizard = *w.wizard;
    QTemporaryDir& data = w.data;
    auto* save = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("saveReportButton"));

    save->click();
    auto* dialog = wizard.currentPage()->findChild<QFileDialog*>(QStringLiteral("saveReportFileDialog"));
    QVERIFY(dialog);
    const QString target = data.filePath(QStringLiteral("gone/report.json")); // its folder does not exist
    Q_EMIT dialog->fileSelected(target);
    dialog->close();

    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor(
            [&] {
                box = wizard.findChild<QMessageBox*>(QStringLiteral("saveReportFailedMessageBox"));
                return box && box->isVisible();
            },
            kTimeout_ms));
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(target)), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("Cannot write the report")),
             qPrintable(box->informativeText()));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    box->button(QMessageBox::Ok)->click();
    QVERIFY(save->isEnabled()); // try again elsewhere
    auto* feedback = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("reportFeedbackLabel"));
    QVERIFY2(feedback->text().contains(QStringLiteral("Cannot write the report")), qPrintable(feedback->text()));
}

QTEST_MAIN(TestSummarySaveFailure)
#include "TestSummarySaveFailure.moc"
