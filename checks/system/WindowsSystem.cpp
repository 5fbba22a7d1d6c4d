// SPDX-License-Identifier: MIT
// SKELETON: replaced by the real Win32 implementation (issue #3).
#include "WindowsSystem.h"

namespace mars {
namespace {
template<typename T>
Probed<T> notYet()
{
    return Probed<T>::bad(ProbeStatus::Failed, QStringLiteral("not implemented yet"));
}
} // namespace

WindowsSystem::WindowsSystem(QString tempDirOverride)
    : m_tempDirOverride(std::move(tempDirOverride))
{
}
QString WindowsSystem::description() const { return QStringLiteral("Windows"); }
Probed<AccountInfo> WindowsSystem::account() const { return notYet<AccountInfo>(); }
Probed<FileAttributes> WindowsSystem::fileAttributes(const QString&) const { return notYet<FileAttributes>(); }
Probed<QString> WindowsSystem::systemTempDir() const { return notYet<QString>(); }
Probed<qint64> WindowsSystem::forEachEntry(const QString&, const DirVisitor&) const { return notYet<qint64>(); }
Probed<bool> WindowsSystem::canModifyFolder(const QString&) const { return notYet<bool>(); }
Probed<DiskSpace> WindowsSystem::diskSpace(const QString&) const { return notYet<DiskSpace>(); }
Probed<RegistryValue> WindowsSystem::readRegistry(RegistryHive, const QString&, const QString&, RegistryView) const
{
    return notYet<RegistryValue>();
}
Probed<OsInfo> WindowsSystem::osInfo() const { return notYet<OsInfo>(); }
Probed<ClockInfo> WindowsSystem::clock() const { return notYet<ClockInfo>(); }
Probed<ServiceInfo> WindowsSystem::service(const QString&) const { return notYet<ServiceInfo>(); }
Probed<QStringList> WindowsSystem::pendingRebootReasons() const { return notYet<QStringList>(); }
Probed<ProxyConfig> WindowsSystem::winHttpProxy() const { return notYet<ProxyConfig>(); }
DeleteStatus WindowsSystem::deleteRegularFile(const QString&, const QString&) const { return DeleteStatus::Failed; }
Probed<FileAttributes> WindowsSystem::changeAttributes(const QString&, FileAttributes, FileAttributes) const
{
    return notYet<FileAttributes>();
}
RelaunchResult WindowsSystem::relaunchElevated(const QStringList&) const { return {}; }
Probed<ServiceState> WindowsSystem::startService(const QString&) const { return notYet<ServiceState>(); }
} // namespace mars
