// SPDX-License-Identifier: MIT
// The Summary's "Support bundle…" (issue #15): the technician sees every file that will go into
// the zip, and what is missing and why, before anything is written; a failed write says so in a
// message box and keeps the dialog open; a good one closes it, says where the zip is, and the zip
// holds manifest.txt and the files listed.
#include "SummaryWizard.h"
#include "ZipReading.h"

#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 60000;
} // namespace

class TestSupportBundleWalkthrough : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void previewThenSave();
};

void TestSupportBundleWalkthrough::previewThenSave()
{
    SummaryWizard w;
    QString why;
    QVERIFY2(w.open(&why), qPrintable(why));
    TroubleshooterWizard& wizard = *w.wizard;
    QTemporaryDir& data = w.data;
    auto* bundleButton = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("supportBundleButton"));
    QVERIFY(bundleButton && bundleButton->isEnabled());

    bundleButton->click();
    QPointer<QDialog> dialog = wizard.findChild<QDialog*>(QStringLiteral("supportBundleDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveBundleButton"));
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("bundleFileList"));
    QVERIFY(save && list);
    QVERIFY(QTest::qWaitFor([&] { return save->isEnabled(); }, kTimeout_ms));

    // The list, before anything is written: the reports and the agent's logs of the scenario.
    QStringList names;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        names.append(list->topLevelItem(i)->text(0));
    for (const char* name : {"report.html", "report.json", "ticket.md", "agent/CBEngineCurr.errlog",
                             "agent/OBInstaller0Curr.errlog", "agent/OBPatch.log"})
        QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(u',')));
    QVERIFY(list->topLevelItem(names.indexOf(QStringLiteral("agent/CBEngineCurr.errlog")))
                    ->text(2)
                    .contains(QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Temp")));
    // Nothing was logged to a file in this test: said, not left out silently.
    auto* notes = dialog->findChild<QLabel*>(QStringLiteral("bundleNotesLabel"));
    QVERIFY(notes && notes->isVisible());
    QVERIFY2(notes->text().contains(QStringLiteral("tool/mars-troubleshooter.log is not included")),
             qPrintable(notes->text()));
    QVERIFY2(notes->text().contains(QStringLiteral("GatewayProvider")), qPrintable(notes->text()));
    QVERIFY(!QFile::exists(data.filePath(QStringLiteral("gone"))));

    // A folder that does not exist: a message box, the dialog stays, Save works again.
    save->click();
    auto* files = dialog->findChild<QFileDialog*>(QStringLiteral("saveBundleFileDialog"));
    QVERIFY(files);
    QVERIFY(files->selectedFiles().value(0).endsWith(QStringLiteral("-bundle.zip")));
    Q_EMIT files->fileSelected(data.filePath(QStringLiteral("gone/bundle.zip")));
    files->close();
    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor(
            [&] {
                box = dialog->findChild<QMessageBox*>(QStringLiteral("bundleSaveFailedMessageBox"));
                return box && box->isVisible();
            },
            kTimeout_ms));
    QVERIFY2(box->informativeText().contains(QStringLiteral("could not be written")),
             qPrintable(box->informativeText()));
    box->button(QMessageBox::Ok)->click();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(save->isEnabled());

    const QString target = data.filePath(QStringLiteral("bundle.zip"));
    save->click();
    Q_EMIT files->fileSelected(target);
    files->close();
    QVERIFY(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, kTimeout_ms));
    auto* feedback = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("reportFeedbackLabel"));
    QVERIFY2(feedback->text().contains(QStringLiteral("Support bundle saved to")), qPrintable(feedback->text()));

    QFile zip(target);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QList<ziptest::ReadEntry> entries = ziptest::readZip(zip.readAll());
    QCOMPARE(entries.size(), names.size() + 1);
    QCOMPARE(entries.at(0).name, QStringLiteral("manifest.txt"));
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(entries.at(i + 1).name, names.at(i));
}

QTEST_MAIN(TestSupportBundleWalkthrough)
#include "TestSupportBundleWalkthrough.moc"
