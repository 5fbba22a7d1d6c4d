// SPDX-License-Identifier: MIT
#pragma once

#include "ForwardingSystem.h"

#include <functional>
#include <memory>

namespace mars::test {

// Forwards every question to an inner system (usually a scenario), except the ones a test
// overrides with an answer hook: a probe that cannot read the token, the registry, a file, ...
// (For a probe without a hook, derive from ForwardingSystem and override it.)
class FailingSystem final : public ForwardingSystem
{
public:
    using ForwardingSystem::ForwardingSystem;

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

    Probed<AccountInfo> account() const override
    {
        return accountAnswer ? accountAnswer() : ForwardingSystem::account();
    }
    Probed<FileAttributes> fileAttributes(const QString& path) const override
    {
        return attributesAnswer ? attributesAnswer(path) : ForwardingSystem::fileAttributes(path);
    }
    Probed<QString> systemTempDir() const override
    {
        return tempDirAnswer ? tempDirAnswer() : ForwardingSystem::systemTempDir();
    }
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override
    {
        return listingAnswer ? listingAnswer() : ForwardingSystem::forEachEntry(dir, visit);
    }
    Probed<DiskSpace> diskSpace(const QString& path) const override
    {
        return diskAnswer ? diskAnswer(path) : ForwardingSystem::diskSpace(path);
    }
    Probed<VolumeInfo> volumeInfo(const QString& path) const override
    {
        return volumeAnswer ? volumeAnswer(path) : ForwardingSystem::volumeInfo(path);
    }
    Probed<QString> fileVersion(const QString& path) const override
    {
        return versionAnswer ? versionAnswer(path) : ForwardingSystem::fileVersion(path);
    }
    Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const override
    {
        return textAnswer ? textAnswer(path) : ForwardingSystem::readTextTail(path, maxBytes);
    }
    Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                       RegistryView view) const override
    {
        return registryAnswer ? registryAnswer(key, valueName)
                              : ForwardingSystem::readRegistry(hive, key, valueName, view);
    }
    Probed<OsInfo> osInfo() const override { return osAnswer ? osAnswer() : ForwardingSystem::osInfo(); }
};

} // namespace mars::test
