// SPDX-License-Identifier: MIT
#pragma once

#include "SystemProbe.h"

#include <QCoreApplication>

namespace mars {

// Real Win32 calls: the product's target. Wide-character APIs only; every handle is RAII.
// See the .cpp files next to this one for what each group calls (account, files, registry,
// machine). The temp folder is %SystemRoot%\Temp unless a folder is given to the constructor
// (--temp-dir, and the tests).
class WindowsSystem final : public SystemProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::WindowsSystem)

public:
    explicit WindowsSystem(QString tempDirOverride = {});

    QString description() const override;
    Probed<AccountInfo> account() const override;
    Probed<FileAttributes> fileAttributes(const QString& path) const override;
    Probed<QString> systemTempDir() const override;
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override;
    Probed<bool> canModifyFolder(const QString& dir) const override;
    Probed<DiskSpace> diskSpace(const QString& path) const override;
    Probed<VolumeInfo> volumeInfo(const QString& path) const override;
    Probed<QString> knownFolder(KnownFolder folder) const override;
    Probed<QString> fileVersion(const QString& path) const override;
    Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const override;
    Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                       RegistryView view) const override;
    Probed<OsInfo> osInfo() const override;
    Probed<ClockInfo> clock() const override;
    Probed<ServiceInfo> service(const QString& name) const override;
    Probed<QStringList> pendingRebootReasons() const override;
    Probed<ProxyConfig> winHttpProxy() const override;
    DeleteStatus deleteRegularFile(const QString& dir, const QString& name) const override;
    Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                            FileAttributes clear) const override;
    RelaunchResult relaunchElevated(const QStringList& arguments) const override;
    Probed<ServiceState> startService(const QString& name) const override;
    Probed<ServiceState> stopService(const QString& name) const override;
    Probed<RegistryValue> writeRegistryString(RegistryHive hive, const QString& key, const QString& valueName,
                                              const QString& data, RegistryView view) const override;

private:
    // Shared by the .cpp files of this class.
    // The folder's path as the file system names it (links resolved, long names, native
    // separators, no \\?\ prefix); NotFound when it is missing or not a folder. WindowsFiles.cpp.
    static Probed<QString> canonicalFolder(const QString& path);
    // major/minor/build/productType from RtlGetVersion (GetVersionExW lies to programs without
    // a compatibility manifest). False if ntdll does not export it. WindowsMachine.cpp.
    static bool windowsVersion(OsInfo* os);

    QString m_tempDirOverride;
};

} // namespace mars
