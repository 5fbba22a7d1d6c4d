// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioJsonReader.h"
#include "ScenarioModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mars {

// Turns a scenario file (schema 1, docs/scenario-schema.md) into a validated ScenarioModel, or
// into one plain sentence naming the file and the line/column or field that is wrong. Never
// crashes and never allocates without bound on hostile input: sizes and counts are capped.
// "tempFolder" is read by ScenarioTempParser, "files" by ScenarioFilesParser, "registry" by
// ScenarioRegistryParser, the smaller sections by ScenarioSectionParser; names compare as
// ScenarioKeys says.
class ScenarioParser
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioParser)
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    // `sourceName` names the file in messages and is the path a "base" is resolved against.
    static std::optional<ScenarioModel> parse(const QByteArray& json, const QString& sourceName, QString* error);
    // The syntax step alone: size, byte-order mark, JSON, a top-level object. Also used for
    // the files a "base" names.
    static bool decode(const QByteArray& json, const QString& sourceName, QJsonObject* out, QString* error);

private:
    explicit ScenarioParser(const QString& sourceName);

    bool parseRoot(const QJsonObject& root);
    bool parseAccount(const QJsonValue& value);
    bool parseOs(const QJsonValue& value);
    bool parseIdentity(const QJsonObject& os);
    bool parseClock(const QJsonValue& value);
    bool parseFolders(const QJsonValue& value);

    void addImpliedFolders();

    ScenarioJsonReader m_in;
    ScenarioModel m_model;
    QDateTime m_now; // the scenario's "now", for file ages
};

} // namespace mars
