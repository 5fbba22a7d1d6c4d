// SPDX-License-Identifier: MIT
#pragma once

#include "system/SystemProbe.h"

#include <functional>
#include <memory>

namespace mars::test {

// Forwards every question to an inner system (usually a scenario), except the ones a test
// overrides with an answer hook: a probe that cannot read the token, the registry, a file, ...
class FailingSystem final : public SystemProbe
{
public:
    explicit FailingSystem(std::shared_ptr<SystemProbe> inner)
        : m_inner(std::move(inner))
    {
    }
    std::function<Probed<AccountInfo>()> accountAnswer;
    std::function<Probed<QString>()> tempDirAnswer;
    std::function<Probed<qint64>()> listingAnswer;
    std::function<Probed<RegistryValue>(const QString& key, const QString& valueName)> registryAnswer;
    std::function<Probed<FileAttributes>(const QString& path)> attributesAnswer;
    std::function<Probed<VolumeInfo>(const QString& path)> volumeAnswer;
    std::function<Probed<QString>(const QString& path)> versionAnswer;
    std::function<Probed<QString>(const QString& path)> textAnswer;
    std::function<Probed<OsInfo>()> osAnswer;
    std::function<Probed<DiskSpace>(const QString& path)> diskAnswer;

    QString description() const override { return m_inner->description(); }
    bool isSimulated() const override { return m_inner->isSimulated(); }
    Probed<AccountInfo> account() const override { return accountAnswer ? accountAnswer() : m_inner->account(); }
    Probed<FileAttributes> fileAttributes(const QString& path) const override
    {
        return attributesAnswer ? attributesAnswer(path) : m_inner->fileAttributes(path);
    }
    Probed<QString> systemTempDir() const override
    {
        return tempDirAnswer ? tempDirAnswer() : m_inner->systemTempDir();
    }
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override
    {
        return listingAnswer ? listingAnswer() : m_inner->forEachEntry(dir, visit);
    }
    Probed<bool> canModifyFolder(const QString& dir) const override { return m_inner->canModifyFolder(dir); }
    Probed<DiskSpace> diskSpace(const QString& path) const override
    {
        return diskAnswer ? diskAnswer(path) : m_inner->diskSpace(path);
    }
    Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                       RegistryView view) const override
    {
        return registryAnswer ? registryAnswer(key, valueName) : m_inner->readRegistry(hive, key, valueName, view);
    }
    Probed<OsInfo> osInfo() const override { return osAnswer ? osAnswer() : m_inner->osInfo(); }
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
    Probed<VolumeInfo> volumeInfo(const QString& path) const override
    {
        return volumeAnswer ? volumeAnswer(path) : m_inner->volumeInfo(path);
    }
    Probed<QString> knownFolder(KnownFolder folder) const override { return m_inner->knownFolder(folder); }
    Probed<QString> fileVersion(const QString& path) const override
    {
        return versionAnswer ? versionAnswer(path) : m_inner->fileVersion(path);
    }
    Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const override
    {
        return textAnswer ? textAnswer(path) : m_inner->readTextTail(path, maxBytes);
    }
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
