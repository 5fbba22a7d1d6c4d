// SPDX-License-Identifier: MIT
#pragma once

// A walk over every fix a check page offers: each dialog opened at its preview, handed to a
// visitor, closed without applying. Shared by the tests that look at every dialog (accessible
// names, the pseudo-locale's layout).
#include "FixDialog.h"
#include "ScenarioWizard.h"

#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QWizard>

#include <functional>

namespace mars::guitest {

// On the current check page: selects every row in turn (`visitRow(row)` after each selection has
// settled), opens every enabled fix button of that row, calls `visitDialog(fixId, dialog)` once
// the preview is there, and closes the dialog without applying. How many dialogs it opened, or
// -1 with *why.
inline int forEveryFixDialog(QWizard& wizard, const std::function<void(int row)>& visitRow,
                             const std::function<void(const QString& fixId, FixDialog* dialog)>& visitDialog,
                             QString* why)
{
    auto* list = wizard.currentPage()->findChild<QListView*>(QStringLiteral("checkListView"));
    if (!list) {
        *why = QStringLiteral("no check list on this page");
        return -1;
    }
    int dialogs = 0;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        list->setCurrentIndex(list->model()->index(row, 0));
        QTest::qWait(100); // the detail panel lays out again
        if (visitRow)
            visitRow(row);
        const QList<QPushButton*> buttons = wizard.currentPage()->findChildren<QPushButton*>();
        for (QPushButton* button : buttons) {
            if (!button->objectName().startsWith(QLatin1String("fixButton_")) || !button->isVisible()
                || !button->isEnabled())
                continue;
            const QString fixId = button->objectName().mid(int(qstrlen("fixButton_")));
            button->click();
            FixDialog* dialog = nullptr;
            if (!QTest::qWaitFor(
                        [&] {
                            dialog = wizard.currentPage()->findChild<FixDialog*>();
                            return dialog && dialog->isVisible() && dialog->stage() != FixDialog::Stage::Idle
                                   && dialog->stage() != FixDialog::Stage::Previewing;
                        },
                        ScenarioWizard::kTimeout_ms)) {
                *why = QStringLiteral("the dialog of %1 did not show its preview").arg(fixId);
                return -1;
            }
            ++dialogs;
            QTest::qWait(100); // the dialog lays out its texts
            visitDialog(fixId, dialog);
            const QPointer<FixDialog> closing(dialog);
            dialog->reject(); // deleted on close: the next fix opens a dialog of its own
            if (!QTest::qWaitFor([&] { return closing.isNull(); }, ScenarioWizard::kTimeout_ms)) {
                *why = QStringLiteral("the dialog of %1 did not close").arg(fixId);
                return -1;
            }
        }
    }
    return dialogs;
}

} // namespace mars::guitest
