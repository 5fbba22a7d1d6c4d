// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioJsonReader.h"
#include "ScenarioModel.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace mars {

// Reads the "network" section of a scenario (docs/scenario-schema.md): offline, and the rules
// that say what an exchange with a host, or through a proxy, answers. Part of ScenarioParser;
// shares its reader, so the first error still wins.
class ScenarioNetworkParser
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioNetworkParser)
public:
    ScenarioNetworkParser(ScenarioJsonReader& in, ScenarioModel& model);
    ScenarioNetworkParser(const ScenarioNetworkParser&) = delete;
    ScenarioNetworkParser& operator=(const ScenarioNetworkParser&) = delete;

    bool parse(const QJsonValue& value);

private:
    bool parseExchange(const QJsonValue& value, const QString& field);

    ScenarioJsonReader& m_in;
    ScenarioModel& m_model;
};

} // namespace mars
