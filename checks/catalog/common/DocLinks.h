// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The documentation pages the checks link to (CheckInfo::docUrl, shown with each finding),
// in one place: a page that moves is changed here once. A link used by one remedy sentence
// only (a KB article, a download) stays beside that sentence.
namespace mars::docs {

// Learn: "Support matrix for the MARS agent": supported Windows versions, 64-bit only, no
// Server Core, prerequisites (A3, A4, A5, A9).
inline QString supportMatrix()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-support-matrix-mars-agent");
}

// Learn: "Install the MARS agent": administrator account, the install folder, the prerequisites
// setup requires (.NET 4.8, Windows PowerShell 5.0) (A1, A8, A10).
inline QString installAgent()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/install-mars-agent");
}

// Learn: "Troubleshoot the MARS agent": elevation, updates, the agent service, the Windows temp
// folder (A2, A6, A11, F2).
inline QString marsTroubleshoot()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot");
}

// The same page's "Additional recommendations": the .tmp files in C:\Windows\Temp (F1).
inline QString marsTroubleshootTempFiles()
{
    return QStringLiteral(
            "https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#additional-recommendations");
}

// Learn: "Troubleshoot MABS": installer and update failures and their logs (A12).
inline QString mabsTroubleshoot()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-mabs-troubleshoot");
}

// Learn (.NET): "How to determine which .NET Framework versions are installed" (A7).
inline QString dotNetVersions()
{
    return QStringLiteral(
            "https://learn.microsoft.com/dotnet/framework/install/how-to-determine-which-versions-are-installed");
}

// Learn, files and folders backup FAQ: is the cache (scratch) folder valid and accessible (B1).
inline QString cacheFolderValid()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                          "#how-to-check-if-scratch-folder-is-valid-and-accessible-");
}

// The same FAQ: where the cache folder should be (B2).
inline QString cacheFolderLocation()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                          "#where-should-the-cache-folder-be-located-");
}

// The same FAQ: which attributes of the cache folder are not supported (B3).
inline QString cacheFolderAttributes()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                          "#are-there-any-attributes-of-the-cache-folder-that-arent-supported-");
}

// The same FAQ: the minimum size of the cache folder (B4).
inline QString cacheFolderSize()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                          "#whats-the-minimum-size-requirement-for-the-cache-folder-");
}

// The same FAQ: how to move the cache folder (B5).
inline QString cacheFolderMove()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                          "#how-do-i-change-the-cache-location-for-the-mars-agent-");
}

// Support article KB4020490, "MARS Agent update failed" (error 1612: the cached OBSAGENT.msi
// is missing from C:\Windows\Installer; SupportArticles copy of 08/2020) (A12a).
inline QString upgradeAgentFailed()
{
    return QStringLiteral("https://support.microsoft.com/help/4020490");
}

// Learn: "Planning for an Azure File Sync deployment": the File Sync agent's service
// (FileSyncSvc.exe), its filter (StorageSync.sys), and why on-premises backup of tiered files
// recalls them (A12b).
inline QString fileSyncPlanning()
{
    return QStringLiteral("https://learn.microsoft.com/azure/storage/file-sync/file-sync-planning");
}

// Learn: "Transport Layer Security in Azure Backup": the SCHANNEL TLS 1.2 client values, the .NET
// SystemDefaultTlsVersions/SchUseStrongCrypto values in both views, the KB updates for older
// Windows, and the symptoms (error 10054) (D1, D2).
inline QString transportLayerSecurity()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/transport-layer-security");
}

// Learn (Azure security): "Azure TLS certificate changes": the root certificate authorities
// Azure's TLS endpoints chain to, their SHA-1 thumbprints and download links, and that Windows
// in disconnected environments needs them added to its Trusted Root store (C8).
inline QString azureTlsCertificateChanges()
{
    return QStringLiteral("https://learn.microsoft.com/azure/security/fundamentals/tls-certificate-changes");
}

// Learn: "Troubleshoot slow backup of files and folders": the antivirus exclusions the agent
// needs (cbengine.exe, the bin and cache folders, csc.exe) (I3).
inline QString slowBackupAntivirus()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/"
                          "backup-azure-troubleshoot-slow-backup-performance-issue#cause-another-process-or-antivirus-"
                          "software-interfering-with-azure-backup");
}

// Learn: "MARS agent FAQ": the tenant id for tenant-restriction proxies (G7).
inline QString marsFaq()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq");
}

// Learn, files and folders backup FAQ: renaming a registered server stops its backups; the new
// name must be registered (H3).
inline QString renamedServer()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                          "#what-happens-if-i-rename-a-windows-machine-configured-for-backup");
}

// The same FAQ: a forgotten passphrase; re-registering with a different one loses the older
// backups (H2).
inline QString passphraseRecovery()
{
    return QStringLiteral("https://learn.microsoft.com/azure/backup/backup-azure-file-folder-backup-faq"
                          "#can-i-recover-if-i-forgot-my-passphrase");
}

} // namespace mars::docs
