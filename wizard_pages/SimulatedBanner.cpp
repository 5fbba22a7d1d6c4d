// SPDX-License-Identifier: MIT
#include "SimulatedBanner.h"

#include "logging/Redactor.h"

#include <QCoreApplication>

namespace mars {

SimulatedBanner::SimulatedBanner(const QString& systemDescription, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("simulatedBanner"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setText(tr("SIMULATED MACHINE (%1). Nothing on these pages describes this computer, and fixes change only the "
               "simulation.")
                    .arg(simulationName(systemDescription)));
    setStyleSheet(QStringLiteral("QLabel#simulatedBanner { background: #fff3cd; color: #4a3000; "
                                 "border: 2px solid #d39e00; border-radius: 3px; padding: 4px 8px; "
                                 "font-weight: bold; }"));
    setAccessibleName(tr("Simulated machine"));
}

QString SimulatedBanner::simulationName(const QString& systemDescription)
{
    QString name = systemDescription.trimmed();
    // ScenarioSystem describes itself as tr("SIMULATED: %1"), in the language of the moment: the
    // words around %1 come off in English and in that language (the title said "SIMULIERT:" twice).
    const QString pattern = QCoreApplication::translate("mars::ScenarioSystem", "SIMULATED: %1");
    for (const QString& around : {QStringLiteral("SIMULATED: %1"), pattern}) {
        const QString before = around.section(QStringLiteral("%1"), 0, 0).trimmed();
        const QString after = around.section(QStringLiteral("%1"), 1).trimmed();
        if (!before.isEmpty() && name.startsWith(before, Qt::CaseInsensitive)) {
            name = name.mid(before.size()).trimmed();
            if (!after.isEmpty() && name.endsWith(after, Qt::CaseInsensitive))
                name.chop(after.size());
            name = name.trimmed();
            break;
        }
        if (before.isEmpty() && !after.isEmpty() && name.endsWith(after, Qt::CaseInsensitive)) {
            name = name.chopped(after.size()).trimmed();
            break;
        }
    }
    // A scenario's name is a file's text, shown in the banner and window title: the Redactor's
    // patterns apply (a SAS URL pasted into it); nothing typed reaches it.
    static const Redactor patterns;
    return patterns.redact(name);
}

} // namespace mars
