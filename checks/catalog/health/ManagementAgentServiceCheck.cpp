// SPDX-License-Identifier: MIT
#include "ManagementAgentServiceCheck.h"

#include "StartManagementAgentFix.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

CheckInfo ManagementAgentServiceCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("I2"),
            .phases = Phase::Register,
            .title = tr("Management agent service"),
            .whyItMatters = tr("The management agent reports the agent's jobs and alerts to the Azure portal; while "
                               "it is stopped, backups may run but the portal does not show them."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding ManagementAgentServiceCheck::run(const CheckContext& context) const
{
    QString installDir;
    Finding f;
    if (!readInstalledAgent(context, &installDir, &f))
        return f;
    const QString name = serviceName();
    const Probed<ServiceInfo> service = context.system().services().service(name);
    if (service.status == ProbeStatus::NotFound) {
        f = makeFinding(Verdict::Warning,
                        tr("The agent is installed, but its management agent service (%1) was not found, so jobs and "
                           "alerts may not reach the Azure portal.")
                                .arg(name));
        f.remedy = tr("Open services.msc and look for \"Microsoft Azure Recovery Services Management Agent\". If it "
                      "is not there, reinstall the agent (download it from %1 and run it as administrator).")
                           .arg(agent::downloadUrl());
        f.detail = tr("The service name %1 is the one community tools use; Microsoft documents only the display name, "
                      "so a differently named service would not be found here.")
                           .arg(name);
        f.addEvidence(QStringLiteral("service_state"), tr("Service %1").arg(name), tr("not installed"));
        return f;
    }
    if (!service.ok())
        return probeError(tr("The state of the management agent service (%1) could not be read.").arg(name),
                          service.reason);
    const ServiceInfo& s = service.value;
    const QString consequence = tr("so jobs and alerts do not reach the Azure portal");
    if (s.state == ServiceState::Running || s.state == ServiceState::StartPending) {
        f = makeFinding(Verdict::Pass,
                        tr("The management agent service (%1) is %2.").arg(name, serviceStateText(s.state)));
    } else if (s.startType == ServiceStartType::Disabled) {
        f = makeFinding(Verdict::Warning,
                        tr("The management agent service (%1) is disabled, %2.").arg(name, consequence));
        f.remedy = tr("As administrator run: sc config %1 start= auto, then net start %1.").arg(name);
    } else if (s.state == ServiceState::Stopped) {
        f = makeFinding(Verdict::Warning,
                        tr("The management agent service (%1) is stopped, %2.").arg(name, consequence));
        f.remedy = tr("Start it with the wizard's fix (or run \"net start %1\" as administrator). If it will not "
                      "start, its log is %2\\Temp\\GatewayProvider*.errlog.")
                           .arg(name, installDir);
        f.fixIds = QStringList{StartManagementAgentFix::id()};
    } else {
        f = makeFinding(Verdict::Warning, tr("The management agent service (%1) is %2 instead of running, %3.")
                                                  .arg(name, serviceStateText(s.state), consequence));
        f.remedy = tr("As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.")
                           .arg(name);
    }
    f.addEvidence(QStringLiteral("service_state"), tr("Service %1").arg(name), serviceStateId(s.state))
            .addEvidence(QStringLiteral("start_type"), tr("Start type"), serviceStartTypeId(s.startType));
    return f;
}

} // namespace mars
