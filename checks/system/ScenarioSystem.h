// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioModel.h"
#include "SystemProbe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace mars {

struct ScenarioState;

// A Windows machine described by a JSON file (schema: docs/scenario-schema.md), for tests,
// demos and training. Its roles (ScenarioRoles.h) answer every question from the description,
// and their actions change the in-memory machine (deleting temp files, clearing attributes,
// "relaunching" elevated), so a fix followed by its re-check behaves as on a real server.
// Nothing on the host is touched. Thread-safe: the roles share one state and one mutex. Its
// description is "SIMULATED: <name>".
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

private:
    explicit ScenarioSystem(std::shared_ptr<ScenarioState> state);

    std::shared_ptr<ScenarioState> m_state;
};

} // namespace mars
