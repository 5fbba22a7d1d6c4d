// SPDX-License-Identifier: MIT
#include "GuardedSystem.h"

#include "ThreadGuard.h"
#include "system/SystemProbe.h"

namespace mars {

namespace {

// One decorator per role: the guard, then the inner role's answer.
class GuardedMachine final : public MachineProbe
{
public:
    explicit GuardedMachine(std::shared_ptr<const MachineProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<AccountInfo> account() const override
    {
        ThreadGuard::offGuiThread("MachineProbe::account");
        return m_inner->account();
    }
    Probed<OsInfo> osInfo() const override
    {
        ThreadGuard::offGuiThread("MachineProbe::osInfo");
        return m_inner->osInfo();
    }
    Probed<ClockInfo> clock() const override
    {
        ThreadGuard::offGuiThread("MachineProbe::clock");
        return m_inner->clock();
    }
    Probed<QStringList> pendingRebootReasons() const override
    {
        ThreadGuard::offGuiThread("MachineProbe::pendingRebootReasons");
        return m_inner->pendingRebootReasons();
    }
    Probed<UpdateHistory> updateHistory() const override
    {
        ThreadGuard::offGuiThread("MachineProbe::updateHistory");
        return m_inner->updateHistory();
    }
    Probed<MachineIdentity> identity() const override
    {
        ThreadGuard::offGuiThread("MachineProbe::identity");
        return m_inner->identity();
    }
    RelaunchResult relaunchElevated(const QStringList& arguments) const override
    {
        ThreadGuard::offGuiThread("MachineProbe::relaunchElevated");
        return m_inner->relaunchElevated(arguments);
    }
    Probed<ClockResync> resyncClock(const std::stop_token& stop) const override
    {
        ThreadGuard::offGuiThread("MachineProbe::resyncClock");
        return m_inner->resyncClock(stop);
    }

private:
    std::shared_ptr<const MachineProbe> m_inner;
};

class GuardedFiles final : public FilesProbe
{
public:
    explicit GuardedFiles(std::shared_ptr<const FilesProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<FileAttributes> fileAttributes(const QString& path) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::fileAttributes");
        return m_inner->fileAttributes(path);
    }
    Probed<PathDetails> pathDetails(const QString& path) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::pathDetails");
        return m_inner->pathDetails(path);
    }
    Probed<QString> systemTempDir() const override
    {
        ThreadGuard::offGuiThread("FilesProbe::systemTempDir");
        return m_inner->systemTempDir();
    }
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::forEachEntry");
        return m_inner->forEachEntry(dir, visit);
    }
    Probed<bool> canModifyFolder(const QString& dir) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::canModifyFolder");
        return m_inner->canModifyFolder(dir);
    }
    Probed<DiskSpace> diskSpace(const QString& path) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::diskSpace");
        return m_inner->diskSpace(path);
    }
    Probed<VolumeInfo> volumeInfo(const QString& path) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::volumeInfo");
        return m_inner->volumeInfo(path);
    }
    Probed<bool> volumeDeduplicated(const QString& path) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::volumeDeduplicated");
        return m_inner->volumeDeduplicated(path);
    }
    Probed<QString> knownFolder(KnownFolder folder) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::knownFolder");
        return m_inner->knownFolder(folder);
    }
    Probed<QString> fileVersion(const QString& path) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::fileVersion");
        return m_inner->fileVersion(path);
    }
    Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::readTextTail");
        return m_inner->readTextTail(path, maxBytes);
    }
    DeleteStatus deleteRegularFile(const QString& dir, const QString& name) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::deleteRegularFile");
        return m_inner->deleteRegularFile(dir, name);
    }
    std::unique_ptr<FolderDeletion> openFolderForDeletion(const QString& dir) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::openFolderForDeletion");
        return m_inner->openFolderForDeletion(dir);
    }
    Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                            FileAttributes clear) const override
    {
        ThreadGuard::offGuiThread("FilesProbe::changeAttributes");
        return m_inner->changeAttributes(path, set, clear);
    }

private:
    std::shared_ptr<const FilesProbe> m_inner;
};

