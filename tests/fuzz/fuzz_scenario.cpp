// SPDX-License-Identifier: MIT
// The scenario parser: any bytes as a scenario file. It runs in a temporary folder that holds a
// copy of resources/scenarios/healthy-server.json, and a string "base" is pointed at that copy,
// so the merge code is fuzzed too while a hostile "base" never names a file on this machine
// (where "base" may point is the parser's own rule, tested by TestScenarioBase).
#include "FuzzSupport.h"
#include "system/ScenarioParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

QString scenarioFolder()
{
    static QTemporaryDir dir;
    static const bool ready = [] {
        QFile source(QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"));
        return dir.isValid() && source.copy(dir.filePath(QStringLiteral("healthy-server.json")));
    }();
    if (!ready)
        std::abort(); // a set-up problem, not a finding: say so loudly
    return dir.path();
}

// The input, with a string "base" replaced by the local copy's name.
QByteArray withLocalBase(const QByteArray& input)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return input;
    QJsonObject root = document.object();
    if (!root.value(QStringLiteral("base")).isString())
        return input;
    root.insert(QStringLiteral("base"), QStringLiteral("healthy-server.json"));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString source = scenarioFolder() + QStringLiteral("/fuzz.json");
    QString error;
    const auto model = mars::ScenarioParser::parse(withLocalBase(mars::fuzz::bytes(data, size)), source, &error);
    // Either a model or one sentence saying why not.
    if (!model && error.isEmpty())
        __builtin_trap();
    return 0;
}
