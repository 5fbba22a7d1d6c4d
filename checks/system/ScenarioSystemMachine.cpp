// SPDX-License-Identifier: MIT
// ScenarioSystem: registry, OS, clock, services, scheduled tasks, proxy and root store, and the actions on them.
#include "ScenarioRoles.h"
#include "ScenarioSystemState.h"

#include <QMutexLocker>

#include <algorithm>

namespace mars {

using namespace scenario;

namespace {
// "HKLM\SOFTWARE\X (32-bit view)", as messages name a key.
QString registryPlace(RegistryHive hive, const QString& key, RegistryView view)
{
    return ScenarioKeys::hiveName(hive) + QLatin1Char('\\') + ScenarioKeys::normalRegistryKey(key)
           + (hive == RegistryHive::LocalMachine && view == RegistryView::Wow32 ? ScenarioSystem::tr(" (32-bit view)")
                                                                                : QString());
}

template<typename T = RegistryValue>
Probed<T> keyNotFound(const QString& where)
{
    return Probed<T>::bad(ProbeStatus::NotFound, ScenarioSystem::tr("The registry key %1 does not exist.").arg(where),
                          kErrorFileNotFound);
}

// Makes `key` and every missing parent key exist, named as `key` spells them (as the parser does
// for the keys its values make). True when the key itself was new.
bool createKeys(ScenarioModel& model, RegistryHive hive, RegistryView view, const QString& key)
{
    const QStringList parts = ScenarioKeys::normalRegistryKey(key).split(QLatin1Char('\\'));
    bool created = false;
    for (qsizetype depth = 1; depth <= parts.size(); ++depth) {
        const QString id = ScenarioKeys::registryKeyId(hive, view, parts.first(depth).join(QLatin1Char('\\')));
        created = !model.registryKeys.contains(id);
        if (created) {
            model.registryKeys.insert(id);
            model.registryKeyNames.insert(id, parts.at(depth - 1));
        }
    }
    return created;
}

// True when the key holds a value or has a subkey.
bool holdsAnything(const ScenarioModel& model, const QString& keyId)
{
    const QString values = keyId + QLatin1Char('\n');
    const QString children = keyId + QLatin1Char('\\');
    return std::any_of(model.registryValues.keyBegin(), model.registryValues.keyEnd(),
                       [&](const QString& id) { return id.startsWith(values); })
           || std::any_of(model.registryKeys.cbegin(), model.registryKeys.cend(),
                          [&](const QString& id) { return id.startsWith(children); });
}
} // namespace

Probed<RegistryValue> ScenarioRegistry::readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                                     RegistryView view) const
{
    const QString keyId = ScenarioKeys::registryKeyId(hive, view, key);
    const QString where = registryPlace(hive, key, view);
    const QMutexLocker lock(&m_mutex);
    if (!m_state->model.registryKeys.contains(keyId))
        return keyNotFound(where);
    const auto value = m_state->model.registryValues.constFind(ScenarioKeys::registryValueId(keyId, valueName));
    if (value == m_state->model.registryValues.cend())
        return Probed<RegistryValue>::bad(ProbeStatus::NotFound,
                                          tr("The registry value \"%1\" does not exist in %2.").arg(valueName, where),
                                          kErrorFileNotFound);
    if (m_state->model.registryReadDenied.contains(value.key()))
        return Probed<RegistryValue>::bad(
                ProbeStatus::Denied,
                tr("Reading the registry value \"%1\" of %2 was refused (access denied).").arg(valueName, where),
                kErrorAccessDenied);
    return Probed<RegistryValue>::good(*value);
}

