// SPDX-License-Identifier: MIT
#include "ScenarioSectionParser.h"

#include "ScenarioKeys.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace mars {

namespace {
using Reader = ScenarioJsonReader;
using Need = Reader::Need;
constexpr auto s = &Reader::s;

constexpr qint64 kMaxBytes = ScenarioModel::kMaxBytes;

// "install_dir_attributes": lower-case words of letters and digits joined by single "_".
bool isCheckId(const QString& id)
{
    if (id.isEmpty() || id.size() > 100 || !(id.front() >= QLatin1Char('a') && id.front() <= QLatin1Char('z'))
        || id.back() == QLatin1Char('_') || id.contains(QLatin1String("__")))
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
               || c == QLatin1Char('_');
    });
}
} // namespace

ScenarioSectionParser::ScenarioSectionParser(ScenarioJsonReader& in, ScenarioModel& model)
    : m_in(in)
    , m_model(model)
{
}

bool ScenarioSectionParser::parseServices(const QJsonValue& value)
{
    const Reader::Choices<ServiceState> states{{s("stopped"), ServiceState::Stopped},
                                               {s("start_pending"), ServiceState::StartPending},
                                               {s("stop_pending"), ServiceState::StopPending},
                                               {s("running"), ServiceState::Running},
                                               {s("paused"), ServiceState::Paused}};
    const Reader::Choices<ServiceStartType> startTypes{{s("automatic"), ServiceStartType::Automatic},
                                                       {s("manual"), ServiceStartType::Manual},
                                                       {s("disabled"), ServiceStartType::Disabled}};
    QJsonArray items;
    if (!m_in.array(value, s("services"), &items))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = Reader::at(s("services"), i);
        QJsonObject o;
        ServiceInfo service;
        service.startType = ServiceStartType::Automatic;
        service.account = s("LocalSystem");
        if (!m_in.object(items.at(i), field, &o)
            || !m_in.onlyKnownKeys(o, field, Reader::keyList({"name", "displayName", "state", "startType", "account"}))
            || !m_in.string(o, field, s("name"), Need::Required, &service.name)
            || !m_in.string(o, field, s("displayName"), Need::Optional, &service.displayName)
            || !m_in.choice(o, field, s("state"), Need::Required, states, &service.state)
            || !m_in.choice(o, field, s("startType"), Need::Optional, startTypes, &service.startType)
            || !m_in.string(o, field, s("account"), Need::Optional, &service.account))
            return false;
        if (service.name.trimmed().isEmpty())
            return m_in.fail(Reader::join(field, s("name")), tr("must not be empty"));
        if (service.displayName.isEmpty())
            service.displayName = service.name;
        const QString key = service.name.toCaseFolded();
        if (m_model.services.contains(key))
            return m_in.fail(Reader::join(field, s("name")), tr("repeats the service %1").arg(service.name));
        m_model.services.insert(key, service);
    }
    return true;
}

