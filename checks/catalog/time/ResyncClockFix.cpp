// SPDX-License-Identifier: MIT
#include "ResyncClockFix.h"

#include "ClockSkewCheck.h"
#include "StartTimeServiceFix.h"
#include "W32TimeServiceCheck.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/FixRights.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <spdlog/spdlog.h>

#include <cstdlib>

namespace mars {

namespace {
const QString kCommand = QStringLiteral("command");
const QString kSkew = QStringLiteral("skew_seconds");

// The command line resyncClock() runs, as the preview shows it: w32tm.exe in the system folder.
QString commandLine(const CheckContext& context)
{
    const Probed<QString> system32 = context.system().files().knownFolder(KnownFolder::System32);
    const QString folder = system32.ok() ? system32.value : QStringLiteral("%SystemRoot%\\System32");
    return folder + QStringLiteral("\\w32tm.exe ") + MachineProbe::resyncArguments().join(QLatin1Char(' '));
}

// Why Windows Time cannot resynchronise now, or empty when it is running.
QString serviceProblem(const CheckContext& context)
{
    const Probed<ServiceInfo> service = context.system().services().service(W32TimeServiceCheck::serviceName());
    if (service.status == ProbeStatus::NotFound)
        return ResyncClockFix::tr("The Windows Time service (W32Time) is not installed, so w32tm cannot set the "
                                  "clock. The Windows Time check says how to register it; then run this fix again.");
    if (!service.ok())
        return ResyncClockFix::tr("The state of the Windows Time service could not be read: %1").arg(service.reason);
    if (service.value.state == ServiceState::Running)
        return {};
    if (service.value.startType == ServiceStartType::Disabled)
        return ResyncClockFix::tr("The Windows Time service is disabled, so w32tm cannot set the clock. The Windows "
                                  "Time check says how to turn it on; then run this fix again.");
    return ResyncClockFix::tr("The Windows Time service is %1, and w32tm needs it running (it would answer "
                              "0x80070426). Start it first: \"%2\" (start_time_service) on the Windows Time check, "
                              "or as administrator run net start w32time; then run this fix again.")
            .arg(serviceStateText(service.value.state), StartTimeServiceFix().info().title);
}

QString utcText(const Probed<ClockInfo>& clock)
{
    return clock.ok() ? clock.value.utcNow.toString(Qt::ISODate) : QString();
}
} // namespace

FixInfo ResyncClockFix::info() const
{
    return {.id = id(), .checkId = ClockSkewCheck::id(), .title = title()};
}

FixPlan ResyncClockFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("The clock may or may not have been resynchronised: run the clock check again.");
    plan.fixId = id();
    plan.checkId = ClockSkewCheck::id();
    plan.elevation = Elevation::Needed;
    plan.reversible = false;
    plan.undoDescription = tr("This cannot be undone: the old time was wrong and is not worth restoring. Windows "
                              "Time keeps the clock right from now on.");
    const Probed<OsInfo> os = context.system().machine().osInfo();
    if (!os.ok() || !os.value.isWindows) {
        plan.summary = tr("This fix sets the clock with Windows Time, which exists only on Windows.");
        plan.cannotApplyReason =
                os.ok() ? tr("This computer does not run Windows; its clock is kept by its own time service.")
                        : tr("The Windows version could not be read: %1").arg(os.reason);
        return plan;
    }
    const QString command = commandLine(context);
    plan.parameters.insert(kCommand, command);

