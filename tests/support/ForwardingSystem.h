// SPDX-License-Identifier: MIT
#pragma once

// Test doubles built from roles: a role that forwards every question to another one (derive
// and override the one answer a test fakes), and a system made of an inner system's roles with
// one replaced. Only the faked role is written; the other roles stay the inner system's, so a
// new OS fact in another role touches no double. (FailingSystem: answer hooks on top.)
#include "system/SystemProbe.h"

#include <memory>
#include <type_traits>
#include <utility>

namespace mars::test {

class ForwardingMachine : public MachineProbe
{
public:
    explicit ForwardingMachine(std::shared_ptr<const MachineProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<AccountInfo> account() const override { return m_inner->account(); }
    Probed<OsInfo> osInfo() const override { return m_inner->osInfo(); }
    Probed<ClockInfo> clock() const override { return m_inner->clock(); }
    Probed<QStringList> pendingRebootReasons() const override { return m_inner->pendingRebootReasons(); }
    Probed<UpdateHistory> updateHistory() const override { return m_inner->updateHistory(); }
    Probed<MachineIdentity> identity() const override { return m_inner->identity(); }
    RelaunchResult relaunchElevated(const QStringList& arguments) const override
    {
        return m_inner->relaunchElevated(arguments);
    }
    Probed<ClockResync> resyncClock(const std::stop_token& stop) const override { return m_inner->resyncClock(stop); }

private:
    std::shared_ptr<const MachineProbe> m_inner;
};

class ForwardingFiles : public FilesProbe
{
public:
    explicit ForwardingFiles(std::shared_ptr<const FilesProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<FileAttributes> fileAttributes(const QString& path) const override { return m_inner->fileAttributes(path); }
    Probed<PathDetails> pathDetails(const QString& path) const override { return m_inner->pathDetails(path); }
    Probed<QString> systemTempDir() const override { return m_inner->systemTempDir(); }
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override
    {
        return m_inner->forEachEntry(dir, visit);
    }
    Probed<bool> canModifyFolder(const QString& dir) const override { return m_inner->canModifyFolder(dir); }
    Probed<DiskSpace> diskSpace(const QString& path) const override { return m_inner->diskSpace(path); }
    Probed<VolumeInfo> volumeInfo(const QString& path) const override { return m_inner->volumeInfo(path); }
    Probed<bool> volumeDeduplicated(const QString& path) const override { return m_inner->volumeDeduplicated(path); }
    Probed<QString> knownFolder(KnownFolder folder) const override { return m_inner->knownFolder(folder); }
    Probed<QString> fileVersion(const QString& path) const override { return m_inner->fileVersion(path); }
    Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const override
    {
        return m_inner->readTextTail(path, maxBytes);
    }
    DeleteStatus deleteRegularFile(const QString& dir, const QString& name) const override
    {
        return m_inner->deleteRegularFile(dir, name);
    }
    Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                            FileAttributes clear) const override
    {
        return m_inner->changeAttributes(path, set, clear);
    }

private:
    std::shared_ptr<const FilesProbe> m_inner;
};

class ForwardingRegistry : public RegistryProbe
{
public:
    explicit ForwardingRegistry(std::shared_ptr<const RegistryProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                       RegistryView view) const override
    {
        return m_inner->readRegistry(hive, key, valueName, view);
    }
    Probed<QStringList> registrySubkeys(RegistryHive hive, const QString& key, RegistryView view) const override
    {
        return m_inner->registrySubkeys(hive, key, view);
    }
    Probed<QStringList> registryValueNames(RegistryHive hive, const QString& key, RegistryView view) const override
    {
        return m_inner->registryValueNames(hive, key, view);
    }
    Probed<RegistryValue> writeRegistryString(RegistryHive hive, const QString& key, const QString& valueName,
                                              const QString& data, RegistryView view) const override
    {
        return m_inner->writeRegistryString(hive, key, valueName, data, view);
    }
    Probed<RegistryWrite> writeRegistryDword(RegistryHive hive, const QString& key, const QString& valueName,
                                             quint32 data, RegistryView view, KeyCreation creation) const override
    {
        return m_inner->writeRegistryDword(hive, key, valueName, data, view, creation);
    }
    Probed<bool> deleteRegistryValue(RegistryHive hive, const QString& key, const QString& valueName,
                                     RegistryView view) const override
    {
        return m_inner->deleteRegistryValue(hive, key, valueName, view);
    }
    Probed<bool> deleteRegistryKeyIfEmpty(RegistryHive hive, const QString& key, RegistryView view) const override
    {
        return m_inner->deleteRegistryKeyIfEmpty(hive, key, view);
    }

private:
    std::shared_ptr<const RegistryProbe> m_inner;
};

class ForwardingServices : public ServicesProbe
{
public:
    explicit ForwardingServices(std::shared_ptr<const ServicesProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<ServiceInfo> service(const QString& name) const override { return m_inner->service(name); }
    Probed<QList<ScheduledTask>> scheduledTasks(const QString& folder) const override
    {
        return m_inner->scheduledTasks(folder);
    }
    Probed<ServiceState> startService(const QString& name) const override { return m_inner->startService(name); }
    Probed<ServiceState> stopService(const QString& name) const override { return m_inner->stopService(name); }
    Probed<ScheduledTask> updateScheduledTask(const QString& taskPath,
                                              const ScheduledTaskSettings& settings) const override
    {
        return m_inner->updateScheduledTask(taskPath, settings);
    }

private:
    std::shared_ptr<const ServicesProbe> m_inner;
};

class ForwardingConnectivity : public ConnectivityProbe
{
public:
    explicit ForwardingConnectivity(std::shared_ptr<const ConnectivityProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<ExchangeResult> exchange(const ExchangeRequest& request, const std::stop_token& stop) const override
    {
        return m_inner->exchange(request, stop);
    }

private:
    std::shared_ptr<const ConnectivityProbe> m_inner;
};

// An inner system's label and roles, some of them replaced. Holds the inner system, so a test
// may keep asking it (a ScenarioSystem's name) while the checks use this one.
class ComposedSystem final : public SystemProbe
{
public:
    ComposedSystem(std::shared_ptr<SystemProbe> inner, SystemRoles roles)
        : SystemProbe(inner->description(), inner->isSimulated(), std::move(roles))
        , m_inner(std::move(inner))
    {
    }

private:
    std::shared_ptr<SystemProbe> m_inner;
};

// `inner` with the role that Role implements replaced by a Role built on inner's own (and
// `args`, passed on after it):
//   withRole<NoProgramFiles>(scenario)   // NoProgramFiles derives from ForwardingFiles
template<typename Role, typename... Args>
std::shared_ptr<SystemProbe> withRole(std::shared_ptr<SystemProbe> inner, Args&&... args)
{
    SystemRoles roles = inner->roles();
    if constexpr (std::is_base_of_v<MachineProbe, Role>)
        roles.machine = std::make_shared<Role>(roles.machine, std::forward<Args>(args)...);
    else if constexpr (std::is_base_of_v<FilesProbe, Role>)
        roles.files = std::make_shared<Role>(roles.files, std::forward<Args>(args)...);
    else if constexpr (std::is_base_of_v<RegistryProbe, Role>)
        roles.registry = std::make_shared<Role>(roles.registry, std::forward<Args>(args)...);
    else if constexpr (std::is_base_of_v<ServicesProbe, Role>)
        roles.services = std::make_shared<Role>(roles.services, std::forward<Args>(args)...);
    else if constexpr (std::is_base_of_v<NetworkSettingsProbe, Role>)
        roles.network = std::make_shared<Role>(roles.network, std::forward<Args>(args)...);
    else if constexpr (std::is_base_of_v<ConnectivityProbe, Role>)
        roles.connectivity = std::make_shared<Role>(roles.connectivity, std::forward<Args>(args)...);
    else
        static_assert(std::is_base_of_v<ConnectivityProbe, Role>, "Role must implement a SystemProbe role");
    return std::make_shared<ComposedSystem>(std::move(inner), std::move(roles));
}

} // namespace mars::test