bool ScenarioSectionParser::parseScheduledTasks(const QJsonValue& value, const QDateTime& now)
{
    const QString field = s("scheduledTasks");
    QJsonObject o;
    ScenarioScheduledTasks& scheduler = m_model.scheduledTasks;
    QStringList folders;
    if (!m_in.object(value, field, &o) || !m_in.onlyKnownKeys(o, field, Reader::keyList({"folders", "tasks", "error"}))
        || !m_in.strings(o, field, s("folders"), Need::Optional, &folders)
        || !m_in.string(o, field, s("error"), Need::Optional, &scheduler.error))
        return false;
    scheduler.given = true;
    if (o.contains(s("error"))) {
        if (scheduler.error.trimmed().isEmpty())
            return m_in.fail(s("scheduledTasks.error"), tr("must not be empty"));
        if (o.size() > 1)
            return m_in.fail(field, tr("gives error together with other fields; a Task Scheduler that cannot be "
                                       "asked shows no folders or tasks"));
        return true;
    }
    // A folder exists with every folder above it, as in the Task Scheduler console.
    const auto addFolder = [&scheduler](const QString& path) {
        for (QString folder = path; !scheduler.folders.contains(ScenarioScheduledTasks::pathKey(folder));
             folder = ScenarioScheduledTasks::folderOf(folder))
            scheduler.folders.insert(ScenarioScheduledTasks::pathKey(folder), folder);
    };
    scheduler.folders.insert(ScenarioScheduledTasks::pathKey(s("\\")), s("\\"));
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QString folder = folders.at(i);
        if (!folder.startsWith(QLatin1Char('\\')) || folder.contains(QLatin1Char('/')))
            return m_in.fail(Reader::at(Reader::join(field, s("folders")), i),
                             tr("must be a Task Scheduler path starting with a backslash, such as "
                                "\\Microsoft\\OnlineBackup"));
        addFolder(folder.size() > 1 && folder.endsWith(QLatin1Char('\\')) ? folder.chopped(1) : folder);
    }
    QJsonArray tasks;
    if (o.contains(s("tasks")) && !m_in.array(o.value(s("tasks")), Reader::join(field, s("tasks")), &tasks))
        return false;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (!scheduledTask(tasks.at(i), Reader::at(Reader::join(field, s("tasks")), i), now))
            return false;
        addFolder(ScenarioScheduledTasks::folderOf(scheduler.tasks.constLast().path));
    }
    return true;
}

bool ScenarioSectionParser::scheduledTask(const QJsonValue& value, const QString& field, const QDateTime& now)
{
    Reader::Choices<TaskLogonType> logonTypes;
    for (const TaskLogonType type :
         {TaskLogonType::None, TaskLogonType::Password, TaskLogonType::S4u, TaskLogonType::InteractiveToken,
          TaskLogonType::Group, TaskLogonType::ServiceAccount, TaskLogonType::InteractiveTokenOrPassword})
        logonTypes.emplace_back(taskLogonTypeId(type), type);
    const Reader::Choices<TaskRunLevel> runLevels{{taskRunLevelId(TaskRunLevel::Limited), TaskRunLevel::Limited},
                                                  {taskRunLevelId(TaskRunLevel::Highest), TaskRunLevel::Highest}};
    Reader::Choices<TaskInstances> policies;
    for (const TaskInstances policy :
         {TaskInstances::Parallel, TaskInstances::Queue, TaskInstances::IgnoreNew, TaskInstances::StopExisting})
        policies.emplace_back(taskInstancesId(policy), policy);
    Reader::Choices<QString> triggerTypes;
    for (const char* type : {"time", "daily", "weekly", "monthly", "monthly_dow", "idle", "registration", "boot",
                             "logon", "session_state_change", "event", "custom", "other"})
        triggerTypes.emplace_back(s(type), s(type));

    QJsonObject o;
    ScheduledTask task;
    task.logonType = TaskLogonType::ServiceAccount;
    task.runLevel = TaskRunLevel::Highest;
    qint64 age_hours = -1, lastResult = 0;
    if (!m_in.object(value, field, &o)
        || !m_in.onlyKnownKeys(o, field,
                               Reader::keyList({"path", "enabled", "userId", "groupId", "logonType", "runLevel",
                                                "triggers", "multipleInstances", "lastRunAgeHours", "lastResult"}))
        || !m_in.string(o, field, s("path"), Need::Required, &task.path)
        || !m_in.boolean(o, field, s("enabled"), Need::Optional, &task.enabled)
        || !m_in.string(o, field, s("userId"), Need::Optional, &task.userId)
        || !m_in.string(o, field, s("groupId"), Need::Optional, &task.groupId)
        || !m_in.choice(o, field, s("logonType"), Need::Optional, logonTypes, &task.logonType)
        || !m_in.choice(o, field, s("runLevel"), Need::Optional, runLevels, &task.runLevel)
        || !m_in.choice(o, field, s("multipleInstances"), Need::Optional, policies, &task.multipleInstances)
        || !m_in.integer(o, field, s("lastRunAgeHours"), Need::Optional, 0, 24 * 36500, &age_hours)
        || !m_in.integer(o, field, s("lastResult"), Need::Optional, 0, 0xFFFFFFFFLL, &lastResult))
        return false;
    const qsizetype cut = task.path.lastIndexOf(QLatin1Char('\\'));
    if (!task.path.startsWith(QLatin1Char('\\')) || task.path.contains(QLatin1Char('/')) || cut == task.path.size() - 1)
        return m_in.fail(Reader::join(field, s("path")),
                         tr("must be a task's full path starting with a backslash, such as "
                            "\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup"));
    task.name = task.path.mid(cut + 1);
    const QString key = ScenarioScheduledTasks::pathKey(task.path);
    for (const ScheduledTask& other : m_model.scheduledTasks.tasks) {
        if (ScenarioScheduledTasks::pathKey(other.path) == key)
            return m_in.fail(Reader::join(field, s("path")), tr("repeats the task %1").arg(task.path));
    }
    if (task.userId.trimmed().isEmpty() && task.groupId.trimmed().isEmpty())
        return m_in.fail(field, tr("needs userId or groupId: every task runs as a user or a group"));
    if (age_hours >= 0)
        task.lastRunUtc = now.addSecs(-age_hours * 3600);
    else if (o.contains(s("lastResult")))
        return m_in.fail(Reader::join(field, s("lastResult")), tr("needs lastRunAgeHours"));
    task.lastResult = quint32(lastResult);

    QJsonArray triggers;
    const QString triggersField = Reader::join(field, s("triggers"));
    if (o.contains(s("triggers")) && !m_in.array(o.value(s("triggers")), triggersField, &triggers))
        return false;
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const QString itemField = Reader::at(triggersField, i);
        QJsonObject t;
        ScheduledTrigger trigger;
        if (!m_in.object(triggers.at(i), itemField, &t)
            || !m_in.onlyKnownKeys(t, itemField, Reader::keyList({"type", "enabled"}))
            || !m_in.choice(t, itemField, s("type"), Need::Required, triggerTypes, &trigger.type)
            || !m_in.boolean(t, itemField, s("enabled"), Need::Optional, &trigger.enabled))
            return false;
        task.triggers.append(trigger);
    }
    m_model.scheduledTasks.tasks.append(task);
    return true;
}

