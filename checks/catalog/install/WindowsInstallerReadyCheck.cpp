// SPDX-License-Identifier: MIT
#include "WindowsInstallerReadyCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

// Sources of the three rules (dates of the copies read):
//  - The Windows Installer service is msiserver; setup and msiexec need it to start. A disabled
//    service makes every installation fail (Windows Installer error 1601, "The Windows
//    Installer service could not be accessed"). General Windows knowledge: no MARS document
//    names the service; the _MSIExecute Mutex page (learn.microsoft.com/windows/win32/msi/
//    -msiexecute-mutex) describes querying "the Windows Installer service" before installing.
//  - Another installation: the _MSIExecute Mutex page: while another installation runs, the
//    installer "returns ERROR_INSTALL_ALREADY_RUNNING (1618)". The signal read here is the
//    InProgress registry subkey, which Microsoft's Msizap documentation (learn.microsoft.com/
//    previous-versions/windows/it-pro/windows-server-2003/cc783013, "Msizap Syntax") names as
//    what an active or incomplete installation leaves behind ("remnants of an active
//    (incomplete) installation", "the InProgress registry subkey"). Its full path
//    HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Installer\InProgress is the one public
//    scripts test (found with the search tool); that page does not print it: UNCONFIRMED in a
//    Microsoft document. The mutex itself cannot be tested without taking it, so it is not.
//  - The cached package: KB4020490 (SupportArticles upgrade-mars-agent.md, 08/14/2020): the
//    agent update fails with error 1612 when the cached OBSAGENT.msi is missing from
//    C:\Windows\Installer. Where Windows Installer records that cache (InstallProperties
//    LocalPackage under UserData\S-1-5-18\Products\<packed product code>, per-machine
//    installations) is how public scripts find it (search tool); not in a Microsoft page read
//    here. The agent's product is found by its DisplayName, the name of its Uninstall entry
//    (mars-checks.md §1.1); that the MSI's own InstallProperties carry the same name is
//    UNCONFIRMED, so a product not found is said plainly and not counted as a fault.

QString WindowsInstallerReadyCheck::serviceName()
{
    return QStringLiteral("msiserver");
}

QString WindowsInstallerReadyCheck::inProgressKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\InProgress");
}

QString WindowsInstallerReadyCheck::productsKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\UserData\\S-1-5-18\\Products");
}

QString WindowsInstallerReadyCheck::agentProductName()
{
    return QStringLiteral("Microsoft Azure Recovery Services Agent");
}

CheckInfo WindowsInstallerReadyCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A12a"),
            .phases = Phase::Install,
            .title = tr("Windows Installer ready"),
            .whyItMatters = tr("The agent is installed and updated by Windows Installer: when its service is "
                               "disabled, another installation is running, or the agent's cached installer package "
                               "is gone, setup fails (errors 1618 and 1612) before it changes anything."),
            .docUrl = docs::marsTroubleshoot(), // KB4020490 (support.microsoft.com) is quoted by the remedy
            .deadline_ms = 15000};
}

