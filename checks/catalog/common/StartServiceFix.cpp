// SPDX-License-Identifier: MIT
#include "StartServiceFix.h"

#include "FixRights.h"
#include "catalog/agent/ServiceText.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <spdlog/spdlog.h>

#include <utility>

namespace mars {

StartServiceFix::StartServiceFix(Target target)
    : m_target(std::move(target))
{
}

FixInfo StartServiceFix::info() const
{
    return {.id = m_target.fixId, .checkId = m_target.checkId, .title = m_target.title};
}

FixPlan StartServiceFix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("The service may be starting or still stopped: look at it in services.msc, start it if it "
                            "is stopped, then run the check again.");
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    plan.reversible = false;
    const QString name = m_target.service;
    plan.undoDescription = tr("Starting the service changes no setting. To stop it again, run \"net stop %1\" as "
                              "administrator.")
                                   .arg(name);
    plan.parameters.insert(QStringLiteral("service"), name);
    plan.elevation = Elevation::Needed;
    const SystemProbe& system = context.system();
    const Probed<ServiceInfo> service = system.services().service(name);
    if (!service.ok()) {
        plan.summary = service.status == ProbeStatus::NotFound
                               ? tr("The service %1 is not installed on this server.").arg(name)
                               : tr("The state of the service %1 could not be read.").arg(name);
        plan.cannotApplyReason = service.reason;
        return plan;
    }
    const ServiceInfo& s = service.value;
    const QString target = s.displayName.isEmpty() || s.displayName == name
                                   ? name
                                   : QStringLiteral("%1 (%2)").arg(s.displayName, name);
    plan.changes.append({target, serviceStateText(s.state), serviceStateText(ServiceState::Running)});
    plan.itemCount = 1;
    plan.summary = tr("Start the service %1, which is %2 now.").arg(target, serviceStateText(s.state));
    if (s.state == ServiceState::Running || s.state == ServiceState::StartPending) {
        plan.cannotApplyReason = tr("The service %1 is already %2.").arg(name, serviceStateText(s.state));
        return plan;
    }
    if (s.startType == ServiceStartType::Disabled) {
        plan.cannotApplyReason = tr("The service %1 is disabled, so it cannot be started. As administrator run "
                                    "\"sc config %1 start= auto\", then run this fix again.")
                                         .arg(name);
        return plan;
    }
    // Never elevated silently: without the full token the plan says "Restart as administrator".
    FixRights::settle(plan, context, tr("Starting the service %1").arg(name));
    return plan;
}

FixOutcome StartServiceFix::apply(const CheckContext& context, const FixPlan& /*plan: only ever names m_target*/) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const SystemProbe& system = context.system();
    const QString name = m_target.service;
    outcome.before.insert(QStringLiteral("service"), name);
    const Probed<ServiceInfo> before = system.services().service(name);
    outcome.before.insert(QStringLiteral("state"), before.ok() ? serviceStateId(before.value.state) : QString());
    if (!before.ok()) {
        outcome.result = FixResult::Failed;
        outcome.summary = tr("The service %1 could not be read: %2").arg(name, before.reason);
        return outcome;
    }
    if (before.value.state == ServiceState::Running) {
        outcome.result = FixResult::NothingToDo;
        outcome.summary = tr("The service %1 was already running.").arg(name);
        outcome.after.insert(QStringLiteral("state"), serviceStateId(ServiceState::Running));
        return outcome;
    }

    auto audit = Logging::logger(QStringLiteral("audit"));
    audit->info("starting service {} (was {})", name.toStdString(), serviceStateId(before.value.state).toStdString());
    const Probed<ServiceState> started = system.services().startService(name);
    // What the service manager says now, whatever StartService answered.
    const Probed<ServiceInfo> after = system.services().service(name);
    const ServiceState now = after.ok() ? after.value.state : started.ok() ? started.value : ServiceState::Other;
    outcome.after.insert(QStringLiteral("state"), serviceStateId(now));
    if (!started.ok()) {
        outcome.result = FixResult::Failed;
        outcome.after.insert(QStringLiteral("error"), started.reason);
        outcome.summary = tr("The service %1 could not be started: %2").arg(name, started.reason);
    } else if (now == ServiceState::Running || now == ServiceState::StartPending) {
        outcome.result = FixResult::Applied;
        outcome.summary = tr("The service %1 is %2.").arg(name, serviceStateText(now));
    } else {
        outcome.result = FixResult::Failed;
        outcome.summary = tr("The service %1 was started but is %2 now; look at the System event log for the reason.")
                                  .arg(name, serviceStateText(now));
    }
    audit->info("start of service {}: {}", name.toStdString(), outcome.summary.toStdString());
    return outcome;
}

} // namespace mars
