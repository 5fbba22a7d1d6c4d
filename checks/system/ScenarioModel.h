// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectivityTypes.h"
#include "ScenarioTempFolder.h"
#include "SystemTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace mars {

// The content of a scenario file (docs/scenario-schema.md) as plain data: built and validated
// by ScenarioParser, then owned by ScenarioSystem, which guards it with its mutex. The lookup
// tables are keyed by the parser's comparison keys (ScenarioParser::pathKey() and friends) so
// every probe compares paths, names and registry keys the way Windows does: case-insensitively.

struct ScenarioFolder
{
    QString path; // canonical spelling, for messages
    FileAttributes attributes; // always includes Directory
    bool writableWithoutElevation = false;
    QDateTime lastWriteUtc; // invalid: not described ("ageHours")
};

// A file outside the temp folder's generators: an .exe with a version resource, a log with
// text. A file directly inside the temp folder is also a ScenarioTempEntry, which then owns
// its attributes, size and existence; this struct keeps its content.
struct ScenarioFile
{
    enum class Encoding : quint8 { Utf8 = 1, Utf16Le };

    QString path; // canonical spelling, for messages
    QString version; // "2.0.9262.0"; empty: the file has no version resource
    QString text; // what readTextTail() reads the tail of
    Encoding encoding = Encoding::Utf8;
    qint64 size_bytes = 0;
    FileAttributes attributes;
    bool readDenied = false; // opening it for reading answers Denied
    QDateTime lastWriteUtc; // invalid: not described ("ageHours")
};

// A volume: its space, and what GetDriveTypeW / GetVolumeInformationW say about it.
struct ScenarioDisk
{
    DiskSpace space;
    DriveType driveType = DriveType::Fixed;
    QString fileSystem; // "NTFS"; empty: the volume does not say
    bool online = true; // false: the volume does not answer (GetVolumeInformationW: not ready)
    bool deduplicated = false; // Data Deduplication is active on it
};

// What the checks must report on this machine ("expected" in a scenario file): for the tests
// that run every check over every scenario, and for trainers.
struct ScenarioExpectation
{
    QString checkId; // snake_case catalog id, "install_dir_attributes"
    // One of kVerdictIds: the report's verdict ids, as text, because the OS layer knows nothing
    // of verdicts (the engine's verdictFromId() reads them; TestScenarioParser keeps the two
    // lists equal). Never "not_run": a check that did not run is never an expectation.
    QString verdictId;
    static QStringList verdictIds()
    {
        return {QStringLiteral("pass"),           QStringLiteral("warning"), QStringLiteral("fail"),
                QStringLiteral("not_applicable"), QStringLiteral("error"),   QStringLiteral("timed_out"),
                QStringLiteral("cancelled")};
    }
    QStringList mentions; // words the finding's summary must contain (case-insensitive)
};

// One rule of the "network" section: what exchanges with a host (or through a proxy) answer.
struct ScenarioExchange
{
    QString hostKey; // case-folded host, "*" for every host; empty when proxyKey is set
    QString proxyKey; // case-folded "host:port": every exchange through that proxy
    ExchangeResult result; // failedLayer None: an answer (httpStatus, body...)
};

// "network": the simulated machine's way out. Not given: every exchange answers 200 directly
// (a healthy path), so older scenarios need no traffic either.
struct ScenarioNetwork
{
    bool offline = false; // no network at all: every name lookup fails
    QList<ScenarioExchange> exchanges; // the first rule that matches wins; proxy rules first
};

// "rootStore": the machine's trusted root certificate store (LocalMachine\Root), by SHA-1
// thumbprint (lower-case hex). Not given: every root asked about is in it, as on a healthy
// server that trusts the usual public roots.
struct ScenarioRootStore
{
    bool listed = false; // "present" given: the store holds exactly those
    QSet<QByteArray> present;
    QSet<QByteArray> absent; // "absent" given: every root but these is in the store
    QString error; // "error": the store cannot be opened, for this reason
};

// "certificates": the Personal stores (LocalMachine\My, CurrentUser\My). Not given: both are
// empty, as on a server that never imported a certificate.
struct ScenarioCertificates
{
    QList<StoreCertificate> localMachine;
    QList<StoreCertificate> currentUser;
    QString error; // "error": neither store can be opened, for this reason
};

