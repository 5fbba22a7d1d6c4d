// SPDX-License-Identifier: MIT
#include "Fix.h"

#include "system/SystemProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mars {

namespace {
QString jsonText(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QCoreApplication::translate("mars::Fix", "(none)");
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}
} // namespace

FixPlan Fix::previewUndo(const CheckContext& context, const JournalEntry& entry) const
{
    Q_UNUSED(context);
    FixPlan plan;
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    plan.parameters.insert(QStringLiteral("entryId"), entry.entryId);
    plan.summary = QCoreApplication::translate("mars::Fix", "Put back what \"%1\" changed at %2.")
                           .arg(info().title, entry.time);
    QStringList keys = entry.before.keys() + entry.after.keys();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys))
        plan.changes.append({key, jsonText(entry.after.value(key)), jsonText(entry.before.value(key))});
    if (entry.undo.isEmpty()) {
        plan.cannotApplyReason = QCoreApplication::translate("mars::Fix", "This fix cannot be undone.");
    } else if (!entry.undoneBy.isEmpty()) {
        plan.cannotApplyReason = QCoreApplication::translate("mars::Fix", "This change was already undone.");
    } else {
        plan.canApply = true;
    }
    return plan;
}

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
    case FixResult::Interrupted: return QStringLiteral("interrupted");
    }
    return QStringLiteral("failed");
}

} // namespace mars

namespace mars {

QVariant Fix::option(const CheckContext& context, const QString& id) const
{
    const bool simulated = context.env.system && context.env.system->isSimulated();
    for (const FixOption& declared : info().options) {
        if (declared.id == id)
            return declared.normalized(context.fixOptions.value(id), simulated);
    }
    Q_ASSERT_X(false, "Fix::option", "the fix asked for an option it does not declare");
    return {};
}

} // namespace mars
