// SPDX-License-Identifier: MIT
// What a screen reader hears (issue #17): every interactive control the wizard shows, on every
// page of a walk through both phases and in the fix dialog, has an accessible name (what
// QAccessible hands a screen reader: the control's own text, its label's text through a buddy, or
// a name set for it) and a description (what it is for: a tool tip or one set); and every row of a check list reads its
// verdict in words, not only as an icon or a colour.
#include "CheckListModel.h"
#include "EveryFixDialog.h"
#include "SummaryWizard.h"
#include "TroubleshooterWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

using namespace mars;
using namespace mars::guitest;

namespace {
bool isInteractive(const QWidget* w)
{
    if (qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w))
        return true;
    // Lists, text views and sliders the technician can move into with Tab (a scroll bar cannot).
    return (qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QPlainTextEdit*>(w)
            || qobject_cast<const QTextEdit*>(w) || qobject_cast<const QAbstractSlider*>(w))
           && w->focusPolicy() != Qt::NoFocus;
}

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

// The visible interactive controls under `root` that a screen reader would announce without a
// name or without a description.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisible() || !isInteractive(w))
            continue;
        // The combo box's own line edit, a spin box's editor: announced as part of their owner.
        if (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
        const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed.append(describe(w));
        // And what it is for: the description (Qt reads a tool tip when none is set).
        else if (face->text(QAccessible::Description).trimmed().isEmpty())
            unnamed.append(describe(w) + QStringLiteral(" (named \"%1\", no description)").arg(name));
    }
    return unnamed;
}
} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlIsNamedOnEveryPage();
    void checkRowsReadTheirVerdict();
    void everyFixDialogIsNamed();
};

void TestAccessibleNames::everyControlIsNamedOnEveryPage()
{
    ScenarioWizard opened;
    QString why;
    QVERIFY2(opened.open("healthy-server.json", &why), qPrintable(why));
    TroubleshooterWizard& wizard = *opened.wizard;

    QStringList unnamed;
    const auto collect = [&](const char* where) {
        for (const QString& control : unnamedControls(&wizard))
            unnamed.append(QStringLiteral("%1: %2").arg(QLatin1String(where), control));
    };
    collect("Welcome");
    wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
    collect("Welcome, registration goal");
    QVERIFY(opened.nextAndWait());
    collect("installation checks");
    QVERIFY(opened.nextAndWait());
    collect("registration checks");
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(TroubleshooterWizard::Summary));
    QVERIFY(QTest::qWaitFor(
            [&] {
                auto* save = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("saveReportButton"));
                return save && save->isEnabled();
            },
            ScenarioWizard::kTimeout_ms));
    collect("Summary");
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(u'\n')));
}

// A row's accessible text carries its verdict as a word ("Passed", "Warning", ...) beside the title.
void TestAccessibleNames::checkRowsReadTheirVerdict()
{
    SummaryWizard walked;
    QString why;
    QVERIFY2(walked.open(&why), qPrintable(why));
    walked.wizard->back(); // the registration checks, finished
    auto* list = walked.wizard->currentPage()->findChild<QAbstractItemView*>(QStringLiteral("checkListView"));
    QVERIFY(list && list->model()->rowCount() > 0);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QString title = index.data(Qt::DisplayRole).toString();
        const QString spoken = index.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(title), qPrintable(spoken));
        QVERIFY2(spoken.size() > title.size() + 2, qPrintable(QStringLiteral("no verdict in: ") + spoken));
    }
}

// Every fix offered on broken-install.json: its dialog at the preview (options, the change list,
// the buttons), then closed without applying.
void TestAccessibleNames::everyFixDialogIsNamed()
{
    ScenarioWizard opened;
    QString why;
    QVERIFY2(opened.open("broken-install.json", &why), qPrintable(why));
    QVERIFY(opened.nextAndWait());
    QStringList unnamed;
    const int dialogs = forEveryFixDialog(
            *opened.wizard, {},
            [&](const QString& fixId, FixDialog* dialog) {
                for (const QString& control : unnamedControls(dialog))
                    unnamed.append(QStringLiteral("fix %1: %2").arg(fixId, control));
            },
            &why);
    QVERIFY2(dialogs >= 3, qPrintable(QString::number(dialogs) + u' ' + why));
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(u'\n')));
}

QTEST_MAIN(TestAccessibleNames)
#include "TestAccessibleNames.moc"