    // How far the clock jumps: what the check measured (its evidence), not probed again.
    bool known = false;
    const qint64 skew_s = context.checkFinding.evidenceValue(kSkew).toLongLong(&known);
    QString before = tr("not compared with Azure's time yet (run the clock check first)");
    QString after = tr("the time of its time source");
    QString jump;
    if (known) {
        plan.parameters.insert(kSkew, skew_s);
        const QString amount = ClockSkewCheck::durationText(skew_s);
        before = (skew_s > 0 ? tr("%1 ahead of Azure's time") : tr("%1 behind Azure's time")).arg(amount);
        jump = skew_s > 0 ? tr("it jumps back by about %1").arg(amount)
                          : tr("it jumps forward by about %1").arg(amount);
        after = tr("the time of its time source (%1)").arg(jump);
    }
    plan.changes.append({tr("This server's clock"), before, after});
    plan.itemCount = 1;
    plan.summary = tr("Run %1 as administrator: Windows Time asks its time source for the time and sets this "
                      "server's clock to it.")
                           .arg(command);
    if (known)
        plan.summary += u' ' + tr("The clock is %1, so %2.").arg(before, jump);
    plan.summary += u' '
                    + tr("On a domain member the time source is the domain controller: if the domain controller's "
                         "time is wrong, set it right there, or this server follows it.")
                    + u' ' + tr("This needs administrator rights and cannot be undone.");

    if (known && ClockSkewCheck::wholeHours(skew_s) > 0) {
        plan.cannotApplyReason = tr("The difference from Azure's time is close to a whole number of hours (%1 h): the "
                                    "time zone is probably wrong, not the clock, and setting the clock would not "
                                    "help. See the time zone check.")
                                         .arg(ClockSkewCheck::wholeHours(skew_s));
        return plan;
    }
    if (known && std::llabs(skew_s) <= ClockSkewCheck::kPass_s) {
        plan.cannotApplyReason = tr("This server's clock already matches Azure's time; there is nothing to set.");
        return plan;
    }
    plan.cannotApplyReason = serviceProblem(context);
    if (!plan.cannotApplyReason.isEmpty())
        return plan;
    // Never elevated silently: without the full token the plan says "Restart as administrator".
    FixRights::settle(plan, context, tr("Setting the clock (w32tm /resync)"));
    return plan;
}

FixOutcome ResyncClockFix::apply(const CheckContext& context, const FixPlan& plan) const
{
    FixOutcome outcome;
    outcome.fixId = id();
    const MachineProbe& machine = context.system().machine();
    if (plan.parameters.contains(kSkew))
        outcome.before.insert(kSkew, plan.parameters.value(kSkew).toLongLong());
    outcome.before.insert(QStringLiteral("machine_utc"), utcText(machine.clock()));

    auto audit = Logging::logger(QStringLiteral("audit"));
    audit->info("{}: running {}", id().toStdString(), plan.parameters.value(kCommand).toString().toStdString());
    const Probed<ClockResync> resync = machine.resyncClock(context.stopToken());
    outcome.after.insert(kCommand, resync.value.command);
    outcome.after.insert(QStringLiteral("exit_code"), resync.value.exitCode);
    outcome.after.insert(QStringLiteral("output"), resync.value.output);
    outcome.after.insert(QStringLiteral("machine_utc"), utcText(machine.clock()));
    if (resync.ok()) {
        outcome.result = FixResult::Applied;
        outcome.summary = tr("Windows Time set the clock from its time source. The clock check runs again to compare "
                             "it with Azure's time.");
    } else {
        outcome.result = context.isCancelled() ? FixResult::Cancelled : FixResult::Failed;
        outcome.after.insert(QStringLiteral("error"), resync.reason);
        outcome.summary = tr("The clock was not set: %1").arg(resync.reason);
        if (resync.osError == 1062) // ERROR_SERVICE_NOT_ACTIVE
            outcome.summary += u' '
                               + tr("Start Windows Time first (\"%1\" on the Windows Time check), then run this "
                                    "fix again.")
                                         .arg(StartTimeServiceFix().info().title);
        else if (resync.status == ProbeStatus::Denied)
            outcome.summary += u' ' + tr("Use \"Restart as administrator\" first, then run this fix again.");
    }
    audit->info("{}: {} - {}", id().toStdString(), fixResultId(outcome.result).toStdString(),
                outcome.summary.toStdString());
    return outcome;
}

} // namespace mars
