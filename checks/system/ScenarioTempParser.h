// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioJsonReader.h"
#include "ScenarioModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mars {

// Reads the "tempFolder" section of a scenario into ScenarioModel::temp. A generator
// ({"pattern": "tmp{n}.tmp", "count": 70000}) is kept as its description: the folder makes each
// entry when it is listed or looked up (ScenarioTempFolder), so memory does not grow with the count.
// Part of ScenarioParser; shares its reader, so the first error still wins.
class ScenarioTempParser
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioTempParser)
public:
    // `now` is the scenario's clock; "ageHours" counts back from it.
    ScenarioTempParser(ScenarioJsonReader& in, ScenarioModel& model, QDateTime now);
    ScenarioTempParser(const ScenarioTempParser&) = delete;
    ScenarioTempParser& operator=(const ScenarioTempParser&) = delete;

    // Needs the "folders" section parsed first: the temp folder may be one of them.
    bool parse(const QJsonValue& section);

private:
    bool parseFile(const QJsonObject& item, const QString& field);
    bool parseGenerator(const QJsonObject& item, const QString& field);
    bool parseNames(const QJsonObject& section, const QString& key, FileAttributes attributes);
    bool plainName(const QString& name, const QString& field);
    bool addEntry(ScenarioTempEntry entry, const QString& field);

    ScenarioJsonReader& m_in;
    ScenarioModel& m_model;
    QDateTime m_now;
};

} // namespace mars
