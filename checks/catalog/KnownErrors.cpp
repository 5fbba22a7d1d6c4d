// SPDX-License-Identifier: MIT
// Rows of mars-checks.md §3 (sources there: TSG, MABS-TSG, SELFHELP, KB articles, GitHub issues
// MicrosoftDocs/azure-docs#7029 and #44495). A row names checks by catalog reference, so a check
// that lands later ("A13", "H4") joins its rows without a change here.
#include "KnownErrors.h"

namespace mars {

namespace {
// "G1-G8 C1" -> G1 … G8, C1.
QStringList refs(const QString& spec)
{
    QStringList out;
    for (const QString& part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype dash = part.indexOf(QLatin1Char('-'));
        if (dash < 0) {
            out.append(part);
            continue;
        }
        const QString letter = part.left(1);
        const int from = part.mid(1, dash - 1).toInt();
        const int to = part.mid(dash + 2).toInt();
        for (int n = from; n <= to; ++n)
            out.append(letter + QString::number(n));
    }
    return out;
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* text : texts)
        out.append(QString::fromUtf8(text));
    return out;
}

KnownError row(const char* id, std::initializer_list<const char*> codes, std::initializer_list<const char*> phrases,
               const char* shown, QString meaning, const char* checks)
{
    return {.id = QString::fromLatin1(id),
            .codes = strings(codes),
            .phrases = strings(phrases),
            .shownText = QString::fromUtf8(shown),
            .meaning = std::move(meaning),
            .catalogRefs = refs(QString::fromLatin1(checks))};
}
} // namespace

