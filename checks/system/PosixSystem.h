// SPDX-License-Identifier: MIT
#pragma once

#include "SystemProbe.h"

#include <QCoreApplication>

namespace mars {

// Real OS calls on the Linux development/CI machine, so the engine, the checks and the fixes
// are exercised against a real kernel. Windows-only facts (registry, services, attributes
// such as Hidden/System/Compressed) answer NotApplicable with a reason. One class per role
// (PosixSystem.cpp, volumes and known folders in PosixVolumes.cpp), sharing the translation
// context mars::PosixSystem.
//  - Administrator = euid 0, or membership of sudo/wheel/admin; elevated = euid 0.
//  - The "system temp folder" is the folder given to the constructor (--temp-dir), else
//    QDir::tempPath().
//  - Volumes come from the mount table; where it has no entry for the path (a chroot, some
//    containers), from statfs, with the mount point left unknown (PosixStatfsVolume).
//  - Deletion (PosixDeleteFile.cpp): the folder opened once and checked, then per file
//    openat(O_NOFOLLOW) + fstat on the handle, refuses anything but a regular file, skips files
//    another process holds an flock() on ("in use"), then unlinkat().
class PosixFiles final : public FilesProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::PosixSystem)

public:
    explicit PosixFiles(QString tempDirOverride = {});

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
    // PosixDeleteFile.cpp:
    DeleteStatus deleteRegularFile(const QString& dir, const QString& name) const override;
    std::unique_ptr<FolderDeletion> openFolderForDeletion(const QString& dir) const override;
    Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                            FileAttributes clear) const override;

private:
    QString m_tempDirOverride;
};

// Linux has no registry: every call answers NotApplicable.
class PosixRegistry final : public RegistryProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::PosixSystem)

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

// Linux has no Windows services: every call answers NotApplicable.
class PosixServices final : public ServicesProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::PosixSystem)

public:
    Probed<ServiceInfo> service(const QString& name) const override;
    Probed<QList<ScheduledTask>> scheduledTasks(const QString& folder) const override;
    Probed<ServiceState> startService(const QString& name) const override;
    Probed<ServiceState> stopService(const QString& name) const override;
    Probed<ScheduledTask> updateScheduledTask(const QString& taskPath,
                                              const ScheduledTaskSettings& settings) const override;
};

class PosixMachine final : public MachineProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::PosixSystem)

public:
    Probed<AccountInfo> account() const override;
    Probed<OsInfo> osInfo() const override;
    Probed<ClockInfo> clock() const override;
    Probed<QStringList> pendingRebootReasons() const override;
    Probed<UpdateHistory> updateHistory() const override;
    Probed<MachineIdentity> identity() const override;
    RelaunchResult relaunchElevated(const QStringList& arguments) const override;
    Probed<ClockResync> resyncClock(const std::stop_token& stop) const override;
};

class PosixNetworkSettings final : public NetworkSettingsProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::PosixSystem)

public:
    Probed<ProxyConfig> winHttpProxy() const override;
    Probed<QList<QByteArray>> localMachineRoots(const QList<QByteArray>& sha1Hex) const override;
    Probed<QList<StoreCertificate>> personalCertificates(CertStoreLocation location) const override;
};

// The roles above, as one machine ("Linux").
class PosixSystem final : public SystemProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::PosixSystem)

public:
    explicit PosixSystem(QString tempDirOverride = {});
};

} // namespace mars
