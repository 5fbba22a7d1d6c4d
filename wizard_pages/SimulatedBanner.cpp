// SPDX-License-Identifier: MIT
#include "SimulatedBanner.h"

#include "logging/Redactor.h"

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
    const QLatin1String prefix("SIMULATED:");
    if (name.startsWith(prefix, Qt::CaseInsensitive))
        name = name.mid(prefix.size()).trimmed();
    // A scenario's name is a file's text, shown in the banner and window title: the Redactor's
    // patterns apply (a SAS URL pasted into it); nothing typed reaches it.
    static const Redactor patterns;
    return patterns.redact(name);
}

} // namespace mars
