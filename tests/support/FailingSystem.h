// SPDX-License-Identifier: MIT
#pragma once

#include "ForwardingSystem.h"

#include <functional>
#include <memory>

namespace mars::test {

// An inner system (usually a scenario) whose answers a test may override with hooks: a probe
// that cannot read the token, the registry, a file, ... Set a hook any time before the run;
// an unset hook forwards. (For a probe without a hook, derive from its Forwarding<Role> and
// use withRole<>().)
class FailingSystem final : public SystemProbe
{
public:
    explicit FailingSystem(std::shared_ptr<SystemProbe> inner)
        : SystemProbe(inner->description(), inner->isSimulated(), hookedRoles(*inner, this))
        , m_inner(std::move(inner))
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
    std::function<Probed<bool>(const QString& path)> dedupAnswer;

private:
    // The roles read the hooks of the FailingSystem that made them (they live no longer than it
    // in a test: nobody else holds them).
    class Machine final : public ForwardingMachine
    {
    public:
        Machine(std::shared_ptr<const MachineProbe> inner, const FailingSystem* hooks)
            : ForwardingMachine(std::move(inner))
            , m_hooks(hooks)
        {
        }
        Probed<AccountInfo> account() const override
        {
            return m_hooks->accountAnswer ? m_hooks->accountAnswer() : ForwardingMachine::account();
        }
        Probed<OsInfo> osInfo() const override
        {
            return m_hooks->osAnswer ? m_hooks->osAnswer() : ForwardingMachine::osInfo();
        }

    private:
        const FailingSystem* m_hooks;
    };

    class Files final : public ForwardingFiles
    {
    public:
        Files(std::shared_ptr<const FilesProbe> inner, const FailingSystem* hooks)
            : ForwardingFiles(std::move(inner))
            , m_hooks(hooks)
        {
        }
        Probed<FileAttributes> fileAttributes(const QString& path) const override
        {
            return m_hooks->attributesAnswer ? m_hooks->attributesAnswer(path) : ForwardingFiles::fileAttributes(path);
        }
        Probed<QString> systemTempDir() const override
        {
            return m_hooks->tempDirAnswer ? m_hooks->tempDirAnswer() : ForwardingFiles::systemTempDir();
        }
        Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override
        {
            return m_hooks->listingAnswer ? m_hooks->listingAnswer() : ForwardingFiles::forEachEntry(dir, visit);
        }
        Probed<DiskSpace> diskSpace(const QString& path) const override
        {
            return m_hooks->diskAnswer ? m_hooks->diskAnswer(path) : ForwardingFiles::diskSpace(path);
        }
        Probed<VolumeInfo> volumeInfo(const QString& path) const override
        {
            return m_hooks->volumeAnswer ? m_hooks->volumeAnswer(path) : ForwardingFiles::volumeInfo(path);
        }
        Probed<bool> volumeDeduplicated(const QString& path) const override
        {
            return m_hooks->dedupAnswer ? m_hooks->dedupAnswer(path) : ForwardingFiles::volumeDeduplicated(path);
        }
        Probed<QString> fileVersion(const QString& path) const override
        {
            return m_hooks->versionAnswer ? m_hooks->versionAnswer(path) : ForwardingFiles::fileVersion(path);
        }
        Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const override
        {
            return m_hooks->textAnswer ? m_hooks->textAnswer(path) : ForwardingFiles::readTextTail(path, maxBytes);
        }

    private:
        const FailingSystem* m_hooks;
    };

    class Registry final : public ForwardingRegistry
    {
    public:
        Registry(std::shared_ptr<const RegistryProbe> inner, const FailingSystem* hooks)
            : ForwardingRegistry(std::move(inner))
            , m_hooks(hooks)
        {
        }
        Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                           RegistryView view) const override
        {
            return m_hooks->registryAnswer ? m_hooks->registryAnswer(key, valueName)
                                           : ForwardingRegistry::readRegistry(hive, key, valueName, view);
        }

    private:
        const FailingSystem* m_hooks;
    };

    static SystemRoles hookedRoles(const SystemProbe& inner, const FailingSystem* hooks)
    {
        SystemRoles roles = inner.roles();
        roles.machine = std::make_shared<Machine>(roles.machine, hooks);
        roles.files = std::make_shared<Files>(roles.files, hooks);
        roles.registry = std::make_shared<Registry>(roles.registry, hooks);
        return roles;
    }

    std::shared_ptr<SystemProbe> m_inner;
};

} // namespace mars::test
