// SPDX-License-Identifier: MIT
#include "ObEngineServiceCheck.h"

#include "StartObEngineServiceFix.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

namespace {
const char* const kKb4022913 = "https://support.microsoft.com/help/4022913";
} // namespace

CheckInfo ObEngineServiceCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("I1"),
            .phases = Phase::Register,
            .title = tr("Agent service (obengine)"),
            .whyItMatters = tr("The agent registers the server and runs every backup through its service obengine; "
                               "while it is stopped, registration fails with \"can't connect to the OBEngine "
                               "service\"."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding ObEngineServiceCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const QString name = agent::serviceName();
    const Probed<ServiceInfo> service = context.system().services().service(name);
    if (service.status == ProbeStatus::NotFound) {
        const agent::Location installed = agent::installedPath(context);
        if (!installed.reason.isEmpty())
            return probeError(tr("Could not find out whether the agent is installed."), installed.reason);
        if (installed.path.isEmpty() && context.inputs().goal == Goal::Install) {
            f = makeFinding(Verdict::NotApplicable,
                            tr("The agent is not installed yet, so its service does not exist yet."));
        } else if (installed.path.isEmpty()) {
            f = makeFinding(Verdict::Fail, tr("The agent's service (%1) does not exist because the agent is not "
                                              "installed: install the agent first.")
                                                   .arg(name));
            f.remedy = tr("Download the agent from %1, install it, then run this troubleshooter again.")
                               .arg(agent::downloadUrl());
        } else {
            f = makeFinding(Verdict::Fail, tr("The agent is installed in %1, but its service (%2) is missing, so the "
                                              "installation is broken.")
                                                   .arg(installed.path, name));
            f.remedy = tr("Reinstall the agent: download it from %1 and run it as administrator; keep the encryption "
                          "passphrase at hand in case the server has to be registered again.")
                               .arg(agent::downloadUrl());
        }
        f.addEvidence(QStringLiteral("service_state"), tr("Service %1").arg(name), tr("not installed"));
        return f;
    }
    if (!service.ok())
        return probeError(tr("The state of the agent's service (%1) could not be read.").arg(name), service.reason);

    const ServiceInfo& s = service.value;
    // KB4022913: with TLS 1.0 switched off and .NET not told to use TLS 1.2, the agent's services
    // do not start; the TLS checks of this troubleshooter (D1, D2) say whether that is the cause.
    const QString wontStart =
            tr("If it stops again or will not start, look at the TLS 1.2 checks of this troubleshooter (the agent's "
               "services fail to start when TLS 1.0 is off and .NET is not set to TLS 1.2, %1) and at the System "
               "event log.")
                    .arg(QLatin1String(kKb4022913));
    const bool disabled = s.startType == ServiceStartType::Disabled;
    if (s.state == ServiceState::Running && s.startType == ServiceStartType::Automatic) {
        f = makeFinding(Verdict::Pass, tr("The agent's service (%1) is running and starts automatically.").arg(name));
    } else if (s.state == ServiceState::Running) {
        f = makeFinding(Verdict::Warning, tr("The agent's service (%1) is running, but it is set to start %2, so it "
                                             "will not be running after the next restart.")
                                                  .arg(name, serviceStartTypeId(s.startType)));
        f.remedy = tr("As administrator run: sc config %1 start= auto").arg(name);
    } else if (s.state == ServiceState::StartPending) {
        f = makeFinding(Verdict::Warning, tr("The agent's service (%1) is still starting.").arg(name));
        f.remedy = tr("Wait a minute and run this check again.") + QLatin1Char(' ') + wontStart;
    } else if (s.state == ServiceState::Stopped && disabled) {
        f = makeFinding(Verdict::Fail, tr("The agent's service (%1) is stopped and disabled, so the server cannot be "
                                          "registered and no backup runs.")
                                               .arg(name));
        f.remedy = tr("As administrator run: sc config %1 start= auto, then net start %1.").arg(name) + QLatin1Char(' ')
                   + wontStart;
    } else if (s.state == ServiceState::Stopped) {
        f = makeFinding(Verdict::Fail, tr("The agent's service (%1) is stopped, so the server cannot be registered "
                                          "and no backup runs.")
                                               .arg(name));
        f.remedy = tr("Start it with the wizard's fix (or run \"net start %1\" as administrator).").arg(name)
                   + QLatin1Char(' ') + wontStart;
        f.fixIds = QStringList{StartObEngineServiceFix::id()};
    } else {
        f = makeFinding(Verdict::Fail,
                        tr("The agent's service (%1) is %2 instead of running.").arg(name, serviceStateText(s.state)));
        f.remedy = tr("As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.")
                           .arg(name)
                   + QLatin1Char(' ') + wontStart;
    }
    f.addEvidence(QStringLiteral("service_state"), tr("Service %1").arg(name), serviceStateId(s.state))
            .addEvidence(QStringLiteral("start_type"), tr("Start type"), serviceStartTypeId(s.startType))
            .addEvidence(QStringLiteral("account"), tr("Runs as"), s.account.isEmpty() ? tr("not known") : s.account);
    f.detail = tr("Queried the service manager for %1 (%2). The agent's service normally runs as LocalSystem; this "
                  "is shown, not judged (no Microsoft document states it).")
                       .arg(name, s.displayName.isEmpty() ? name : s.displayName);
    return f;
}

} // namespace mars
