// SPDX-License-Identifier: MIT
#include "ReportSaveDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace mars {

namespace {
// Texts::tr, not a lambda: lupdate files a free function's texts under its namespace, so they
// would never match this context at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::ReportSaveDialog)
};
} // namespace

QFileDialog* makeReportSaveDialog(QWidget* parent, const QString& sessionId, const QString& objectName)
{
    auto* dialog = new QFileDialog(parent, Texts::tr("Save the report"));
    dialog->setObjectName(objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters{Texts::tr("HTML report, opens in any browser (*.html)"),
                              Texts::tr("JSON report, for second-line support (*.json)"),
                              Texts::tr("Ticket summary, Markdown (*.md)"), Texts::tr("Plain text (*.txt)")};
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
