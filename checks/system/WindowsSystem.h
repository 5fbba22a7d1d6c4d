// SPDX-License-Identifier: MIT
#pragma once

#include "SystemProbe.h"

#include <QCoreApplication>

namespace mars {

// Real Win32 calls: the product's target. Wide-character APIs only; every handle is RAII.
// One class per role; the .cpp files say what each group calls: folders in WindowsFiles.cpp,
// file versions and log tails in WindowsFileContents.cpp, volumes and known folders in
// WindowsVolumes.cpp, attributes in WindowsAttributes.cpp, the deletion in
// WindowsDeleteFile.cpp, the registry (and the restart markers) in WindowsRegistry.cpp, OS facts
// the clock's resynchronisation (w32tm) and the WinHTTP proxy in WindowsMachine.cpp, Windows Update's history (COM) in
// WindowsUpdateHistory.cpp, services in WindowsServices.cpp, scheduled tasks (COM) in WindowsScheduledTasks.cpp, the
// account and the elevated relaunch in WindowsSystem.cpp. Handles and helpers: WindowsHandles.h, WindowsHelpers.h. (All
// share the translation context mars::WindowsSystem.)

class WindowsRegistry final : public RegistryProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::WindowsSystem)

public:
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

// The temp folder is %SystemRoot%\Temp unless a folder is given to the constructor
// (--temp-dir, and the tests).
class WindowsFiles final : public FilesProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::WindowsSystem)

public:
    explicit WindowsFiles(QString tempDirOverride = {});

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
    std::unique_ptr<FolderDeletion> openFolderForDeletion(const QString& dir) const override;
    Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                            FileAttributes clear) const override;

private:
    // The folder's path as the file system names it (links resolved, long names, native
    // separators, no \\?\ prefix); NotFound when it is missing or not a folder. WindowsFiles.cpp.
    static Probed<QString> canonicalFolder(const QString& path);

    QString m_tempDirOverride;
};

class WindowsServices final : public ServicesProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::WindowsSystem)

public:
    Probed<ServiceInfo> service(const QString& name) const override;
    Probed<QList<ScheduledTask>> scheduledTasks(const QString& folder) const override;
    Probed<ServiceState> startService(const QString& name) const override;
    Probed<ServiceState> stopService(const QString& name) const override;
    Probed<ScheduledTask> updateScheduledTask(const QString& taskPath,
                                              const ScheduledTaskSettings& settings) const override;
};

class WindowsMachine final : public MachineProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::WindowsSystem)

public:
    Probed<AccountInfo> account() const override;
    Probed<OsInfo> osInfo() const override;
    Probed<ClockInfo> clock() const override;
    Probed<QStringList> pendingRebootReasons() const override;
    Probed<UpdateHistory> updateHistory() const override;
    Probed<MachineIdentity> identity() const override;
    RelaunchResult relaunchElevated(const QStringList& arguments) const override;
    Probed<ClockResync> resyncClock(const std::stop_token& stop) const override;

    // major/minor/build/productType from RtlGetVersion (GetVersionExW lies to programs without
    // a compatibility manifest). False if ntdll does not export it. WindowsMachine.cpp.
    static bool windowsVersion(OsInfo* os);

private:
    // The OS facts and the restart markers live in the registry.
    WindowsRegistry m_registry;
};

class WindowsNetworkSettings final : public NetworkSettingsProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::WindowsSystem)

public:
    Probed<ProxyConfig> winHttpProxy() const override; // WindowsMachine.cpp
    // WindowsRootStore.cpp
    Probed<QList<QByteArray>> localMachineRoots(const QList<QByteArray>& sha1Hex) const override;
    Probed<QList<StoreCertificate>> personalCertificates(CertStoreLocation location) const override;
};

// The roles above, as one machine.
class WindowsSystem final : public SystemProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::WindowsSystem)

public:
    explicit WindowsSystem(QString tempDirOverride = {});
};

} // namespace mars
