// SPDX-License-Identifier: MIT
#include "CoexistingProductsCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

// Sources (dates of the copies read):
//  - Azure File Sync as a cause of cbengine.exe crashes: the MARS troubleshooting guide
//    (backup-azure-mars-troubleshoot, 11/2025, as recorded in mars-checks.md "Newer than the
//    rest of this page"). The stored copies of that guide are older, so its exact remedy text
//    was not found: the remedy below is this tool's, built on the File Sync planning guide.
//  - The File Sync agent's service is FileSyncSvc ("FileSyncSvc.exe: the background Windows
//    service", Planning for an Azure File Sync deployment, azure-docs 12/2016 and later copies;
//    "Storage Sync Agent (FileSyncSvc)", File Sync release notes). Its registry key
//    SOFTWARE\Microsoft\Azure\StorageSync\Agent with InstallDir and Version is the one the
//    Az.StorageSync PowerShell module reads (Azure/azure-powershell, StorageSyncConstants.cs,
//    AfsAgentRegistryKey); found with the search tool.
//  - The planning guide also says on-premises backup products "may cause the recall of tiered
//    files" and recommends backing up the Azure file share in the cloud instead.
//  - DPM/MABS: the Azure Backup Server troubleshooting guide (backup-azure-mabs-troubleshoot)
//    finds the installation folder with `Reg query "HKLM\SOFTWARE\Microsoft\Microsoft Data
//    Protection Manager\Setup"` (default C:\Program Files\Microsoft Azure Backup Server\DPM\DPM);
//    the DPM service is MSDPM ("stop the msdpm service", System Center DPM release notes,
//    SystemCenterDocs). The DPM protection agent on a protected server writes the same Setup key
//    (public DPM scripts read InstallPath\bin\DPMRA.exe from it) but runs no MSDPM service, so
//    only MSDPM makes this a DPM/MABS server. That the agent on such a server is registered and
//    updated through DPM/MABS: the MARS FAQ ("the latest MARS agent used when backing up ...
//    System Center DPM, and Microsoft Azure Backup server") and issue #19's review; the console
//    path (Management > Online) is MABS's documented registration step, not re-read here.

QString CoexistingProductsCheck::fileSyncService()
{
    return QStringLiteral("FileSyncSvc");
}

QString CoexistingProductsCheck::fileSyncKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Azure\\StorageSync\\Agent");
}

QString CoexistingProductsCheck::dpmService()
{
    return QStringLiteral("MSDPM");
}

QString CoexistingProductsCheck::dpmSetupKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Setup");
}

CheckInfo CoexistingProductsCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A12b"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Other backup and sync products"),
            .whyItMatters = tr("The Azure File Sync agent is a documented cause of crashes of the agent's engine, "
                               "and on a DPM or Azure Backup Server (MABS) server the agent belongs to that product: "
                               "it is registered and updated through it, not on its own."),
            .docUrl = docs::marsTroubleshoot()};
}

