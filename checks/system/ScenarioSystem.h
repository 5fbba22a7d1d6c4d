// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioModel.h"
#include "SystemProbe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace mars {

// A Windows machine described by a JSON file (schema: docs/scenario-schema.md), for tests,
// demos and training. It answers every SystemProbe question from the description, and its
// actions change the in-memory machine (deleting temp files, clearing attributes, "relaunching"
// elevated), so a fix followed by its re-check behaves as on a real server. Nothing on the
// host is touched. Thread-safe: state is guarded by one mutex.
class ScenarioSystem final : public SystemProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioSystem)

public:
    // Parses a scenario. On failure returns nullptr and sets *error to a plain sentence that
    // names the file and, where possible, the line/field that is wrong. A "base" is resolved
    // relative to the folder of `filePath` (for fromJson: of `sourceName`); Qt resource paths
    // (":/scenarios/x.json") work too.
    static std::unique_ptr<ScenarioSystem> fromFile(const QString& filePath, QString* error);
    static std::unique_ptr<ScenarioSystem> fromJson(const QByteArray& json, const QString& sourceName, QString* error);
    ~ScenarioSystem() override;

    QString name() const; // the scenario's "name"
    QString summary() const; // its "description"
    // What the checks must report on this machine (the file's "expected"; never inherited
    // from a base), sorted by check id. Empty when the file does not say.
    QList<ScenarioExpectation> expectations() const;

    QString description() const override; // "SIMULATED: <name>"
    bool isSimulated() const override { return true; }
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
    struct State;
    explicit ScenarioSystem(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
    mutable QMutex m_mutex;
};

} // namespace mars
