// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mars {

// How a probe of the OS went. Every SystemProbe answer carries one, so "could not read" is
// never confused with "read, and it is fine".
enum class ProbeStatus : quint8 {
    Ok = 1,
    NotApplicable, // the fact does not exist on this platform (e.g. the registry on Linux)
    NotFound, // the object (file, key, value, service) does not exist
    Denied, // the OS refused (rights)
    Failed, // any other error; see osError and reason
};

// The answer to one OS question: a value, or why there is none.
template<typename T>
struct Probed
{
    ProbeStatus status = ProbeStatus::Failed;
    T value{};
    QString reason; // plain words when status != Ok
    quint32 osError = 0; // GetLastError()/errno, 0 when none

    bool ok() const { return status == ProbeStatus::Ok; }

    static Probed good(T v) { return {ProbeStatus::Ok, std::move(v), {}, 0}; }
    static Probed bad(ProbeStatus s, QString why, quint32 err = 0) { return {s, T{}, std::move(why), err}; }
};

// Win32 FILE_ATTRIBUTE_* bit values, so WindowsSystem passes them through unchanged and
// scenarios use the numbers a technician sees in `attrib`/PowerShell.
enum class FileAttribute : quint32 {
    ReadOnly = 0x1,
    Hidden = 0x2,
    System = 0x4,
    Directory = 0x10,
    Archive = 0x20,
    Device = 0x40, // Windows: reserved; POSIX: a FIFO, socket or device node
    Sparse = 0x200,
    ReparsePoint = 0x400,
    Compressed = 0x800,
    Encrypted = 0x4000,
};
Q_DECLARE_FLAGS(FileAttributes, FileAttribute)
Q_DECLARE_OPERATORS_FOR_FLAGS(FileAttributes)

QString fileAttributeName(FileAttribute attribute); // "hidden", "compressed", ...
QStringList fileAttributeNames(FileAttributes attributes);
bool fileAttributeFromName(const QString& name, FileAttribute* attribute);

// Who runs this process and with which rights.
enum class TokenElevation : quint8 {
    Elevated = 1, // full administrator token (Windows TokenElevationTypeFull or UAC off; euid 0)
    Limited, // administrator, but running with the filtered UAC token
    NotAdmin, // a standard user: no elevated token to be had
};

struct AccountInfo
{
    QString userName; // DOMAIN\user or the Unix login
    bool adminMember = false; // member of BUILTIN\Administrators (Linux: root or sudo/wheel/admin)
    QString adminSource; // how membership was established, for the evidence
    TokenElevation elevation = TokenElevation::NotAdmin;
};

// One entry of a folder listing, as FindFirstFileExW/readdir report it.
struct DirEntry
{
    QString name; // file name only, no folder
    FileAttributes attributes; // Directory, ReparsePoint, ReadOnly, ...
    qint64 size_bytes = 0;
    QDateTime lastWriteUtc;

    bool isDirectory() const { return attributes.testFlag(FileAttribute::Directory); }
    bool isReparsePoint() const { return attributes.testFlag(FileAttribute::ReparsePoint); }
    // A plain file: not a folder, not a symlink/junction/other reparse point, not a device.
    bool isRegularFile() const
    {
        return !attributes.testAnyFlags(FileAttributes(FileAttribute::Directory) | FileAttribute::ReparsePoint
                                        | FileAttribute::Device);
    }
};

// What the file system says about one path: its own attributes and last write (a link answers
// for itself, never for its target), and where the object really is.
struct PathDetails
{
    FileAttributes attributes;
    QDateTime lastWriteUtc; // invalid when the file system did not say
    qint64 size_bytes = -1; // a file's size; -1 for a folder or when the file system did not say
    // The path as the file system names the object it opens (Windows: GetFinalPathNameByHandleW;
    // links resolved, long names, the folders' real spelling, no \\?\ prefix; Linux: realpath).
    // Empty when it could not be opened; then finalPathReason says why.
    QString finalPath;
    QString finalPathReason;
};

// Result of deleting one file by handle.
enum class DeleteStatus : quint8 {
    Deleted = 1,
    InUse, // another process has it open without delete sharing (Linux: holds a lock)
    NotRegular, // a folder, a reparse point/symlink, a device: refused, never followed
    ReadOnly, // read-only attribute set: left alone
    Vanished, // gone between listing and deletion
    Denied,
    Failed,
};

