// SPDX-License-Identifier: MIT
#include "ExistingAgentCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/AgentVersions.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/DocLinks.h"
#include "catalog/install/StartAgentServiceFix.h"
#include "system/SystemProbe.h"

namespace mars {

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
    using agent::AgentVersions;
    using agent::VersionMilestone;
    const agent::VersionFact withoutAcs = AgentVersions::minimum(VersionMilestone::MinimumWithoutAcs);
    const agent::VersionFact vaultCredentials = AgentVersions::minimum(VersionMilestone::MinimumForVaultCredentials);
    const agent::VersionFact newest = AgentVersions::newestKnown();

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
    // Install guide (08/2025) and support matrix (11/2025): the current agent installer
    // requires .NET Framework 4.8 ("previously 4.5").
    const QString upgrade = tr("Download the latest agent from %1 and run it on this server; it upgrades the "
                               "installed agent in place and keeps its registration. Current agents need .NET "
                               "Framework 4.8: install it first if this server has an older one.")
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
    } else if (current < withoutAcs.packed()) {
        problems.append({Verdict::Fail,
                         tr("Agent version %1 is older than %2 and can no longer talk to Azure Backup: "
                            "upgrade it and register the server again.")
                                 .arg(version.value, withoutAcs.version),
                         upgrade + QLatin1Char(' ')
                                 + tr("Then register the server again with a freshly downloaded vault credentials "
                                      "file."),
                         {}});
    } else if (current < vaultCredentials.packed()) {
        problems.append({registering ? Verdict::Fail : Verdict::Warning,
                         tr("Agent version %1 is older than %2 and cannot read current vault credentials files, so "
                            "registration fails: upgrade it.")
                                 .arg(version.value, vaultCredentials.version),
                         upgrade,
                         {}});
    } else if (current < newest.packed()) {
        problems.append({Verdict::Warning,
                         tr("Agent version %1 is older than %2, the newest version known to this tool (from %3): "
                            "upgrade it.")
                                 .arg(version.value, newest.version, newest.sourceWithDate()),
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
                          : tr("The wizard's fix starts the service; or run \"net start %1\" as administrator.")
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
                tr("Agent version %1 is installed and its service is running; the newest version known to this "
                   "tool is %2 (from %3).")
                        .arg(version.value, newest.version, newest.sourceWithDate()),
                tr("The installed agent could not be checked completely."));
    f.addEvidence(QStringLiteral("installed"), tr("Agent installed"), tr("yes"))
            .addEvidence(QStringLiteral("install_path"), tr("Install folder"), installed.path)
            .addEvidence(QStringLiteral("engine_path"), tr("Engine file"), engine)
            .addEvidence(QStringLiteral("agent_version"), tr("Agent version"),
                         version.ok() ? version.value : tr("not readable"))
            .addEvidence(QStringLiteral("latest_known_version"), tr("Newest version known to this tool"),
                         newest.version)
            .addEvidence(QStringLiteral("latest_known_source"), tr("Known from"),
                         newest.sourceWithDate() + QStringLiteral(" (") + newest.reference + QLatin1Char(')'))
            .addEvidence(QStringLiteral("service_state"), tr("Service %1").arg(name),
                         service.ok() ? serviceStateId(service.value.state) : tr("not readable"));
    if (service.ok())
        f.addEvidence(QStringLiteral("service_start_type"), tr("Service start type"),
                      serviceStartTypeId(service.value.startType));
    if (f.verdict != Verdict::Error) {
        for (const Problem& p : problems)
            f.detail += p.sentence + QLatin1Char(' ');
        f.detail += tr("Version read from %1 (file version). Milestones: below %2 the agent used the retired ACS "
                       "(error 0x1FBD3; %3); below %4 it cannot parse current vault credentials (%5). A newer "
                       "agent than %6 may have been published since %7. Service %8 queried through the service "
                       "manager.")
                            .arg(engine, withoutAcs.version, withoutAcs.sourceWithDate(), vaultCredentials.version,
                                 vaultCredentials.sourceWithDate(), newest.version, newest.sourceWithDate(), name);
    }
    return f;
}

} // namespace mars