Finding WindowsInstallerReadyCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const SystemProbe& system = context.system();
    QList<Problem> problems;
    QList<Evidence> evidence;

    // (a) The Windows Installer service.
    const QString service = serviceName();
    const Probed<ServiceInfo> msi = system.services().service(service);
    if (msi.status == ProbeStatus::NotFound) {
        evidence.append({QStringLiteral("msiserver_start_type"), tr("Windows Installer service"), tr("missing")});
        problems.append(
                {Verdict::Fail,
                 tr("The Windows Installer service (%1) is missing, so the agent's setup cannot run.").arg(service),
                 tr("Windows itself is damaged here: run \"sfc /scannow\" as administrator, restart the "
                    "server, and run this troubleshooter again."),
                 {}});
    } else if (!msi.ok()) {
        evidence.append({QStringLiteral("msiserver_start_type"), tr("Windows Installer service"), tr("not readable")});
        problems.append(
                {Verdict::Error,
                 tr("The state of the Windows Installer service (%1) could not be read: %2").arg(service, msi.reason),
                 {},
                 {}});
    } else {
        evidence.append({QStringLiteral("msiserver_start_type"), tr("Windows Installer service"),
                         serviceStartTypeId(msi.value.startType)});
        if (msi.value.startType == ServiceStartType::Disabled)
            problems.append({Verdict::Fail,
                             tr("The Windows Installer service (%1) is disabled, so the agent's setup cannot "
                                "install or update anything.")
                                     .arg(service),
                             tr("As administrator run: sc config %1 start= demand (its usual start type, "
                                "\"Manual\"), then run the agent's setup again. If a policy disabled it, ask the "
                                "server's administrators first.")
                                     .arg(service),
                             {}});
    }

    // (b) Another installation, running or interrupted.
    const Probed<QStringList> inProgress =
            system.registry().registrySubkeys(RegistryHive::LocalMachine, inProgressKey(), RegistryView::Native64);
    if (inProgress.ok()) {
        evidence.append({QStringLiteral("installation_in_progress"), tr("Another installation in progress"),
                         tr("yes (HKLM\\%1 exists)").arg(inProgressKey())});
        problems.append({Verdict::Fail,
                         tr("Another installation is running on this server, or one was interrupted, so the "
                            "agent's setup would stop with error 1618."),
                         tr("Let the other installation finish (Windows Update, software deployment), or restart "
                            "the server if none is running, then run this troubleshooter again before installing "
                            "the agent."),
                         {}});
    } else if (inProgress.status == ProbeStatus::NotFound) {
        evidence.append({QStringLiteral("installation_in_progress"), tr("Another installation in progress"), tr("no")});
    } else {
        evidence.append({QStringLiteral("installation_in_progress"), tr("Another installation in progress"),
                         tr("not readable")});
        problems.append({Verdict::Error,
                         tr("Whether another installation is running could not be read: %1").arg(inProgress.reason),
                         {},
                         {}});
    }

    // (c) The agent's cached installer package, when the agent is installed.
    const agent::Location installed = agent::installedPath(context);
    QString packageNote;
    if (!installed.reason.isEmpty()) {
        problems.append({Verdict::Error,
                         tr("Whether the agent is installed could not be read: %1").arg(installed.reason),
                         {},
                         {}});
    } else if (installed.path.isEmpty()) {
        evidence.append({QStringLiteral("agent_package"), tr("Agent's cached installer package"),
                         tr("not needed (agent not installed)")});
    } else {
        const Probed<QStringList> products =
                system.registry().registrySubkeys(RegistryHive::LocalMachine, productsKey(), RegistryView::Native64);
        bool found = false;
        if (!products.ok() && products.status != ProbeStatus::NotFound) {
            problems.append(
                    {Verdict::Error,
                     tr("The list of products Windows Installer knows could not be read: %1").arg(products.reason),
                     {},
                     {}});
        }
        for (const QString& product : products.ok() ? products.value : QStringList()) {
            if (context.isCancelled())
                return makeFinding(Verdict::Cancelled, tr("The check was cancelled."));
            const QString properties =
                    productsKey() + QLatin1Char('\\') + product + QStringLiteral("\\InstallProperties");
            const Probed<RegistryValue> name = system.registry().readRegistry(
                    RegistryHive::LocalMachine, properties, QStringLiteral("DisplayName"), RegistryView::Native64);
            if (!name.ok()
                || name.value.data.toString().trimmed().compare(agentProductName(), Qt::CaseInsensitive) != 0)
                continue; // another product (or one without a name): not ours
            found = true;
            const Probed<RegistryValue> package = system.registry().readRegistry(
                    RegistryHive::LocalMachine, properties, QStringLiteral("LocalPackage"), RegistryView::Native64);
            const QString path = package.ok() ? package.value.data.toString().trimmed() : QString();
            if (package.status == ProbeStatus::NotFound || (package.ok() && path.isEmpty())) {
                evidence.append({QStringLiteral("agent_package"), tr("Agent's cached installer package"),
                                 tr("none recorded (product %1)").arg(product)});
                problems.append(
                        {Verdict::Warning,
                         tr("Windows Installer has no cached installer package recorded for the agent, so an "
                            "update may fail with error 1612."),
                         tr("If the agent's update fails, follow KB4020490 (%1).").arg(docs::upgradeAgentFailed()),
                         {}});
                continue;
            }
            if (!package.ok()) {
                problems.append(
                        {Verdict::Error,
                         tr("Where the agent's cached installer package is could not be read: %1").arg(package.reason),
                         {},
                         {}});
                continue;
            }
            const Probed<FileAttributes> cached = system.files().fileAttributes(path);
            if (cached.status == ProbeStatus::NotFound) {
                evidence.append({QStringLiteral("agent_package"), tr("Agent's cached installer package"),
                                 tr("%1 (missing)").arg(path)});
                const QString fileName = path.mid(path.lastIndexOf(QLatin1Char('\\')) + 1);
                problems.append(
                        {Verdict::Fail,
                         tr("The agent's cached installer package %1 is missing, so updating the agent would fail "
                            "with error 1612.")
                                 .arg(path),
                         tr("Follow KB4020490 (%1) before updating: start the agent installer from %2 and leave "
                            "its wizard open; in C:\\Windows\\Temp\\OBInstaller0Curr.errlog find the newest "
                            "\"Directory Path for SetupLaunchScreen\" and copy OBSAGENT.msi from that folder's "
                            "Installers subfolder to C:\\Windows\\Installer as %3; close the wizard and run the "
                            "installer again.")
                                 .arg(docs::upgradeAgentFailed(), agent::downloadUrl(), fileName),
                         {}});
            } else if (!cached.ok()) {
                evidence.append({QStringLiteral("agent_package"), tr("Agent's cached installer package"),
                                 tr("%1 (not readable)").arg(path)});
                problems.append({Verdict::Error,
                                 tr("Whether the agent's cached installer package %1 exists could not be read: %2")
                                         .arg(path, cached.reason),
                                 {},
                                 {}});
            } else {
                evidence.append({QStringLiteral("agent_package"), tr("Agent's cached installer package"),
                                 tr("%1 (present)").arg(path)});
            }
        }
        if (!found && (products.ok() || products.status == ProbeStatus::NotFound)) {
            evidence.append({QStringLiteral("agent_package"), tr("Agent's cached installer package"),
                             tr("not checked (no Windows Installer product named \"%1\")").arg(agentProductName())});
            packageNote = tr("Windows Installer lists no product named \"%1\", so the agent's cached installer "
                             "package was not checked.")
                                  .arg(agentProductName());
        }
    }

    const QString pass = packageNote.isEmpty()
                                 ? tr("Windows Installer is ready: its service is not disabled, no other installation "
                                      "is running, and the agent's cached installer package is in place (or not "
                                      "needed).")
                                 : tr("Windows Installer is ready: its service is not disabled and no other "
                                      "installation is running. %1")
                                           .arg(packageNote);
    f = worstOf(problems, pass, tr("Windows Installer could not be checked completely."));
    for (const Evidence& e : evidence)
        f.addEvidence(e.id, e.label, e.value);
    if (f.verdict != Verdict::Error) {
        for (const Problem& p : problems)
            f.detail += p.sentence + QLatin1Char(' ');
        f.detail += tr("Read: the start type of the service %1; whether HKLM\\%2 exists (it exists while an "
                       "installation runs or after one was interrupted; a second installation then fails with "
                       "error 1618); for an installed agent, the LocalPackage value of the product named \"%3\" "
                       "under HKLM\\%4\\<product>\\InstallProperties and whether that file exists (KB4020490: a "
                       "missing cached OBSAGENT.msi makes the update fail with error 1612).")
                            .arg(service, inProgressKey(), agentProductName(), productsKey());
        if (!packageNote.isEmpty())
            f.detail += QLatin1Char(' ') + packageNote;
    }
    return f;
}

} // namespace mars
