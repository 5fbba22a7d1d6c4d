// SPDX-License-Identifier: MIT
#include "SessionId.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace mars {

QString newSessionId()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const quint32 random = QRandomGenerator::global()->bounded(0x1000000u);
    return stamp + QLatin1Char('-') + QStringLiteral("%1").arg(random, 6, 16, QLatin1Char('0'));
}

} // namespace mars