enum class RegistryHive : quint8 { LocalMachine = 1, Users, CurrentUser };
// Which registry view to read on 64-bit Windows (KEY_WOW64_64KEY / KEY_WOW64_32KEY).
enum class RegistryView : quint8 { Native64 = 1, Wow32 };

struct RegistryValue
{
    enum class Type : quint8 { String = 1, ExpandString, MultiString, Dword, Qword, Binary };
    Type type = Type::String;
    QVariant data; // QString, QStringList, quint32, quint64 or QByteArray
};

// Whether a registry write may create the key it writes into (and the missing keys above it).
enum class KeyCreation : quint8 {
    ExistingKeyOnly = 1, // a missing key answers NotFound
    CreateMissingKeys, // RegCreateKeyExW: the key and any missing parent keys are created
};

// What a registry write left behind: the value read back after the write, and whether the key
// it names was created by this write (REG_CREATED_NEW_KEY; parent keys created with it are not
// reported: a caller that must undo them looks first).
struct RegistryWrite
{
    RegistryValue value;
    bool keyCreated = false;
};

enum class ServiceState : quint8 { Stopped = 1, StartPending, StopPending, Running, Paused, Other };
enum class ServiceStartType : quint8 { Automatic = 1, Manual, Disabled, Other };

struct ServiceInfo
{
    QString name;
    QString displayName;
    ServiceState state = ServiceState::Other;
    ServiceStartType startType = ServiceStartType::Other;
    QString account;
};

// Task Scheduler 2.0 (taskschd.h): one registered task as the Task Scheduler console shows it
// (ServicesProbe::scheduledTasks). The agent's backup schedule is such a task under
// \Microsoft\OnlineBackup (I6).
// TASK_INSTANCES_POLICY: what Task Scheduler does when the task is due while it still runs.
enum class TaskInstances : quint8 {
    Parallel = 1, // TASK_INSTANCES_PARALLEL: "Run a new instance in parallel"
    Queue, // TASK_INSTANCES_QUEUE: "Queue a new instance"
    IgnoreNew, // TASK_INSTANCES_IGNORE_NEW: "Do not start a new instance"
    StopExisting, // TASK_INSTANCES_STOP_EXISTING: "Stop the existing instance"
};
QString taskInstancesId(TaskInstances policy); // "parallel" / "queue" / "ignore_new" / "stop_existing"
bool taskInstancesFromId(const QString& id, TaskInstances* policy);

// TASK_LOGON_TYPE of the task's principal.
enum class TaskLogonType : quint8 {
    None = 1, // TASK_LOGON_NONE
    Password, // TASK_LOGON_PASSWORD: a stored password
    S4u, // TASK_LOGON_S4U: "Run whether user is logged on or not", no password stored
    InteractiveToken, // TASK_LOGON_INTERACTIVE_TOKEN: "Run only when user is logged on"
    Group, // TASK_LOGON_GROUP: the members of a group
    ServiceAccount, // TASK_LOGON_SERVICE_ACCOUNT: SYSTEM, LOCAL SERVICE or NETWORK SERVICE
    InteractiveTokenOrPassword, // TASK_LOGON_INTERACTIVE_TOKEN_OR_PASSWORD
};
// "none" / "password" / "s4u" / "interactive_token" / "group" / "service_account" /
// "interactive_token_or_password"
QString taskLogonTypeId(TaskLogonType type);
bool taskLogonTypeFromId(const QString& id, TaskLogonType* type);

// TASK_RUNLEVEL_TYPE: "Run with highest privileges" or not.
enum class TaskRunLevel : quint8 { Limited = 1, Highest };
QString taskRunLevelId(TaskRunLevel level); // "limited" / "highest"
bool taskRunLevelFromId(const QString& id, TaskRunLevel* level);

struct ScheduledTrigger
{
    // TASK_TRIGGER_TYPE2 as a word: "time", "daily", "weekly", "monthly", "monthly_dow", "idle",
    // "registration", "boot", "logon", "session_state_change", "event", "custom", "other".
    QString type;
    bool enabled = true; // ITrigger::get_Enabled
};

