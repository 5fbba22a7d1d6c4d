// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioJsonReader.h"
#include "ScenarioModel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mars {

// Reads the "registry" section of a scenario: one entry per value, typed as regedit shows it
// (REG_SZ, REG_DWORD, ...). A value makes its key and every parent key exist. Part of
// ScenarioParser; shares its reader, so the first error still wins.
class ScenarioRegistryParser
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioRegistryParser)
public:
    ScenarioRegistryParser(ScenarioJsonReader& in, ScenarioModel& model);
    ScenarioRegistryParser(const ScenarioRegistryParser&) = delete;
    ScenarioRegistryParser& operator=(const ScenarioRegistryParser&) = delete;

    bool parse(const QJsonValue& section);

private:
    bool parseData(const QJsonObject& item, const QString& field, RegistryValue* out);

    ScenarioJsonReader& m_in;
    ScenarioModel& m_model;
};

} // namespace mars
