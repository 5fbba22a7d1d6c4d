// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioJsonReader.h"
#include "ScenarioModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mars {

// Reads the "files" section of a scenario: single files anywhere on the machine, with a
// version resource (.exe, .dll) or text (logs). A file directly inside the temp folder also
// becomes an entry of its listing. Parents of files are implied folders. Part of
// ScenarioParser; shares its reader, so the first error still wins.
class ScenarioFilesParser
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioFilesParser)
public:
    // `now` is the scenario's clock; "ageHours" counts back from it. Held by reference: the
    // parser may be made before the clock section is read.
    ScenarioFilesParser(ScenarioJsonReader& in, ScenarioModel& model, const QDateTime& now);
    ScenarioFilesParser(const ScenarioFilesParser&) = delete;
    ScenarioFilesParser& operator=(const ScenarioFilesParser&) = delete;

    // Needs "folders" and "tempFolder" parsed first.
    bool parse(const QJsonValue& section);
    // After every folder (listed, implied, disk roots) is known: no file may be a folder too.
    bool checkNoFileIsAFolder();

private:
    bool parseFile(const QJsonObject& item, const QString& field);
    bool addToTempFolder(const ScenarioFile& file, double age_h, bool sizeGiven, const QString& field);

    ScenarioJsonReader& m_in;
    ScenarioModel& m_model;
    const QDateTime& m_now;
    QStringList m_fields; // "files[3]" by file, for checkNoFileIsAFolder()'s message
    QStringList m_keys;
};

} // namespace mars
