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

private:
    QString m_tempDirOverride;
};

} // namespace mars
