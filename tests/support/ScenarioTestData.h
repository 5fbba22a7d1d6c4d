// SPDX-License-Identifier: MIT
#pragma once

// Shared by the ScenarioSystem tests: where the scenario files live, loading them, and a
// minimal valid scenario that a test patches field by field.
#include "system/ScenarioSystem.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace mars::test {

inline const QString kTemp = QStringLiteral("C:\\Windows\\Temp");
inline const QString kInstallDir = QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent");

// MARS_SOURCE_DIR is the project root, given by the test's CMake target.
inline QString shipped(const char* file)
{
    return QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/") + QLatin1String(file);
}

inline QString testData(const char* file)
{
    return QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/") + QLatin1String(file);
}

inline std::unique_ptr<ScenarioSystem> load(const QString& path)
{
    QString error;
    auto system = ScenarioSystem::fromFile(path, &error);
    if (!system)
        qWarning("%s", qPrintable(error));
    return system;
}

// The smallest valid scenario; test cases patch its top-level fields.
inline const char* const kBase = R"({"schema": 1, "name": "case",
    "account": {"user": "CONTOSO\\admin", "adminMember": true, "elevation": "elevated"},
    "os": {"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0, "build": 17763,
           "productType": "server"}})";

// kBase with the top-level fields of `patchJson` replaced (null removes a field).
inline QByteArray scenarioWith(const char* patchJson)
{
    QJsonParseError error;
    const QJsonDocument patch = QJsonDocument::fromJson(QByteArray(patchJson), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test patch %s: %s", patchJson, qPrintable(error.errorString()));
    QJsonObject scenario = QJsonDocument::fromJson(QByteArray(kBase)).object();
    const QJsonObject fields = patch.object();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            scenario.remove(it.key());
        else
            scenario.insert(it.key(), it.value());
    }
    return QJsonDocument(scenario).toJson();
}

inline std::unique_ptr<ScenarioSystem> fromPatch(const char* patchJson)
{
    QString error;
    auto system = ScenarioSystem::fromJson(scenarioWith(patchJson), QStringLiteral("case.json"), &error);
    if (!system)
        qWarning("%s", qPrintable(error));
    return system;
}

// healthy-server.json with the top-level fields of `patch` (a JSON object's members, without
// the braces; may be empty), as a scenario file naming it as its "base" would give them.
inline std::unique_ptr<ScenarioSystem> onHealthyServer(const QByteArray& patch)
{
    const QByteArray json = R"({"schema": 1, "base": ":/scenarios/healthy-server.json", "name": "case")"
                            + (patch.isEmpty() ? QByteArray() : ", " + patch) + "}";
    QString error;
    auto system = ScenarioSystem::fromJson(json, QStringLiteral("case.json"), &error);
    if (!system)
        qWarning("%s", qPrintable(error));
    return system;
}

struct Listing
{
    qint64 entries = 0;
    qint64 regularTmp = 0;
    qint64 anyTmp = 0;
};

inline Listing list(const ScenarioSystem& system, const QString& dir = kTemp)
{
    Listing result;
    const auto status = system.files().forEachEntry(dir, [&result](const DirEntry& entry) {
        ++result.entries;
        const bool tmp = entry.name.endsWith(QLatin1String(".tmp"), Qt::CaseInsensitive);
        result.anyTmp += tmp ? 1 : 0;
        result.regularTmp += tmp && entry.isRegularFile() ? 1 : 0;
        return true;
    });
    if (!status.ok() || status.value != result.entries)
        qFatal("listing failed: %s", qPrintable(status.reason));
    return result;
}

// Runs `work` on a thread and ends the run, instead of hanging it, on a deadlock.
inline void runGuarded(const std::function<void()>& work, int timeout_ms = 60000)
{
    std::unique_ptr<QThread> thread(QThread::create(work));
    thread->start();
    if (!thread->wait(QDeadlineTimer(timeout_ms)))
        qFatal("deadlock: the work did not finish within %d ms", timeout_ms);
}

} // namespace mars::test
