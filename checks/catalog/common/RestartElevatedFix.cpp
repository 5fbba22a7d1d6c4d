// SPDX-License-Identifier: MIT
#include "RestartElevatedFix.h"

#include "catalog/common/AccountText.h"
#include "system/SystemProbe.h"

#include <QCoreApplication>

#include <utility>

namespace mars {

RestartElevatedFix::RestartElevatedFix(QString checkId)
    : m_checkId(std::move(checkId))
{
}

FixInfo RestartElevatedFix::info() const
{
    return {.id = id(), .checkId = m_checkId, .title = tr("Restart as administrator")};
}

FixPlan RestartElevatedFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("Nothing on the machine changed; a copy running as administrator may have started: close "
                            "any extra troubleshooter windows.");
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    plan.reversible = false;
    plan.recheckAll = true; // every check's answer can change with the rights it runs with
    plan.undoDescription = tr("Nothing on the machine changes; close the new window to go back.");
    const Probed<AccountInfo> account = context.system().machine().account();
    if (!account.ok()) {
        plan.summary = tr("Could not read this program's rights.");
        plan.cannotApplyReason = account.reason;
        return plan;
    }
    const TokenElevation elevation = account.value.elevation;
    plan.changes.append(
            {tr("This troubleshooter window"), elevationId(elevation), elevationId(TokenElevation::Elevated)});
    plan.summary = tr("The troubleshooter closes and starts again with administrator rights. Windows asks you to "
                      "confirm. Your answers on the first page are kept.");
    plan.elevation = Elevation::Needed;
    if (elevation == TokenElevation::Elevated) {
        plan.cannotApplyReason = tr("The troubleshooter already runs as administrator.");
        plan.elevation = Elevation::Held;
        return plan;
    }
    if (elevation == TokenElevation::NotAdmin) {
        plan.cannotApplyReason = tr("This account is not an administrator, so Windows cannot start the program "
                                    "with administrator rights. Sign in with an administrator account.");
        return plan;
    }
    const Probed<OsInfo> os = context.system().machine().osInfo();
    if (!os.ok() || !os.value.isWindows) {
        // Never run sudo silently: explain what to do instead.
        plan.cannotApplyReason =
                context.system()
                        .machine()
                        .relaunchElevated(relaunchArguments(QCoreApplication::arguments().mid(1), QLocale()))
                        .message;
        return plan;
    }
    plan.canApply = true;
    return plan;
}

QStringList RestartElevatedFix::relaunchArguments(const QStringList& arguments, const QLocale& shown)
{
    const QString option = QStringLiteral("--language");
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == option) {
            ++i; // and its value
            continue;
        }
        if (!arguments.at(i).startsWith(option + u'='))
            out.append(arguments.at(i));
    }
    if (shown.language() != QLocale::C)
        out << option << shown.name();
    return out;
}

FixOutcome RestartElevatedFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    Q_UNUSED(plan);
    FixOutcome outcome;
    outcome.fixId = info().id;
    const Probed<AccountInfo> before = context.system().machine().account();
    outcome.before.insert(QStringLiteral("elevation"), before.ok() ? elevationId(before.value.elevation) : QString());
    const RelaunchResult result = context.system().machine().relaunchElevated(
            relaunchArguments(QCoreApplication::arguments().mid(1), QLocale()));
    outcome.summary = result.message;
    switch (result.status) {
    case RelaunchStatus::Started:
        outcome.result = FixResult::Applied;
        outcome.followUp = FollowUp::QuitApplication;
        break;
    case RelaunchStatus::SimulatedElevated: outcome.result = FixResult::Applied; break;
    case RelaunchStatus::DeclinedByUser: outcome.result = FixResult::Cancelled; break;
    case RelaunchStatus::NotSupported: outcome.result = FixResult::NotAllowed; break;
    case RelaunchStatus::Failed: outcome.result = FixResult::Failed; break;
    }
    const Probed<AccountInfo> after = context.system().machine().account();
    outcome.after.insert(QStringLiteral("elevation"), after.ok() ? elevationId(after.value.elevation) : QString());
    return outcome;
}

} // namespace mars
