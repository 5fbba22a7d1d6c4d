// SPDX-License-Identifier: MIT
#include "Fix.h"

#include <QCoreApplication>

namespace mars {

FixOutcome Fix::undo(const CheckContext& context, const QJsonObject& undoData) const
{
    Q_UNUSED(context);
    Q_UNUSED(undoData);
    FixOutcome outcome;
    outcome.fixId = info().id;
    outcome.result = FixResult::NotAllowed;
    outcome.summary = QCoreApplication::translate("mars::Fix", "This fix cannot be undone.");
    return outcome;
}

QString fixResultId(FixResult result)
{
    switch (result) {
    case FixResult::Applied: return QStringLiteral("applied");
    case FixResult::PartlyApplied: return QStringLiteral("partly_applied");
    case FixResult::NothingToDo: return QStringLiteral("nothing_to_do");
    case FixResult::Failed: return QStringLiteral("failed");
    case FixResult::Cancelled: return QStringLiteral("cancelled");
    case FixResult::NotAllowed: return QStringLiteral("not_allowed");
    case FixResult::Started: return QStringLiteral("started");
    }
    return QStringLiteral("failed");
}

} // namespace mars