Probed<QStringList> ScenarioRegistry::registrySubkeys(RegistryHive hive, const QString& key, RegistryView view) const
{
    const QString keyId = ScenarioKeys::registryKeyId(hive, view, key);
    const QMutexLocker lock(&m_mutex);
    // A hive's root ("HKLM:64:") always exists; any other key exists when a value made it.
    const bool root = keyId.endsWith(QLatin1Char(':'));
    if (!root && !m_state->model.registryKeys.contains(keyId))
        return Probed<QStringList>::bad(ProbeStatus::NotFound,
                                        tr("The registry key %1 does not exist.").arg(registryPlace(hive, key, view)),
                                        kErrorFileNotFound);
    // The direct children: ids one level below, sorted as regedit lists them (by name, without
    // regard to case). The 64-bit view's SOFTWARE\WOW6432Node is not listed as a subkey here.
    const QString prefix = root ? keyId : keyId + QLatin1Char('\\');
    QStringList names;
    for (const QString& id : m_state->model.registryKeys) {
        if (id.size() > prefix.size() && id.startsWith(prefix) && id.indexOf(QLatin1Char('\\'), prefix.size()) < 0)
            names.append(m_state->model.registryKeyNames.value(id, id.mid(prefix.size())));
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return Probed<QStringList>::good(names);
}

Probed<QStringList> ScenarioRegistry::registryValueNames(RegistryHive hive, const QString& key, RegistryView view) const
{
    const QString keyId = ScenarioKeys::registryKeyId(hive, view, key);
    const QString where = registryPlace(hive, key, view);
    const QMutexLocker lock(&m_mutex);
    const ScenarioModel& model = m_state->model;
    if (!model.registryKeys.contains(keyId))
        return keyNotFound<QStringList>(where);
    const QString prefix = keyId + QLatin1Char('\n');
    QStringList names;
    for (auto it = model.registryValues.cbegin(); it != model.registryValues.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        // A value that refuses reading stands for a key that refuses it (Defender's exclusion
        // keys deny a process that is not elevated): the listing is refused as a whole.
        if (model.registryReadDenied.contains(it.key()))
            return Probed<QStringList>::bad(ProbeStatus::Denied,
                                            tr("Listing the values of %1 was refused (access denied).").arg(where),
                                            kErrorAccessDenied);
        const QString name = model.registryValueNames.value(it.key(), it.key().mid(prefix.size()));
        if (!name.isEmpty()) // the default value has no name
            names.append(name);
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return Probed<QStringList>::good(names);
}

Probed<OsInfo> ScenarioMachine::osInfo() const
{
    const QMutexLocker lock(&m_mutex);
    return Probed<OsInfo>::good(m_state->model.os);
}

Probed<ClockInfo> ScenarioMachine::clock() const
{
    const QMutexLocker lock(&m_mutex);
    const ScenarioModel& model = m_state->model;
    ClockInfo info;
    // A fixed "utc" stands still, so tests are deterministic; otherwise the host's clock,
    // shifted by the scenario's skew, keeps running like a real (wrong) clock.
    info.utcNow = model.fixedUtc.isValid() ? model.fixedUtc : QDateTime::currentDateTimeUtc().addSecs(model.skew_s);
    info.timeZoneId = model.timeZoneId;
    info.utcOffset_s = model.utcOffset_s;
    info.region = model.region;
    info.uptime_s = model.uptime_s;
    return Probed<ClockInfo>::good(info);
}

Probed<ClockResync> ScenarioMachine::resyncClock(const std::stop_token&) const
{
    const QMutexLocker lock(&m_mutex);
    ScenarioModel& model = m_state->model;
    ClockResync r;
    r.command = model.knownFolders[std::size_t(KnownFolder::System32) - 1] + QStringLiteral("\\w32tm.exe ")
                + MachineProbe::resyncArguments().join(QLatin1Char(' '));
    // What w32tm meets, in its order: the service is asked first (not installed, not running),
    // then the caller's rights; the words and codes are the English w32tm's.
    const auto failed = [&](ProbeStatus status, quint32 hresult, const QString& text, const QString& reason) {
        r.exitCode = int(hresult);
        r.output = QStringLiteral("Sending resync command to local computer\nThe following error occurred: %1 (0x%2)")
                           .arg(text, QStringLiteral("%1").arg(hresult, 8, 16, QLatin1Char('0')).toUpper());
        return Probed<ClockResync>{status, r, reason, hresult & 0xFFFFu};
    };
    const auto service = model.services.constFind(QStringLiteral("w32time"));
    if (service == model.services.cend())
        return failed(ProbeStatus::Failed, 0x80070424u,
                      QStringLiteral("The specified service does not exist as an installed service."),
                      tr("The Windows Time service (W32Time) is not installed on the simulated machine."));
    if (service->state != ServiceState::Running)
        return failed(ProbeStatus::Failed, 0x80070426u, QStringLiteral("The service has not been started."),
                      tr("The Windows Time service is not running, so w32tm cannot resynchronise the clock "
                         "(0x80070426)."));
    if (!m_state->isElevated())
        return failed(ProbeStatus::Denied, 0x80070005u, QStringLiteral("Access is denied."),
                      tr("Setting the clock (w32tm /resync) needs administrator rights, and this (simulated) "
                         "process is not elevated."));
    // The time source's time: the simulated clock loses its skew (a fixed "utc" had none).
    model.skew_s = 0;
    r.output = QStringLiteral("Sending resync command to local computer\nThe command completed successfully.");
    return Probed<ClockResync>::good(r);
}

Probed<ServiceInfo> ScenarioServices::service(const QString& name) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_state->model.services.constFind(name.toCaseFolded());
    if (it == m_state->model.services.cend())
        return serviceNotFound<ServiceInfo>(name);
    return Probed<ServiceInfo>::good(*it);
}

Probed<QList<ScheduledTask>> ScenarioServices::scheduledTasks(const QString& folder) const
{
    const QMutexLocker lock(&m_mutex);
    const ScenarioScheduledTasks& scheduler = m_state->model.scheduledTasks;
    if (!scheduler.given)
        return Probed<QList<ScheduledTask>>::bad(ProbeStatus::NotApplicable,
                                                 tr("This simulated machine does not describe Task Scheduler."));
    if (!scheduler.error.isEmpty())
        return Probed<QList<ScheduledTask>>::bad(ProbeStatus::Failed, scheduler.error);
    const QString key = ScenarioScheduledTasks::pathKey(folder);
    if (!scheduler.folders.contains(key))
        return Probed<QList<ScheduledTask>>::bad(
                ProbeStatus::NotFound,
                tr("The Task Scheduler folder %1 does not exist on the simulated machine.").arg(folder),
                kErrorFileNotFound);
    QList<ScheduledTask> tasks;
    for (const ScheduledTask& task : scheduler.tasks) {
        if (ScenarioScheduledTasks::pathKey(ScenarioScheduledTasks::folderOf(task.path)) == key)
            tasks.append(task);
    }
    std::sort(tasks.begin(), tasks.end(), [](const ScheduledTask& a, const ScheduledTask& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return Probed<QList<ScheduledTask>>::good(tasks);
}

Probed<ScheduledTask> ScenarioServices::updateScheduledTask(const QString& taskPath,
                                                            const ScheduledTaskSettings& settings) const
{
    const QMutexLocker lock(&m_mutex);
    ScenarioScheduledTasks& scheduler = m_state->model.scheduledTasks;
    if (!scheduler.given)
        return Probed<ScheduledTask>::bad(ProbeStatus::NotApplicable,
                                          tr("This simulated machine does not describe Task Scheduler."));
    if (!scheduler.error.isEmpty())
        return Probed<ScheduledTask>::bad(ProbeStatus::Failed, scheduler.error);
    const QString key = ScenarioScheduledTasks::pathKey(taskPath);
    const auto it = std::find_if(scheduler.tasks.begin(), scheduler.tasks.end(), [&key](const ScheduledTask& task) {
        return ScenarioScheduledTasks::pathKey(task.path) == key;
    });
    if (it == scheduler.tasks.end())
        return Probed<ScheduledTask>::bad(
                ProbeStatus::NotFound,
                tr("The scheduled task %1 does not exist on the simulated machine.").arg(taskPath), kErrorFileNotFound);
    if (!m_state->isElevated())
        return needsElevation<ScheduledTask>(tr("Changing the scheduled task %1").arg(taskPath));
    if (settings.triggersEnabled.size() != it->triggers.size())
        return Probed<ScheduledTask>::bad(ProbeStatus::Failed,
                                          tr("The scheduled task %1 has %n trigger(s), but the change names %2; "
                                             "nothing was changed.",
                                             nullptr, int(it->triggers.size()))
                                                  .arg(taskPath)
                                                  .arg(settings.triggersEnabled.size()));
    it->enabled = settings.enabled;
    for (qsizetype i = 0; i < it->triggers.size(); ++i)
        it->triggers[i].enabled = settings.triggersEnabled.at(i);
    it->multipleInstances = settings.multipleInstances;
    return Probed<ScheduledTask>::good(*it);
}

Probed<QStringList> ScenarioMachine::pendingRebootReasons() const
{
    const QMutexLocker lock(&m_mutex);
    return Probed<QStringList>::good(m_state->model.pendingReboot);
}

Probed<UpdateHistory> ScenarioMachine::updateHistory() const
{
    const QMutexLocker lock(&m_mutex);
    const ScenarioModel& model = m_state->model;
    if (!model.updateHistoryGiven)
        return Probed<UpdateHistory>::bad(ProbeStatus::NotApplicable,
                                          tr("This simulated machine does not describe Windows Update's history."));
    if (!model.updateHistoryError.isEmpty())
        return Probed<UpdateHistory>::bad(ProbeStatus::Failed, model.updateHistoryError);
    return Probed<UpdateHistory>::good(model.updateHistory);
}

Probed<MachineIdentity> ScenarioMachine::identity() const
{
    const QMutexLocker lock(&m_mutex);
    const ScenarioModel& model = m_state->model;
    if (!model.identityGiven)
        return Probed<MachineIdentity>::bad(ProbeStatus::NotApplicable,
                                            tr("This simulated machine does not describe the computer's names."));
    if (!model.identityError.isEmpty())
        return Probed<MachineIdentity>::bad(ProbeStatus::Failed, model.identityError);
    return Probed<MachineIdentity>::good(model.identity);
}

Probed<ProxyConfig> ScenarioNetworkSettings::winHttpProxy() const
{
    const QMutexLocker lock(&m_mutex);
    return Probed<ProxyConfig>::good(m_state->model.winHttpProxy);
}

Probed<QList<QByteArray>> ScenarioNetworkSettings::localMachineRoots(const QList<QByteArray>& sha1Hex) const
{
    using Result = Probed<QList<QByteArray>>;
    for (const QByteArray& hex : sha1Hex) {
        if (!isSha1Thumbprint(hex))
            return Result::bad(ProbeStatus::Failed, tr("\"%1\" is not a SHA-1 thumbprint (40 hexadecimal digits).")
                                                            .arg(QString::fromLatin1(hex.left(60))));
    }
    const QMutexLocker lock(&m_mutex);
    const ScenarioRootStore& store = m_state->model.rootStore;
    if (!store.error.isEmpty())
        return Result::bad(ProbeStatus::Failed, store.error);
    QList<QByteArray> present;
    for (const QByteArray& hex : sha1Hex) {
        const QByteArray key = hex.toLower();
        if (store.listed ? store.present.contains(key) : !store.absent.contains(key))
            present.append(key);
    }
    return Result::good(present);
}

Probed<QList<StoreCertificate>> ScenarioNetworkSettings::personalCertificates(CertStoreLocation location) const
{
    const QMutexLocker lock(&m_mutex);
    const ScenarioCertificates& stores = m_state->model.certificates;
    if (!stores.error.isEmpty())
        return Probed<QList<StoreCertificate>>::bad(ProbeStatus::Failed, stores.error);
    return Probed<QList<StoreCertificate>>::good(location == CertStoreLocation::LocalMachine ? stores.localMachine
                                                                                             : stores.currentUser);
}

Probed<ServiceState> ScenarioServices::startService(const QString& name) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_state->model.services.find(name.toCaseFolded());
    if (it == m_state->model.services.end())
        return serviceNotFound<ServiceState>(name);
    if (!m_state->isElevated())
        return needsElevation<ServiceState>(tr("Starting the service %1").arg(name));
    if (it->startType == ServiceStartType::Disabled)
        return Probed<ServiceState>::bad(ProbeStatus::Failed,
                                         tr("The service %1 is disabled; set its start type first.").arg(name),
                                         kErrorServiceDisabled);
    it->state = ServiceState::Running;
    return Probed<ServiceState>::good(it->state);
}

Probed<ServiceState> ScenarioServices::stopService(const QString& name) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_state->model.services.find(name.toCaseFolded());
    if (it == m_state->model.services.end())
        return serviceNotFound<ServiceState>(name);
    if (!m_state->isElevated())
        return needsElevation<ServiceState>(tr("Stopping the service %1").arg(name));
    // A stopped service stays stopped: "stop and wait until stopped" has nothing to wait for.
    it->state = ServiceState::Stopped;
    return Probed<ServiceState>::good(it->state);
}

Probed<RegistryValue> ScenarioRegistry::writeRegistryString(RegistryHive hive, const QString& key,
                                                            const QString& valueName, const QString& data,
                                                            RegistryView view) const
{
    const QString keyId = ScenarioKeys::registryKeyId(hive, view, key);
    const QString where = registryPlace(hive, key, view);
    const QMutexLocker lock(&m_mutex);
    // The order RegOpenKeyEx(KEY_SET_VALUE) meets the obstacles: a missing key is NotFound
    // whatever the rights; an existing one refuses a limited token.
    if (!m_state->model.registryKeys.contains(keyId))
        return keyNotFound(where);
    if (!m_state->isElevated())
        return needsElevation<RegistryValue>(tr("Changing the registry value \"%1\" in %2").arg(valueName, where));
    const QString valueId = ScenarioKeys::registryValueId(keyId, valueName);
    // As on Windows: an existing REG_EXPAND_SZ keeps its type, anything else becomes REG_SZ.
    const auto existing = m_state->model.registryValues.constFind(valueId);
    const bool expand =
            existing != m_state->model.registryValues.constEnd() && existing->type == RegistryValue::Type::ExpandString;
    m_state->model.registryValues.insert(
            valueId, RegistryValue{expand ? RegistryValue::Type::ExpandString : RegistryValue::Type::String, data});
    if (!m_state->model.registryValueNames.contains(valueId))
        m_state->model.registryValueNames.insert(valueId, valueName);
    // Read back, as WindowsSystem does after RegSetValueEx.
    return Probed<RegistryValue>::good(m_state->model.registryValues.value(valueId));
}

Probed<RegistryWrite> ScenarioRegistry::writeRegistryDword(RegistryHive hive, const QString& key,
                                                           const QString& valueName, quint32 data, RegistryView view,
                                                           KeyCreation creation) const
{
    const QString keyId = ScenarioKeys::registryKeyId(hive, view, key);
    const QString where = registryPlace(hive, key, view);
    if (ScenarioKeys::normalRegistryKey(key).isEmpty())
        return Probed<RegistryWrite>::bad(ProbeStatus::Failed, tr("A registry value needs a key below the hive."));
    const QMutexLocker lock(&m_mutex);
    // RegOpenKeyEx / RegCreateKeyEx (KEY_SET_VALUE): without creation a missing key is NotFound
    // whatever the rights; anything else refuses a limited token first.
    const bool exists = m_state->model.registryKeys.contains(keyId);
    if (!exists && creation == KeyCreation::ExistingKeyOnly)
        return keyNotFound<RegistryWrite>(where);
    if (!m_state->isElevated())
        return needsElevation<RegistryWrite>(tr("Changing the registry value \"%1\" in %2").arg(valueName, where));
    RegistryWrite written;
    written.keyCreated = createKeys(m_state->model, hive, view, key);
    const QString valueId = ScenarioKeys::registryValueId(keyId, valueName);
    m_state->model.registryValues.insert(valueId, RegistryValue{RegistryValue::Type::Dword, data});
    if (!m_state->model.registryValueNames.contains(valueId))
        m_state->model.registryValueNames.insert(valueId, valueName);
    written.value = m_state->model.registryValues.value(valueId); // read back, as WindowsSystem does
    return Probed<RegistryWrite>::good(written);
}

Probed<bool> ScenarioRegistry::deleteRegistryValue(RegistryHive hive, const QString& key, const QString& valueName,
                                                   RegistryView view) const
{
    const QString keyId = ScenarioKeys::registryKeyId(hive, view, key);
    const QString where = registryPlace(hive, key, view);
    const QMutexLocker lock(&m_mutex);
    if (!m_state->model.registryKeys.contains(keyId))
        return keyNotFound<bool>(where);
    if (!m_state->isElevated())
        return needsElevation<bool>(tr("Deleting the registry value \"%1\" in %2").arg(valueName, where));
    m_state->model.registryValueNames.remove(ScenarioKeys::registryValueId(keyId, valueName));
    if (m_state->model.registryValues.remove(ScenarioKeys::registryValueId(keyId, valueName)) == 0)
        return Probed<bool>::bad(ProbeStatus::NotFound,
                                 tr("The registry value \"%1\" does not exist in %2.").arg(valueName, where),
                                 kErrorFileNotFound);
    return Probed<bool>::good(true);
}

Probed<bool> ScenarioRegistry::deleteRegistryKeyIfEmpty(RegistryHive hive, const QString& key, RegistryView view) const
{
    const QString keyId = ScenarioKeys::registryKeyId(hive, view, key);
    const QString where = registryPlace(hive, key, view);
    if (keyId.endsWith(QLatin1Char(':')))
        return Probed<bool>::bad(ProbeStatus::Failed, tr("The root of a registry hive cannot be deleted."));
    const QMutexLocker lock(&m_mutex);
    if (!m_state->model.registryKeys.contains(keyId))
        return keyNotFound<bool>(where);
    if (!m_state->isElevated())
        return needsElevation<bool>(tr("Deleting the registry key %1").arg(where));
    if (holdsAnything(m_state->model, keyId))
        return Probed<bool>::good(false);
    m_state->model.registryKeys.remove(keyId);
    m_state->model.registryKeyNames.remove(keyId);
    return Probed<bool>::good(true);
}

} // namespace mars