bool ScenarioSectionParser::parseDisks(const QJsonValue& value)
{
    Reader::Choices<DriveType> driveTypes;
    for (const DriveType type : {DriveType::Fixed, DriveType::Removable, DriveType::Remote, DriveType::CdRom,
                                 DriveType::RamDisk, DriveType::Unknown})
        driveTypes.emplace_back(driveTypeId(type), type);
    QJsonArray items;
    if (!m_in.array(value, s("disks"), &items))
        return false;
    QSet<QString> roots;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = Reader::at(s("disks"), i);
        QJsonObject o;
        ScenarioDisk disk;
        DiskSpace& space = disk.space;
        disk.fileSystem = s("NTFS");
        if (!m_in.object(items.at(i), field, &o)
            || !m_in.onlyKnownKeys(
                    o, field,
                    Reader::keyList({"root", "totalBytes", "freeBytes", "driveType", "fileSystem", "online", "dedup"}))
            || !m_in.windowsPath(o, field, s("root"), Need::Required, &space.volumeRoot)
            || !m_in.integer(o, field, s("totalBytes"), Need::Required, 0, kMaxBytes, &space.total_bytes)
            || !m_in.integer(o, field, s("freeBytes"), Need::Required, 0, kMaxBytes, &space.free_bytes)
            || !m_in.choice(o, field, s("driveType"), Need::Optional, driveTypes, &disk.driveType)
            || !m_in.string(o, field, s("fileSystem"), Need::Optional, &disk.fileSystem)
            || !m_in.boolean(o, field, s("online"), Need::Optional, &disk.online)
            || !m_in.boolean(o, field, s("dedup"), Need::Optional, &disk.deduplicated))
            return false;
        if (space.free_bytes > space.total_bytes)
            return m_in.fail(Reader::join(field, s("freeBytes")), tr("is larger than totalBytes"));
        const bool unc = space.volumeRoot.startsWith(QLatin1String("\\\\"));
        if (unc && !o.contains(s("driveType")))
            disk.driveType = DriveType::Remote;
        if (unc && disk.driveType != DriveType::Remote)
            return m_in.fail(Reader::join(field, s("driveType")),
                             tr("must be remote for the share %1; a \\\\server\\share path is always remote")
                                     .arg(space.volumeRoot));
        const QString key = ScenarioKeys::pathKey(space.volumeRoot);
        if (roots.contains(key))
            return m_in.fail(Reader::join(field, s("root")), tr("repeats the disk %1").arg(space.volumeRoot));
        roots.insert(key);
        if (!m_model.folders.contains(key)) // a volume's root folder exists
            m_model.folders.insert(key, ScenarioFolder{space.volumeRoot, FileAttribute::Directory, false, {}});
        m_model.disks.append(disk);
    }
    return true;
}