struct ScheduledTask
{
    QString name; // "Microsoft-OnlineBackup"
    QString path; // "\Microsoft\OnlineBackup\Microsoft-OnlineBackup"
    bool enabled = true; // IRegisteredTask::get_Enabled
    // The principal (IPrincipal) as the task's definition spells it: a user ("SYSTEM", "S-1-5-18",
    // "CONTOSO\backupadmin") or a group ("Administrators", "S-1-5-32-544"); one of them is usually empty.
    QString userId;
    QString groupId;
    TaskLogonType logonType = TaskLogonType::ServiceAccount;
    TaskRunLevel runLevel = TaskRunLevel::Limited;
    QList<ScheduledTrigger> triggers; // in the definition's order
    TaskInstances multipleInstances = TaskInstances::IgnoreNew; // ITaskSettings::get_MultipleInstances
    QDateTime lastRunUtc; // invalid: never ran (or Task Scheduler does not say)
    quint32 lastResult = 0; // the last run's result (an HRESULT or the program's exit code)
};

// What ServicesProbe::updateScheduledTask() sets on one task; everything else of its definition
// (actions, principal, schedule) is kept.
struct ScheduledTaskSettings
{
    bool enabled = true;
    QList<bool> triggersEnabled; // one per trigger, in scheduledTasks()'s order
    TaskInstances multipleInstances = TaskInstances::IgnoreNew;
};

struct OsInfo
{
    QString productName; // "Windows Server 2019 Standard", "Debian GNU/Linux 12"
    QString editionId; // "ServerStandard"
    QString installationType; // "Server", "Server Core", "Client"
    int major = 0, minor = 0, build = 0;
    enum class ProductType : quint8 {
        Workstation = 1,
        DomainController,
        Server,
        Other
    } productType = ProductType::Other;
    QString architecture; // "amd64", "x86", "arm64"
    bool isWindows = false;
};

struct ClockInfo
{
    QDateTime utcNow;
    QString timeZoneId; // "W. Europe Standard Time" / "Europe/Berlin"
    int utcOffset_s = 0; // current offset of local time from UTC, DST included
    // Where the machine says it is: ISO 3166 two-letter code ("NL"), empty when unknown.
    // Windows: the "Country or region" setting (GetUserGeoID); POSIX: the locale's territory.
    QString region;
    // How long the machine has been running, in seconds (Windows: GetTickCount64; POSIX:
    // CLOCK_BOOTTIME): utcNow minus this is when it last started. -1 when unknown.
    qint64 uptime_s = -1;
};

// What MachineProbe::resyncClock() did: the command it ran and what that printed. w32tm prints
// in the language of Windows: the text is evidence for people, never parsed for its words.
struct ClockResync
{
    QString command; // as run: "C:\Windows\system32\w32tm.exe /resync /force"
    int exitCode = 0; // the tool's exit code (w32tm: 0, or the HRESULT of its error)
    QString output; // what it printed (standard output and error), trimmed; empty when it did not run
    qint64 elapsed_ms = 0;
};

// Windows Update's own record of what it installed (the Windows Update Agent's history,
// IUpdateSearcher::QueryHistory, newest first). What the agent's installer needs to know: when
// Windows last installed an update that is not an antivirus definition update (those arrive
// daily and say nothing about the operating system's fixes).
struct UpdateHistory
{
    int totalEntries = 0; // IUpdateSearcher::GetTotalHistoryCount
    int entriesRead = 0; // how many of them were looked at (newest first, capped)
    QDateTime lastInstallUtc; // newest successful installation; invalid: none among those read
    QString lastInstallTitle; // its title, as Windows Update shows it
};

// Who this computer is on the network (H3): the names Windows answers for it and what it is
// joined to. The vault knows a MARS server by the name it had when it registered.
enum class JoinStatus : quint8 {
    Unknown = 1, // NetSetupUnknownStatus, or an OS that has no such notion (Linux)
    Unjoined, // NetSetupUnjoined
    Workgroup, // NetSetupWorkgroupName
    Domain, // NetSetupDomainName
};
QString joinStatusId(JoinStatus status); // "unknown" / "unjoined" / "workgroup" / "domain"
bool joinStatusFromId(const QString& id, JoinStatus* status);