// "scheduledTasks": Task Scheduler's folders and the tasks in them. Not given: scheduledTasks()
// answers NotApplicable (older files do not describe Task Scheduler); error set: Failed with that
// reason for every folder.
struct ScenarioScheduledTasks
{
    bool given = false;
    QString error;
    QHash<QString, QString> folders; // ScenarioKeys-style case-folded path -> the path as spelled
    QList<ScheduledTask> tasks; // in the file's order; ScheduledTask::path as spelled

    // How Task Scheduler compares folder and task paths: case-insensitively, backslash
    // separators, without a trailing one (a single backslash is the root folder).
    static QString pathKey(QString path)
    {
        path.replace(QLatin1Char('/'), QLatin1Char('\\'));
        while (path.size() > 1 && path.endsWith(QLatin1Char('\\')))
            path.chop(1);
        if (!path.startsWith(QLatin1Char('\\')))
            path.prepend(QLatin1Char('\\'));
        return path.toCaseFolded();
    }
    // The folder part of a task's path (\A\B\task -> \A\B, \task -> the root).
    static QString folderOf(const QString& taskPath)
    {
        const qsizetype cut = taskPath.lastIndexOf(QLatin1Char('\\'));
        return cut <= 0 ? QStringLiteral("\\") : taskPath.left(cut);
    }
};

struct ScenarioModel
{
    // Caps that keep hostile or mistyped files from exhausting memory.
    static constexpr qint64 kMaxTempEntries = 1000000; // about 100 MB of entries
    static constexpr qint64 kMaxBytes = qint64(1) << 50; // 1 PiB: more than any simulated disk or file

    QString name;
    QString summary;
    AccountInfo account;
    OsInfo os;

    QDateTime fixedUtc; // invalid: the host clock shifted by skew_s
    qint64 uptime_s = -1; // "clock.uptimeHours": how long the machine has run; -1 not given (unknown)
    qint64 skew_s = 0;
    QString timeZoneId;
    int utcOffset_s = 0;
    QString region; // ISO 3166 two letters, empty = unknown

    QHash<QString, ScenarioFolder> folders; // by pathKey; the temp folder too when it exists

    QString tempPath; // what systemTempDir() answers
    QString tempKey; // pathKey(tempPath)
    bool tempExists = true;
    ScenarioTempFolder temp; // its entries (generated ones made when listed or looked up)

    QHash<QString, RegistryValue> registryValues; // by registryValueId
    QSet<QString> registryReadDenied; // registryValueIds whose read answers Denied ("readDenied")
    QHash<QString, QString> registryValueNames; // registryValueId -> the value's name as first written
    QSet<QString> registryKeys; // by registryKeyId, every ancestor included
    QHash<QString, QString> registryKeyNames; // registryKeyId -> the key's own name as first written
    QHash<QString, ServiceInfo> services; // by case-folded service name
    ScenarioScheduledTasks scheduledTasks;
    QList<ScenarioDisk> disks;
    QStringList pendingReboot;
    // "updateHistory": what updateHistory() answers. Not given: NotApplicable (older scenario
    // files do not describe it); updateHistoryError set: Failed with that reason.
    bool updateHistoryGiven = false;
    UpdateHistory updateHistory;
    QString updateHistoryError;
    // The computer's names ("os": computerName, dnsHostName, dnsDomain, joinStatus, joinName):
    // what identity() answers. Not given: NotApplicable (older files do not describe them);
    // identityError set ("os.identityError"): Failed with that reason.
    bool identityGiven = false;
    MachineIdentity identity;
    QString identityError;
    ProxyConfig winHttpProxy;
    ScenarioRootStore rootStore;
    ScenarioCertificates certificates;
    ScenarioNetwork network;

    QHash<QString, ScenarioFile> files; // by pathKey
    // By KnownFolder - 1: Windows, System32, ProgramFiles, ProgramData, UserProfiles.
    std::array<QString, 5> knownFolders{QStringLiteral("C:\\Windows"), QStringLiteral("C:\\Windows\\System32"),
                                        QStringLiteral("C:\\Program Files"), QStringLiteral("C:\\ProgramData"),
                                        QStringLiteral("C:\\Users")};
    QList<ScenarioExpectation> expectations; // sorted by check id; never inherited from a base
};

} // namespace mars