bool ScenarioSectionParser::parseProxy(const QJsonValue& value)
{
    const QString field = s("winHttpProxy");
    QJsonObject o;
    ProxyConfig& proxy = m_model.winHttpProxy;
    if (!m_in.object(value, field, &o)
        || !m_in.onlyKnownKeys(o, field, Reader::keyList({"direct", "proxyServer", "bypassList"}))
        || !m_in.string(o, field, s("proxyServer"), Need::Optional, &proxy.proxyServer)
        || !m_in.string(o, field, s("bypassList"), Need::Optional, &proxy.bypassList))
        return false;
    proxy.direct = proxy.proxyServer.isEmpty();
    if (!m_in.boolean(o, field, s("direct"), Need::Optional, &proxy.direct))
        return false;
    if (!proxy.direct && proxy.proxyServer.isEmpty())
        return m_in.fail(s("winHttpProxy.proxyServer"), tr("must be given when direct is false"));
    if (proxy.direct && !proxy.proxyServer.isEmpty())
        return m_in.fail(s("winHttpProxy.direct"),
                         tr("is true, but proxyServer is set; WinHTTP uses one or the other"));
    return true;
}

bool ScenarioSectionParser::parseRootStore(const QJsonValue& value)
{
    const QString field = s("rootStore");
    QJsonObject o;
    ScenarioRootStore& store = m_model.rootStore;
    if (!m_in.object(value, field, &o) || !m_in.onlyKnownKeys(o, field, Reader::keyList({"present", "absent", "error"}))
        || !thumbprints(o, field, s("present"), &store.present) || !thumbprints(o, field, s("absent"), &store.absent)
        || !m_in.string(o, field, s("error"), Need::Optional, &store.error))
        return false;
    store.listed = o.contains(s("present"));
    if (store.listed && o.contains(s("absent")))
        return m_in.fail(field, tr("gives both present and absent; list what the store holds, or what it lacks"));
    if (o.contains(s("error"))) {
        if (store.error.trimmed().isEmpty())
            return m_in.fail(s("rootStore.error"), tr("must not be empty"));
        if (o.size() > 1)
            return m_in.fail(field, tr("gives error together with other fields; a store that cannot be opened "
                                       "shows no certificates"));
    }
    return true;
}

bool ScenarioSectionParser::parseCertificates(const QJsonValue& value)
{
    const QString field = s("certificates");
    QJsonObject o;
    ScenarioCertificates& stores = m_model.certificates;
    if (!m_in.object(value, field, &o)
        || !m_in.onlyKnownKeys(o, field, Reader::keyList({"localMachine", "currentUser", "error"}))
        || !certificateList(o, s("localMachine"), &stores.localMachine)
        || !certificateList(o, s("currentUser"), &stores.currentUser)
        || !m_in.string(o, field, s("error"), Need::Optional, &stores.error))
        return false;
    if (o.contains(s("error"))) {
        if (stores.error.trimmed().isEmpty())
            return m_in.fail(s("certificates.error"), tr("must not be empty"));
        if (o.size() > 1)
            return m_in.fail(field, tr("gives error together with other fields; a store that cannot be opened "
                                       "shows no certificates"));
    }
    return true;
}