struct MachineIdentity
{
    QString netbiosName; // GetComputerNameExW(ComputerNameNetBIOS): "FS01"; empty where there is none (Linux)
    QString dnsHostName; // ComputerNameDnsHostname: "fs01" (up to 63 characters; NetBIOS keeps 15)
    QString dnsDomain; // ComputerNameDnsDomain, the primary DNS suffix: "contoso.com"; empty without one
    QString fqdn; // ComputerNameDnsFullyQualified: "fs01.contoso.com"; the host name without a suffix
    JoinStatus joinStatus = JoinStatus::Unknown; // NetGetJoinInformation
    QString joinName; // the domain's (NetBIOS) or the workgroup's name; empty when unjoined or unknown
};

struct DiskSpace
{
    QString volumeRoot;
    qint64 total_bytes = 0;
    qint64 free_bytes = 0; // available to the caller
};

// Folders Windows knows by role (SHGetKnownFolderPath / GetSystemWindowsDirectoryW).
enum class KnownFolder : quint8 {
    Windows = 1, // C:\Windows
    System32, // C:\Windows\System32 (the native one, never SysWOW64)
    ProgramFiles, // C:\Program Files (the 64-bit one)
    ProgramData, // C:\ProgramData (FOLDERID_ProgramData)
    UserProfiles, // C:\Users, the folder holding the profiles (FOLDERID_UserProfiles)
};
QString knownFolderId(KnownFolder folder); // "windows" / "system32" / "programFiles" / "programData" / "userProfiles"

// What kind of volume a path lives on (GetDriveTypeW).
enum class DriveType : quint8 { Fixed = 1, Removable, Remote, CdRom, RamDisk, Unknown };
QString driveTypeId(DriveType type); // "fixed" / "removable" / "remote" / "cdrom" / "ramdisk" / "unknown"
bool driveTypeFromId(const QString& id, DriveType* type);

struct VolumeInfo
{
    QString root; // "C:\", "\\server\share\", "/" (GetVolumePathNameW / mount point); empty when unknown
    DriveType driveType = DriveType::Unknown;
    QString fileSystem; // "NTFS", "ReFS", "FAT32", "ext4"; empty when the volume did not say
    bool unc = false; // the path itself is a \\server\share path
    // False when the volume is there but does not answer (GetVolumeInformationW: ERROR_NOT_READY,
    // e.g. a drive without a medium or a disk taken offline); its file system is then empty.
    bool online = true;
};

struct ProxyConfig
{
    bool direct = true;
    QString proxyServer; // "host:port" or per-scheme list, as WinHTTP reports it
    QString bypassList;
};

// True for a SHA-1 certificate thumbprint as NetworkSettingsProbe::localMachineRoots takes it:
// exactly 40 hexadecimal digits, either case, nothing else (no blanks or colons).
bool isSha1Thumbprint(const QByteArray& hex);

// Which Personal certificate store (CERT_SYSTEM_STORE_LOCAL_MACHINE / _CURRENT_USER, "My").
enum class CertStoreLocation : quint8 { LocalMachine = 1, CurrentUser };
QString certStoreLocationName(CertStoreLocation location); // "LocalMachine\My" / "CurrentUser\My"

// One certificate of a store, as certlm.msc lists it (NetworkSettingsProbe::personalCertificates).
struct StoreCertificate
{
    QString subject; // the subject's common name (CERT_NAME_SIMPLE_DISPLAY_TYPE)
    QString issuer; // the issuer's common name, the same way: "Windows Azure Tools"
    QByteArray sha1Hex; // the thumbprint, 40 lower-case hex digits
    QDateTime notBeforeUtc, notAfterUtc;
    // A private key is associated with it (CERT_KEY_PROV_INFO_PROP_ID present): the key itself
    // is never opened.
    bool hasPrivateKey = false;
};

// What relaunchElevated() did.
enum class RelaunchStatus : quint8 {
    Started = 1, // a new elevated instance is starting; this one should close
    SimulatedElevated, // a scenario switched itself to elevated; keep running
    DeclinedByUser, // UAC prompt refused
    NotSupported, // no way to elevate from here (Linux: explain, never run sudo)
    Failed,
};

struct RelaunchResult
{
    RelaunchStatus status = RelaunchStatus::Failed;
    QString message; // plain sentence
};

} // namespace mars