Finding CoexistingProductsCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const SystemProbe& system = context.system();
    QList<Problem> problems;
    QList<Evidence> evidence;
    QStringList notes; // for the detail

    // Azure File Sync: its service, and its version from the agent's key when there.
    const Probed<ServiceInfo> fileSync = system.services().service(fileSyncService());
    const Probed<RegistryValue> fileSyncVersion = system.registry().readRegistry(
            RegistryHive::LocalMachine, fileSyncKey(), QStringLiteral("Version"), RegistryView::Native64);
    if (!fileSync.ok() && fileSync.status != ProbeStatus::NotFound) {
        problems.append(
                {Verdict::Error,
                 tr("Whether the Azure File Sync agent is installed could not be read: %1").arg(fileSync.reason),
                 {},
                 {}});
    } else if (!fileSyncVersion.ok() && fileSyncVersion.status != ProbeStatus::NotFound) {
        problems.append({Verdict::Error,
                         tr("The Azure File Sync agent's version could not be read: %1").arg(fileSyncVersion.reason),
                         {},
                         {}});
    } else if (fileSync.ok() || fileSyncVersion.ok()) {
        const QString version = fileSyncVersion.ok() ? fileSyncVersion.value.data.toString().trimmed() : QString();
        evidence.append({QStringLiteral("file_sync_agent"), tr("Azure File Sync agent"),
                         version.isEmpty() ? tr("installed") : tr("installed, version %1").arg(version)});
        problems.append(
                {Verdict::Warning,
                 tr("The Azure File Sync agent is installed on this server; Microsoft's troubleshooting guide names "
                    "it as a cause of crashes of the backup agent's engine (cbengine.exe)."),
                 tr("Keep both agents up to date. Do not back up folders that Azure File Sync tiers to the cloud "
                    "with this agent: reading a tiered file recalls it from Azure, and the File Sync planning guide "
                    "(%1) recommends backing up the Azure file share in Azure instead. If the backup agent's "
                    "service stops or cbengine.exe crashes, tell Microsoft Support that the Azure File Sync agent "
                    "is installed.")
                         .arg(docs::fileSyncPlanning()),
                 {}});
    } else {
        evidence.append({QStringLiteral("file_sync_agent"), tr("Azure File Sync agent"), tr("not installed")});
    }

    // DPM / MABS: a server runs MSDPM; the Setup key alone may be the DPM protection agent.
    const Probed<ServiceInfo> dpm = system.services().service(dpmService());
    const Probed<RegistryValue> dpmPath = system.registry().readRegistry(
            RegistryHive::LocalMachine, dpmSetupKey(), QStringLiteral("InstallPath"), RegistryView::Native64);
    const QString dpmFolder = dpmPath.ok() ? tidyPath(dpmPath.value.data.toString()) : QString();
    if (!dpm.ok() && dpm.status != ProbeStatus::NotFound) {
        problems.append({Verdict::Error,
                         tr("Whether System Center DPM or Azure Backup Server is installed could not be read: %1")
                                 .arg(dpm.reason),
                         {},
                         {}});
    } else if (dpm.ok()) {
        // MABS installs DPM under "Microsoft Azure Backup Server" (MABS troubleshooting guide).
        const bool mabs = dpmFolder.contains(QStringLiteral("Microsoft Azure Backup Server"), Qt::CaseInsensitive);
        const QString product = mabs ? tr("Microsoft Azure Backup Server (MABS)")
                                     : tr("System Center Data Protection Manager (DPM) or Azure Backup Server");
        evidence.append({QStringLiteral("dpm_server"), tr("DPM / Azure Backup Server"),
                         dpmFolder.isEmpty() ? tr("installed (service %1)").arg(dpmService())
                                             : tr("installed in %1").arg(dpmFolder)});
        problems.append({Verdict::Warning,
                         tr("This server runs %1: the agent here belongs to it and is registered and updated "
                            "through it, not on its own.")
                                 .arg(product),
                         tr("Register the server with a vault and change the agent's settings from the DPM/MABS "
                            "console (Management, Online). Before updating the agent, check the DPM/MABS release "
                            "notes for the agent version it supports; do not uninstall the agent on its own."),
                         {}});
    } else {
        evidence.append({QStringLiteral("dpm_server"), tr("DPM / Azure Backup Server"), tr("not installed")});
        if (dpmPath.ok())
            notes.append(tr("HKLM\\%1 names %2, but the %3 service is not installed: this is a server protected by "
                            "DPM (its protection agent), not a DPM server, and the agent is handled on its own.")
                                 .arg(dpmSetupKey(), dpmFolder, dpmService()));
    }

    f = worstOf(problems,
                tr("Neither the Azure File Sync agent nor System Center DPM or Azure Backup Server is installed on "
                   "this server."),
                tr("Other backup and sync products could not be checked completely."));
    for (const Evidence& e : evidence)
        f.addEvidence(e.id, e.label, e.value);
    if (f.verdict != Verdict::Error) {
        for (const Problem& p : problems)
            f.detail += p.sentence + QLatin1Char(' ');
        for (const QString& note : notes)
            f.detail += note + QLatin1Char(' ');
        f.detail += tr("Read: the services %1 (Azure File Sync) and %2 (DPM/MABS), and the values HKLM\\%3 Version "
                       "and HKLM\\%4 InstallPath.")
                            .arg(fileSyncService(), dpmService(), fileSyncKey(), dpmSetupKey());
    }
    return f;
}

} // namespace mars