class GuardedRegistry final : public RegistryProbe
{
public:
    explicit GuardedRegistry(std::shared_ptr<const RegistryProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                       RegistryView view) const override
    {
        ThreadGuard::offGuiThread("RegistryProbe::readRegistry");
        return m_inner->readRegistry(hive, key, valueName, view);
    }
    Probed<QStringList> registrySubkeys(RegistryHive hive, const QString& key, RegistryView view) const override
    {
        ThreadGuard::offGuiThread("RegistryProbe::registrySubkeys");
        return m_inner->registrySubkeys(hive, key, view);
    }
    Probed<QStringList> registryValueNames(RegistryHive hive, const QString& key, RegistryView view) const override
    {
        ThreadGuard::offGuiThread("RegistryProbe::registryValueNames");
        return m_inner->registryValueNames(hive, key, view);
    }
    Probed<RegistryValue> writeRegistryString(RegistryHive hive, const QString& key, const QString& valueName,
                                              const QString& data, RegistryView view) const override
    {
        ThreadGuard::offGuiThread("RegistryProbe::writeRegistryString");
        return m_inner->writeRegistryString(hive, key, valueName, data, view);
    }
    Probed<RegistryWrite> writeRegistryDword(RegistryHive hive, const QString& key, const QString& valueName,
                                             quint32 data, RegistryView view, KeyCreation creation) const override
    {
        ThreadGuard::offGuiThread("RegistryProbe::writeRegistryDword");
        return m_inner->writeRegistryDword(hive, key, valueName, data, view, creation);
    }
    Probed<bool> deleteRegistryValue(RegistryHive hive, const QString& key, const QString& valueName,
                                     RegistryView view) const override
    {
        ThreadGuard::offGuiThread("RegistryProbe::deleteRegistryValue");
        return m_inner->deleteRegistryValue(hive, key, valueName, view);
    }
    Probed<bool> deleteRegistryKeyIfEmpty(RegistryHive hive, const QString& key, RegistryView view) const override
    {
        ThreadGuard::offGuiThread("RegistryProbe::deleteRegistryKeyIfEmpty");
        return m_inner->deleteRegistryKeyIfEmpty(hive, key, view);
    }

private:
    std::shared_ptr<const RegistryProbe> m_inner;
};

class GuardedServices final : public ServicesProbe
{
public:
    explicit GuardedServices(std::shared_ptr<const ServicesProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<ServiceInfo> service(const QString& name) const override
    {
        ThreadGuard::offGuiThread("ServicesProbe::service");
        return m_inner->service(name);
    }
    Probed<QList<ScheduledTask>> scheduledTasks(const QString& folder) const override
    {
        ThreadGuard::offGuiThread("ServicesProbe::scheduledTasks");
        return m_inner->scheduledTasks(folder);
    }
    Probed<ServiceState> startService(const QString& name) const override
    {
        ThreadGuard::offGuiThread("ServicesProbe::startService");
        return m_inner->startService(name);
    }
    Probed<ServiceState> stopService(const QString& name) const override
    {
        ThreadGuard::offGuiThread("ServicesProbe::stopService");
        return m_inner->stopService(name);
    }
    Probed<ScheduledTask> updateScheduledTask(const QString& taskPath,
                                              const ScheduledTaskSettings& settings) const override
    {
        ThreadGuard::offGuiThread("ServicesProbe::updateScheduledTask");
        return m_inner->updateScheduledTask(taskPath, settings);
    }

private:
    std::shared_ptr<const ServicesProbe> m_inner;
};

class GuardedNetworkSettings final : public NetworkSettingsProbe
{
public:
    explicit GuardedNetworkSettings(std::shared_ptr<const NetworkSettingsProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<ProxyConfig> winHttpProxy() const override
    {
        ThreadGuard::offGuiThread("NetworkSettingsProbe::winHttpProxy");
        return m_inner->winHttpProxy();
    }
    Probed<QList<QByteArray>> localMachineRoots(const QList<QByteArray>& sha1Hex) const override
    {
        ThreadGuard::offGuiThread("NetworkSettingsProbe::localMachineRoots");
        return m_inner->localMachineRoots(sha1Hex);
    }
    Probed<QList<StoreCertificate>> personalCertificates(CertStoreLocation location) const override
    {
        ThreadGuard::offGuiThread("NetworkSettingsProbe::personalCertificates");
        return m_inner->personalCertificates(location);
    }

private:
    std::shared_ptr<const NetworkSettingsProbe> m_inner;
};

class GuardedConnectivity final : public ConnectivityProbe
{
public:
    explicit GuardedConnectivity(std::shared_ptr<const ConnectivityProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    Probed<ExchangeResult> exchange(const ExchangeRequest& request, const std::stop_token& stop) const override
    {
        ThreadGuard::offGuiThread("ConnectivityProbe::exchange");
        return m_inner->exchange(request, stop);
    }

private:
    std::shared_ptr<const ConnectivityProbe> m_inner;
};

// Holds the inner system so whatever it owns beside its roles stays alive.
class GuardedSystem final : public SystemProbe
{
public:
    GuardedSystem(std::shared_ptr<SystemProbe> inner, SystemRoles roles)
        : SystemProbe(inner->description(), inner->isSimulated(), std::move(roles))
        , m_inner(std::move(inner))
    {
    }

private:
    std::shared_ptr<SystemProbe> m_inner;
};

} // namespace

std::shared_ptr<SystemProbe> guardedAgainstGuiThread(std::shared_ptr<SystemProbe> inner)
{
    if (!inner)
        return inner;
    const SystemRoles& inside = inner->roles();
    SystemRoles roles{.machine = std::make_shared<GuardedMachine>(inside.machine),
                      .files = std::make_shared<GuardedFiles>(inside.files),
                      .registry = std::make_shared<GuardedRegistry>(inside.registry),
                      .services = std::make_shared<GuardedServices>(inside.services),
                      .network = std::make_shared<GuardedNetworkSettings>(inside.network),
                      .connectivity = std::make_shared<GuardedConnectivity>(inside.connectivity)};
    return std::make_shared<GuardedSystem>(std::move(inner), std::move(roles));
}

} // namespace mars