void KnownErrors::addTo(CheckCatalog& catalog)
{
    const QList<KnownError> rows{
            row("34513", {"34513"}, {"invalid vault credentials provided", "does not have the latest credentials"},
                "Invalid vault credentials provided. The file is either corrupted or does not have the latest "
                "credentials associated with recovery service. (ID: 34513)",
                tr("The agent could not use the vault credentials file: it is expired, not the newest one, renamed "
                   "or on a network share — or the server could not reach Azure to check it (proxy, firewall, "
                   "antivirus, TLS 1.2, clock)."),
                "G1-G8 C1-C9 D1-D2 E1-E3 F1-F2 I3 A11 A13"),
            row("34528", {"34528"}, {"unable to read the vault credentials file"},
                "Unable to read the vault credentials file provided. (ID: 34528)",
                tr("The agent could not read the file at all: it is not where it says, not readable, or not a vault "
                   "credentials file."),
                "G1-G2"),
            row("vault_credentials_expired", {"CBPUserExpiredVaultCredentials"},
                {"vault credentials file provided has expired", "use it within 2 days"},
                "Vault credentials file provided has expired. We recommend you download a new vault credentials "
                "file from the portal and use it within 2 days.",
                tr("The file's certificate is past its end date — or this server's clock is wrong. Download a new "
                   "file and register straight away."),
                "G3 E1-E3"),
            row("403", {"403"}, {"failed to download the vault credential file"},
                "Failed to download the vault credential file. (ID: 403)",
                tr("The Azure portal refused the download: the browser's cache, a disabled subscription, a firewall, "
                   "the vault's limit of 50 agents or missing Azure Backup rights."),
                "H5"),
            row("100050", {"100050"}, {"unable to connect to microsoft azure backup"},
                "The Microsoft Azure Recovery Service Agent was unable to connect to Microsoft Azure Backup. (ID: "
                "100050)",
                tr("The agent could not reach Azure Backup: a proxy, a firewall or antivirus is in the way."),
                "C1-C6 C11 I3"),
            row("407", {"407"}, {"proxy authentication required"}, "(407) Proxy Authentication Required",
                tr("The proxy wants a user name and password that the agent (running as SYSTEM) does not give."),
                "C1-C6 C11"),
            row("unverified", {}, {"registration status could not be verified"},
                "The server registration status could not be verified with Microsoft Azure Backup.",
                tr("The agent could not ask Azure whether this server is registered: no connection, an old agent "
                   "or TLS 1.2 turned off."),
                "C1-C4 A11 D1-D2"),
            row("100110", {"100110"}, {"not downloaded from the vault associated with this server"},
                "The specified vault credential file cannot be used as it is not downloaded from the vault "
                "associated with this server. (ID: 100110)",
                tr("This server is already registered to another vault; the file is for a different one."), "G5 H1"),
            row("encryption-key", {}, {"failed to set the encryption key for secure backups"},
                "Failed to set the encryption key for secure backups. Activation did not succeed completely but the "
                "encryption passphrase was saved to the following file.",
                tr("The server is registered with another vault, or the passphrase was damaged while it was set: "
                   "unregister and register again."),
                "G5 H1 H2"),
            row("0x1FC07", {"0x1FC07", "1FC07"}, {"internal service error"},
                "The activation did not complete successfully. The current operation failed due to an internal "
                "service error [0x1FC07].",
                tr("The agent's cache (scratch) folder is on a volume without space or was moved the wrong way — or "
                   "the vault has reached its limit of registered servers."),
                "B1-B6 H5 A11"),
            row("34506", {"34506"}, {"encryption passphrase stored on this computer is not correctly configured"},
                "Error 34506. The encryption passphrase stored on this computer is not correctly configured.",
                tr("The agent's cache (scratch) folder and its two registry values do not agree, usually after the "
                   "cache was moved."),
                "B1-B6"),
            row("passphrase-not-set", {}, {"encryption passphrase for this server isn't set"},
                "The encryption passphrase for this server isn't set.",
                tr("The cache (scratch) folder the agent expects is missing; register again with the original "
                   "passphrase."),
                "B1 H2"),
            row("obengine", {}, {"can't connect to the obengine service", "cannot connect to the obengine service"},
                "The Microsoft Azure Recovery Services Agent can't connect to the OBEngine service.",
                tr("The agent's service (obengine) is not running."), "I1"),
            row("230006", {"230006"}, {"resource not provisioned in service stamp"},
                "Resource not provisioned in service stamp. (ID: 230006)",
                tr("The server was renamed after it was registered: rename it back, or register it again under the "
                   "new name."),
                "H3"),
            row("4024", {"4024"}, {"installation failed", "rolled back"},
                "Microsoft Azure Recovery Services installation failed and the changes were rolled back. (ID: "
                "4024)",
                tr("The installation itself failed; a prerequisite of the installer is missing or blocked."),
                "A1-A10 A12"),
            row("1612", {"1612"}, {"unable to start recoveryservicesmanagementagent"},
                "Update failed with error 1612 / Unable to start RecoveryServicesManagementAgent Service",
                tr("The agent's installer package is missing from the Windows Installer cache."), "A12"),
            row("embedded-application", {}, {"unable to execute the embedded application"},
                "Unable to execute the embedded application to complete the installation",
                tr("The Visual C++ 2008 runtime the installer needs is missing (Windows Server 2008 R2)."), "A9"),
            row("0x1FBD3", {"0x1FBD3", "1FBD3"}, {"agent versions do not match"},
                "Azure Backup service version and Microsoft Azure Recovery Services agent versions do not match "
                "(0x1FBD3)",
                tr("The installed agent is too old for the service: update it."), "A11"),
            row("10054", {"10054"}, {"forcibly closed by the remote host"},
                "An existing connection was forcibly closed by the remote host (10054)",
                tr("Azure closed the connection because this server offered TLS older than 1.2, or something on the "
                   "way broke the TLS connection."),
                "D1-D2 C7"),
            row("passphrase-validation", {"CBPPassphraseValidationWarning"}, {"passphrase validation"},
                "CBPPassphraseValidationWarning",
                tr("The agent asks you to confirm the encryption passphrase once; keep it outside this server."), "H4"),
            row("scratch-space",
                {"SalLowDiskSpace", "SalVhdInitializationError", "SalChecksumStoreInitializationFailed",
                 "ScratchLocationError", "SalFailedToMountVhd"},
                {}, "SalLowDiskSpace / SalVhdInitializationError / ScratchLocationError / SalFailedToMountVhd",
                tr("The cache (scratch) folder lacks space, sits on the wrong kind of volume, is compressed or "
                   "encrypted, or antivirus locks its files."),
                "B1-B5 I3"),
            row("data-mover", {"CBPStorageDataMoverCommunicationError"}, {}, "CBPStorageDataMoverCommunicationError",
                tr("The backup lost its connection to Azure storage: proxy, firewall or antivirus."), "C1-C4 I3"),
    };
    for (const KnownError& error : rows)
        catalog.addKnownError(error);
}

} // namespace mars
