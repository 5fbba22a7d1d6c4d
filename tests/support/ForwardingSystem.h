// SPDX-License-Identifier: MIT
#pragma once

// A SystemProbe that forwards every question to an inner system, for tests that need to make
// a probe fail that FailingSystem has no hook for (pendingRebootReasons, service, knownFolder):
// derive, override the one method. (FailingSystem's hooks cover the others.)
#include "system/SystemProbe.h"

#include <memory>

namespace mars::test {

class ForwardingSystem : public SystemProbe
{
public:
    explicit ForwardingSystem(std::shared_ptr<SystemProbe> inner)
        : m_inner(std::move(inner))
    {
    }

    QString description() const override { return m_inner->description(); }
    bool isSimulated() const override { return m_inner->isSimulated(); }
    Probed<AccountInfo> account() const override { return m_inner->account(); }
    Probed<FileAttributes> fileAttributes(const QString& path) const override { return m_inner->fileAttributes(path); }
    Probed<QString> systemTempDir() const override { return m_inner->systemTempDir(); }
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override
    {
        return m_inner->forEachEntry(dir, visit);
    }
    Probed<bool> canModifyFolder(const QString& dir) const override { return m_inner->canModifyFolder(dir); }
    Probed<DiskSpace> diskSpace(const QString& path) const override { return m_inner->diskSpace(path); }
    Probed<VolumeInfo> volumeInfo(const QString& path) const override { return m_inner->volumeInfo(path); }
    Probed<QString> knownFolder(KnownFolder folder) const override { return m_inner->knownFolder(folder); }
    Probed<QString> fileVersion(const QString& path) const override { return m_inner->fileVersion(path); }
    Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const override
    {
        return m_inner->readTextTail(path, maxBytes);
    }
    Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                       RegistryView view) const override
    {
        return m_inner->readRegistry(hive, key, valueName, view);
    }
    Probed<OsInfo> osInfo() const override { return m_inner->osInfo(); }
    Probed<ClockInfo> clock() const override { return m_inner->clock(); }
    Probed<ServiceInfo> service(const QString& name) const override { return m_inner->service(name); }
    Probed<QStringList> pendingRebootReasons() const override { return m_inner->pendingRebootReasons(); }
    Probed<ProxyConfig> winHttpProxy() const override { return m_inner->winHttpProxy(); }
    DeleteStatus deleteRegularFile(const QString& dir, const QString& name) const override
    {
        return m_inner->deleteRegularFile(dir, name);
    }
    Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                            FileAttributes clear) const override
    {
        return m_inner->changeAttributes(path, set, clear);
    }
    RelaunchResult relaunchElevated(const QStringList& arguments) const override
    {
        return m_inner->relaunchElevated(arguments);
    }
    Probed<ServiceState> startService(const QString& name) const override { return m_inner->startService(name); }
    Probed<ServiceState> stopService(const QString& name) const override { return m_inner->stopService(name); }
    Probed<RegistryValue> writeRegistryString(RegistryHive hive, const QString& key, const QString& valueName,
                                              const QString& data, RegistryView view) const override
    {
        return m_inner->writeRegistryString(hive, key, valueName, data, view);
    }

private:
    std::shared_ptr<SystemProbe> m_inner;
};

} // namespace mars::test