bool ScenarioSectionParser::certificateList(const QJsonObject& o, const QString& key, QList<StoreCertificate>* out)
{
    const QString listField = Reader::join(s("certificates"), key);
    if (!o.contains(key))
        return true;
    QJsonArray items;
    if (!m_in.array(o.value(key), listField, &items))
        return false;
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = Reader::at(listField, i);
        QJsonObject c;
        StoreCertificate cert;
        QString thumbprint, notBefore, notAfter;
        if (!m_in.object(items.at(i), field, &c)
            || !m_in.onlyKnownKeys(
                    c, field,
                    Reader::keyList({"subject", "issuer", "thumbprint", "notBefore", "notAfter", "hasPrivateKey"}))
            || !m_in.string(c, field, s("subject"), Need::Required, &cert.subject)
            || !m_in.string(c, field, s("issuer"), Need::Optional, &cert.issuer)
            || !m_in.string(c, field, s("thumbprint"), Need::Required, &thumbprint)
            || !m_in.string(c, field, s("notBefore"), Need::Required, &notBefore)
            || !m_in.string(c, field, s("notAfter"), Need::Required, &notAfter)
            || !m_in.boolean(c, field, s("hasPrivateKey"), Need::Optional, &cert.hasPrivateKey))
            return false;
        if (!c.contains(s("issuer")))
            cert.issuer = cert.subject; // self-signed, as the vault credentials' certificates are
        cert.sha1Hex = thumbprint.toLatin1().toLower();
        if (!isSha1Thumbprint(cert.sha1Hex))
            return m_in.fail(Reader::join(field, s("thumbprint")),
                             tr("must be a SHA-1 thumbprint: 40 hexadecimal digits"));
        if (seen.contains(cert.sha1Hex))
            return m_in.fail(Reader::join(field, s("thumbprint")), tr("repeats the thumbprint %1").arg(thumbprint));
        seen.insert(cert.sha1Hex);
        // Without "Z" or an offset Qt would read the host's local time (as for clock.utc).
        const auto utcOf = [](const QString& text, QDateTime* when) {
            const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
            *when = parsed.toUTC();
            return parsed.isValid() && parsed.timeSpec() != Qt::LocalTime;
        };
        const QString example = tr("must be an ISO 8601 date and time with Z or an offset, such as "
                                   "2024-05-01T09:30:00Z");
        if (!utcOf(notBefore, &cert.notBeforeUtc))
            return m_in.fail(Reader::join(field, s("notBefore")), example);
        if (!utcOf(notAfter, &cert.notAfterUtc))
            return m_in.fail(Reader::join(field, s("notAfter")), example);
        if (cert.notAfterUtc < cert.notBeforeUtc)
            return m_in.fail(field, tr("ends (notAfter) before it begins (notBefore)"));
        out->append(cert);
    }
    return true;
}

