// SPDX-License-Identifier: MIT
#include "ExistingAgentCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/DocLinks.h"
#include "catalog/install/StartAgentServiceFix.h"
#include "system/SystemProbe.h"

namespace mars {

namespace {
quint64 packed(const char* version)
{
    quint64 value = 0;
    agent::parseVersion(QLatin1String(version), &value);
    return value;
}
} // namespace

QString ExistingAgentCheck::enginePath(const QString& installFolder)
{
    return agent::joinPath(agent::joinPath(installFolder, QStringLiteral("bin")), QStringLiteral("cbengine.exe"));
}

CheckInfo ExistingAgentCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A11"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Installed agent version and service"),
            .whyItMatters =
                    tr("Old agents cannot read current vault credentials or talk to Azure Backup, and a stopped "
                       "agent service cannot register or back up."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 15000};
}

Finding ExistingAgentCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const SystemProbe& system = context.system();
    const QString download = agent::downloadUrl();
    const bool registering = context.inputs().goal != Goal::Install;

    agent::Location installed = agent::installedPath(context);
    installed.path = tidyPath(installed.path);
    if (installed.path.isEmpty()) {
        const Probed<RegistryValue> setup = system.registry().readRegistry(
                RegistryHive::LocalMachine, agent::setupKey(), agent::installPathValue(), RegistryView::Native64);
        if (!setup.ok() && setup.status != ProbeStatus::NotFound)
            return probeError(tr("Could not find out whether the agent is installed."), setup.reason);
        if (registering) {
            f = makeFinding(Verdict::Fail, tr("The agent is not installed, so this server cannot be registered yet: "
                                              "install the agent first."));
            f.remedy = tr("Download the agent from %1, install it, then run this troubleshooter again.").arg(download);
        } else {
            f = makeFinding(Verdict::Pass, tr("The agent is not installed yet, so this will be a fresh installation."));
        }
        f.addEvidence(QStringLiteral("installed"), tr("Agent installed"), tr("no"));
        f.detail = tr("No InstallPath value under HKLM\\%1.").arg(agent::setupKey());
        return f;
    }

    QList<Problem> problems;
    const QString reinstall =
            tr("Reinstall the agent: download it from %1 and run it. If setup refuses, uninstall "
               "\"Microsoft Azure Recovery Services Agent\" in Programs and Features first, then "
               "install it again; keep the encryption passphrase at hand in case the server has to be "
               "registered again.")
                    .arg(download);
    const QString upgrade = tr("Download the latest agent from %1 and run it on this server; it upgrades the "
                               "installed agent in place and keeps its registration.")
                                    .arg(download);
    const QString engine = enginePath(installed.path);
    const Probed<QString> version = system.files().fileVersion(engine);
    quint64 current = 0;
    if (version.status == ProbeStatus::NotFound) {
        problems.append({Verdict::Fail,
                         tr("The agent's program file cbengine.exe is missing from %1, so the "
                            "installation is broken.")
                                 .arg(installed.path),
                         reinstall,
                         {}});
    } else if (!version.ok()) {
        problems.append(
                {Verdict::Error, tr("The version of %1 could not be read: %2").arg(engine, version.reason), {}, {}});
    } else if (!agent::parseVersion(version.value, &current)) {
        problems.append({Verdict::Error,
                         tr("The version of %1 is \"%2\", which is not a version number.").arg(engine, version.value),
                         {},
                         {}});
    } else if (current < packed(kMinimumWorking)) {
        problems.append({Verdict::Fail,
                         tr("Agent version %1 is older than %2 and can no longer talk to Azure Backup: "
                            "upgrade it and register the server again.")
                                 .arg(version.value, QLatin1String(kMinimumWorking)),
                         upgrade + QLatin1Char(' ')
                                 + tr("Then register the server again with a freshly downloaded vault credentials "
                                      "file."),
                         {}});
    } else if (current < packed(kMinimumForRegistration)) {
        problems.append({registering ? Verdict::Fail : Verdict::Warning,
                         tr("Agent version %1 is older than %2 and cannot read current vault credentials files, so "
                            "registration fails: upgrade it.")
                                 .arg(version.value, QLatin1String(kMinimumForRegistration)),
                         upgrade,
                         {}});
    } else if (current < packed(kLatestKnown)) {
        problems.append({Verdict::Warning,
                         tr("Agent version %1 is older than %2, the latest version we know of: "
                            "upgrade it.")
                                 .arg(version.value, QLatin1String(kLatestKnown)),
                         upgrade,
                         {}});
    }

    const QString name = agent::serviceName();
    const Probed<ServiceInfo> service = system.services().service(name);
    if (service.status == ProbeStatus::NotFound) {
        problems.append({Verdict::Fail,
                         tr("The agent's service (%1) is not installed, so the installation is broken.").arg(name),
                         reinstall,
                         {}});
    } else if (!service.ok()) {
        problems.append({Verdict::Error,
                         tr("The state of the service %1 could not be read: %2").arg(name, service.reason),
                         {},
                         {}});
    } else if (service.value.state == ServiceState::Stopped) {
        const bool disabled = service.value.startType == ServiceStartType::Disabled;
        problems.append(
                {Verdict::Warning,
                 tr("The agent's service (%1) is stopped, so it cannot register the server or run backups.").arg(name),
                 disabled ? tr("The service is disabled. As administrator run: sc config %1 start= auto, then "
                               "net start %1.")
                                    .arg(name)
                          : tr("Click the fix to start the service, or run \"net start %1\" as administrator.")
                                    .arg(name),
                 disabled ? QStringList() : QStringList{StartAgentServiceFix::id()}});
    } else if (service.value.state != ServiceState::Running && service.value.state != ServiceState::StartPending) {
        problems.append({Verdict::Warning,
                         tr("The agent's service (%1) is %2 instead of running.")
                                 .arg(name, serviceStateText(service.value.state)),
                         tr("Restart it as administrator: net stop %1, then net start %1. If it stays stuck, restart "
                            "the server.")
                                 .arg(name),
                         {}});
    }

    f = worstOf(problems,
                tr("Agent version %1 is installed and up to date, and its service is running.").arg(version.value),
                tr("The installed agent could not be checked completely."));
    f.addEvidence(QStringLiteral("installed"), tr("Agent installed"), tr("yes"))
            .addEvidence(QStringLiteral("install_path"), tr("Install folder"), installed.path)
            .addEvidence(QStringLiteral("engine_path"), tr("Engine file"), engine)
            .addEvidence(QStringLiteral("agent_version"), tr("Agent version"),
                         version.ok() ? version.value : tr("not readable"))
            .addEvidence(QStringLiteral("latest_known_version"), tr("Latest version we know of"),
                         QLatin1String(kLatestKnown))
            .addEvidence(QStringLiteral("service_state"), tr("Service %1").arg(name),
                         service.ok() ? serviceStateId(service.value.state) : tr("not readable"));
    if (service.ok())
        f.addEvidence(QStringLiteral("service_start_type"), tr("Service start type"),
                      serviceStartTypeId(service.value.startType));
    if (f.verdict != Verdict::Error) {
        for (const Problem& p : problems)
            f.detail += p.sentence + QLatin1Char(' ');
        f.detail += tr("Version read from %1 (file version). Milestones: below %2 the agent used the retired ACS "
                       "(error 0x1FBD3); below %3 it cannot parse current vault credentials. Service %4 queried "
                       "through the service manager.")
                            .arg(engine, QLatin1String(kMinimumWorking), QLatin1String(kMinimumForRegistration), name);
    }
    return f;
}

} // namespace mars
