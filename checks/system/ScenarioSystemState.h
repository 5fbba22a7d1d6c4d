// SPDX-License-Identifier: MIT
#pragma once

// Private to ScenarioSystem*.cpp: the simulated machine the scenario roles share, and the
// answers they have in common. The roles' member functions are spread over three files (files
// and folders; registry, machine facts and services; volumes and file content) to keep each one
// readable; every one locks ScenarioState::mutex before touching the model.
#include "ScenarioKeys.h"
#include "ScenarioModel.h"
#include "ScenarioSystem.h"

#include <QMutex>

namespace mars::scenario {

// The Win32 error codes a real machine reports in the same situations, so evidence and
// logs read the same for a scenario as for WindowsSystem.
constexpr quint32 kErrorFileNotFound = 2;
constexpr quint32 kErrorAccessDenied = 5;
constexpr quint32 kErrorNotReady = 21; // a volume that does not answer (offline, no medium)
constexpr quint32 kErrorResourceTypeNotFound = 1813; // GetFileVersionInfo: no version resource
constexpr quint32 kErrorServiceDisabled = 1058;
constexpr quint32 kErrorServiceDoesNotExist = 1060;

template<typename T>
Probed<T> notFound(const QString& path)
{
    return Probed<T>::bad(ProbeStatus::NotFound,
                          ScenarioSystem::tr("%1 does not exist on the simulated machine.").arg(path),
                          kErrorFileNotFound);
}

template<typename T>
Probed<T> notReady(const QString& path)
{
    return Probed<T>::bad(
            ProbeStatus::Failed,
            ScenarioSystem::tr("%1 cannot be read: the device is not ready (the simulated drive is offline).")
                    .arg(path),
            kErrorNotReady);
}

template<typename T>
Probed<T> needsElevation(const QString& action)
{
    return Probed<T>::bad(
            ProbeStatus::Denied,
            ScenarioSystem::tr("%1 needs administrator rights, and this (simulated) process is not elevated.")
                    .arg(action),
            kErrorAccessDenied);
}

template<typename T>
Probed<T> serviceNotFound(const QString& name)
{
    return Probed<T>::bad(ProbeStatus::NotFound,
                          ScenarioSystem::tr("The service %1 is not installed on the simulated machine.").arg(name),
                          kErrorServiceDoesNotExist);
}

} // namespace mars::scenario

namespace mars {

// The machine. Every member function of a scenario role locks `mutex` before touching it.
struct ScenarioState
{
    ScenarioModel model;
    mutable QMutex mutex;

    bool isElevated() const { return model.account.elevation == TokenElevation::Elevated; }
    bool canWrite(const ScenarioFolder& folder) const { return isElevated() || folder.writableWithoutElevation; }
    bool isTempFolder(const QString& key) const { return model.tempExists && key == model.tempKey; }

    // The index of the live temp-folder entry a full path names, or nothing.
    std::optional<qint64> tempIndex(const QString& pathKey) const
    {
        if (!isTempFolder(ScenarioKeys::parentKey(pathKey)))
            return std::nullopt;
        return model.temp.indexOf(pathKey.mid(pathKey.lastIndexOf(QLatin1Char('\\')) + 1));
    }
    // That entry (a copy: a generated one exists only while it is looked at), or nothing.
    std::optional<ScenarioTempEntry> tempEntry(const QString& pathKey) const
    {
        const std::optional<qint64> index = tempIndex(pathKey);
        return index ? std::optional<ScenarioTempEntry>(model.temp.at(*index)) : std::nullopt;
    }
    // The disk whose root is the longest prefix of `pathKey`, so a volume mounted at
    // C:\Mount\Data beats C:\; nullptr when no disk holds the path.
    const ScenarioDisk* diskHolding(const QString& pathKey) const
    {
        const ScenarioDisk* best = nullptr;
        qsizetype bestLength = -1;
        for (const ScenarioDisk& disk : model.disks) {
            const QString root = ScenarioKeys::pathKey(disk.space.volumeRoot);
            const bool holds = pathKey == root || pathKey.startsWith(root + QLatin1Char('\\'));
            if (holds && root.size() > bestLength) {
                best = &disk;
                bestLength = root.size();
            }
        }
        return best;
    }
    // True when the disk holding `pathKey` is described as offline: Windows then answers
    // ERROR_NOT_READY for anything on it.
    bool onOfflineDisk(const QString& pathKey) const
    {
        const ScenarioDisk* disk = diskHolding(pathKey);
        return disk && !disk->online;
    }
};

} // namespace mars
