// SPDX-License-Identifier: MIT
#pragma once

// Private to ScenarioSystem*.cpp: the roles of a simulated machine. Each answers from the one
// ScenarioState they share (ScenarioSystemState.h), taking its mutex; actions change that
// state, so a fix followed by its re-check behaves as on a real server. They share the
// translation context mars::ScenarioSystem.
#include "SystemProbe.h"

#include <QCoreApplication>

#include <memory>

class QMutex;

namespace mars {

struct ScenarioState;

namespace scenario {

// What every scenario role holds: the machine and the lock that guards it.
class StateHolder
{
public:
    explicit StateHolder(std::shared_ptr<ScenarioState> state);

protected:
    std::shared_ptr<ScenarioState> m_state;
    QMutex& m_mutex; // m_state->mutex
};
} // namespace scenario

class ScenarioFiles final : public FilesProbe, scenario::StateHolder
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioSystem)

public:
    using StateHolder::StateHolder;

    Probed<FileAttributes> fileAttributes(const QString& path) const override;
    Probed<PathDetails> pathDetails(const QString& path) const override;
    Probed<QString> systemTempDir() const override;
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override;
    Probed<bool> canModifyFolder(const QString& dir) const override;
    Probed<DiskSpace> diskSpace(const QString& path) const override;
    Probed<VolumeInfo> volumeInfo(const QString& path) const override;
    Probed<bool> volumeDeduplicated(const QString& path) const override;
    Probed<QString> knownFolder(KnownFolder folder) const override;
    Probed<QString> fileVersion(const QString& path) const override;
    Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const override;
    DeleteStatus deleteRegularFile(const QString& dir, const QString& name) const override;
    Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                            FileAttributes clear) const override;
};

class ScenarioRegistry final : public RegistryProbe, scenario::StateHolder
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioSystem)

public:
    using StateHolder::StateHolder;

    Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                       RegistryView view) const override;
    Probed<QStringList> registrySubkeys(RegistryHive hive, const QString& key, RegistryView view) const override;
    Probed<QStringList> registryValueNames(RegistryHive hive, const QString& key, RegistryView view) const override;
    Probed<RegistryValue> writeRegistryString(RegistryHive hive, const QString& key, const QString& valueName,
                                              const QString& data, RegistryView view) const override;
    Probed<RegistryWrite> writeRegistryDword(RegistryHive hive, const QString& key, const QString& valueName,
                                             quint32 data, RegistryView view, KeyCreation creation) const override;
    Probed<bool> deleteRegistryValue(RegistryHive hive, const QString& key, const QString& valueName,
                                     RegistryView view) const override;
    Probed<bool> deleteRegistryKeyIfEmpty(RegistryHive hive, const QString& key, RegistryView view) const override;
};

class ScenarioServices final : public ServicesProbe, scenario::StateHolder
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioSystem)

public:
    using StateHolder::StateHolder;

    Probed<ServiceInfo> service(const QString& name) const override;
    Probed<QList<ScheduledTask>> scheduledTasks(const QString& folder) const override;
    Probed<ServiceState> startService(const QString& name) const override;
    Probed<ServiceState> stopService(const QString& name) const override;
    Probed<ScheduledTask> updateScheduledTask(const QString& taskPath,
                                              const ScheduledTaskSettings& settings) const override;
};

class ScenarioMachine final : public MachineProbe, scenario::StateHolder
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioSystem)

public:
    using StateHolder::StateHolder;

    Probed<AccountInfo> account() const override;
    Probed<OsInfo> osInfo() const override;
    Probed<ClockInfo> clock() const override;
    Probed<QStringList> pendingRebootReasons() const override;
    Probed<UpdateHistory> updateHistory() const override;
    Probed<MachineIdentity> identity() const override;
    RelaunchResult relaunchElevated(const QStringList& arguments) const override;
    Probed<ClockResync> resyncClock(const std::stop_token& stop) const override;
};

class ScenarioNetworkSettings final : public NetworkSettingsProbe, scenario::StateHolder
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioSystem)

public:
    using StateHolder::StateHolder;

    Probed<ProxyConfig> winHttpProxy() const override;
    Probed<QList<QByteArray>> localMachineRoots(const QList<QByteArray>& sha1Hex) const override;
    Probed<QList<StoreCertificate>> personalCertificates(CertStoreLocation location) const override;
};

class ScenarioConnectivity final : public ConnectivityProbe, scenario::StateHolder
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioSystem)

public:
    using StateHolder::StateHolder;

    Probed<ExchangeResult> exchange(const ExchangeRequest& request, const std::stop_token& stop) const override;
};

} // namespace mars
