// SPDX-License-Identifier: MIT
#include "FixOption.h"

#include <QCoreApplication>

namespace mars {

QVariant FixOption::normalized(const QVariant& value, bool simulated) const
{
    const QVariant fallback = defaultFor(simulated);
    if (!value.isValid())
        return fallback;
    switch (kind) {
    case Kind::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        return ok ? QVariant(int(qBound(qlonglong(minimum), number, qlonglong(maximum)))) : fallback;
    }
    case Kind::Text: return value.toString().trimmed();
    case Kind::Choice: return choices.contains(value.toString()) ? QVariant(value.toString()) : fallback;
    }
    return fallback;
}

QString FixOption::describe(bool simulated) const
{
    const QVariant fallback = defaultFor(simulated);
    QString shown;
    QString byDefault = fallback.toString();
    switch (kind) {
    case Kind::Integer:
        shown = QStringLiteral("%1 %2-%3%4").arg(label).arg(minimum).arg(maximum).arg(suffix);
        if (fallback.toInt() == minimum && !minimumText.isEmpty())
            byDefault = minimumText;
        break;
    case Kind::Text: shown = label; break;
    case Kind::Choice: {
        const qsizetype at = choices.indexOf(fallback.toString());
        if (at >= 0 && at < choiceLabels.size())
            byDefault = choiceLabels.at(at);
        shown = QStringLiteral("%1 %2").arg(label, choiceLabels.join(QLatin1String(" | ")));
        break;
    }
    }
    return QCoreApplication::translate("mars::FixOption", "%1 (default: %2)").arg(shown.simplified(), byDefault);
}

} // namespace mars