bool ScenarioSectionParser::thumbprints(const QJsonObject& o, const QString& field, const QString& key,
                                        QSet<QByteArray>* out)
{
    QStringList list;
    if (!m_in.strings(o, field, key, Need::Optional, &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QByteArray hex = list.at(i).toLatin1().toLower();
        const QString itemField = Reader::at(Reader::join(field, key), i);
        if (!isSha1Thumbprint(hex)) // a character beyond Latin-1 becomes "?", which is no hex digit
            return m_in.fail(itemField, tr("must be a SHA-1 thumbprint: 40 hexadecimal digits"));
        if (out->contains(hex))
            return m_in.fail(itemField, tr("repeats the thumbprint %1").arg(list.at(i)));
        out->insert(hex);
    }
    return true;
}

bool ScenarioSectionParser::parseUpdateHistory(const QJsonValue& value, const QDateTime& now)
{
    const QString field = s("updateHistory");
    QJsonObject o;
    qint64 total = -1, age_days = -1;
    UpdateHistory& history = m_model.updateHistory;
    if (!m_in.object(value, field, &o)
        || !m_in.onlyKnownKeys(o, field,
                               Reader::keyList({"totalEntries", "lastInstallAgeDays", "lastInstallTitle", "error"}))
        || !m_in.integer(o, field, s("totalEntries"), Need::Optional, 0, 1000000, &total)
        || !m_in.integer(o, field, s("lastInstallAgeDays"), Need::Optional, 0, 36500, &age_days)
        || !m_in.string(o, field, s("lastInstallTitle"), Need::Optional, &history.lastInstallTitle)
        || !m_in.string(o, field, s("error"), Need::Optional, &m_model.updateHistoryError))
        return false;
    if (o.contains(s("error"))) {
        if (m_model.updateHistoryError.trimmed().isEmpty())
            return m_in.fail(s("updateHistory.error"), tr("must not be empty"));
        if (o.size() > 1)
            return m_in.fail(field, tr("gives error together with other fields; a history that cannot be read has "
                                       "no entries"));
    }
    if (o.contains(s("lastInstallTitle")) && age_days < 0)
        return m_in.fail(s("updateHistory.lastInstallTitle"), tr("needs lastInstallAgeDays"));
    if (age_days >= 0)
        history.lastInstallUtc = now.addDays(-age_days);
    // Without a count: one entry when an installation is given, else an empty history.
    history.totalEntries = int(total >= 0 ? total : (age_days >= 0 ? 1 : 0));
    if (age_days >= 0 && history.totalEntries == 0)
        return m_in.fail(s("updateHistory.totalEntries"), tr("is 0, but lastInstallAgeDays names an installation"));
    history.entriesRead = std::min(history.totalEntries, 2000);
    m_model.updateHistoryGiven = true;
    return true;
}

bool ScenarioSectionParser::parseKnownFolders(const QJsonValue& value)
{
    const QString field = s("knownFolders");
    QJsonObject o;
    const KnownFolder all[] = {KnownFolder::Windows, KnownFolder::System32, KnownFolder::ProgramFiles,
                               KnownFolder::ProgramData, KnownFolder::UserProfiles};
    QStringList known;
    for (const KnownFolder folder : all)
        known.append(knownFolderId(folder));
    if (!m_in.object(value, field, &o) || !m_in.onlyKnownKeys(o, field, known))
        return false;
    for (const KnownFolder folder : all) {
        if (!m_in.windowsPath(o, field, knownFolderId(folder), Need::Optional,
                              &m_model.knownFolders.at(std::size_t(folder) - 1)))
            return false;
    }
    return true;
}

bool ScenarioSectionParser::parseExpected(const QJsonValue& value)
{
    const QString field = s("expected");
    QJsonObject o;
    if (!m_in.object(value, field, &o))
        return false;
    // Not Invalid (a typo), not NotRun: a check that did not run is never an expectation.
    Reader::Choices<QString> choices;
    for (const QString& id : ScenarioExpectation::verdictIds())
        choices.emplace_back(id, id);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isCheckId(it.key()))
            return m_in.fail(field, tr("has the key \"%1\", which is not a check id; check ids are snake_case, such "
                                       "as install_dir_attributes")
                                            .arg(it.key()));
        const QString itemField = Reader::join(field, it.key());
        QJsonObject item;
        ScenarioExpectation expectation;
        expectation.checkId = it.key();
        if (!m_in.object(it.value(), itemField, &item)
            || !m_in.onlyKnownKeys(item, itemField, Reader::keyList({"verdict", "mentions"}))
            || !m_in.choice(item, itemField, s("verdict"), Need::Required, choices, &expectation.verdictId)
            || !m_in.strings(item, itemField, s("mentions"), Need::Optional, &expectation.mentions))
            return false;
        for (qsizetype i = 0; i < expectation.mentions.size(); ++i) {
            if (expectation.mentions.at(i).trimmed().isEmpty())
                return m_in.fail(Reader::at(Reader::join(itemField, s("mentions")), i), tr("must not be empty"));
        }
        m_model.expectations.append(expectation);
    }
    return true;
}

} // namespace mars
