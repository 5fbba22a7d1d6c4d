// SPDX-License-Identifier: MIT
#include "ReportSaveDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace mars {

QFileDialog* makeReportSaveDialog(QWidget* parent, const QString& sessionId, const QString& objectName)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("mars::ReportSaveDialog", text); };
    auto* dialog = new QFileDialog(parent, tr("Save the report"));
    dialog->setObjectName(objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters{tr("HTML report, opens in any browser (*.html)"),
                              tr("JSON report, for second-line support (*.json)"),
                              tr("Ticket summary, Markdown (*.md)"), tr("Plain text (*.txt)")};
    static const QStringList suffixes{QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("md"),
                                      QStringLiteral("txt")};
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(suffixes.constFirst());
    dialog->selectFile(QStringLiteral("mars-troubleshooter-%1.html").arg(sessionId));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString& filter) {
        const qsizetype i = filters.indexOf(filter);
        if (i >= 0)
            dialog->setDefaultSuffix(suffixes.at(i));
    });
    return dialog;
}

} // namespace mars
