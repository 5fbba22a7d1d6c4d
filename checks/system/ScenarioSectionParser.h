// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioJsonReader.h"
#include "ScenarioModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

namespace mars {

// Reads the smaller sections of a scenario: "services", "scheduledTasks", "disks", "winHttpProxy", "rootStore",
// "certificates", "updateHistory", "knownFolders" and "expected". Part of ScenarioParser; shares its reader, so the
// first error still wins.
class ScenarioSectionParser
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioSectionParser)
public:
    ScenarioSectionParser(ScenarioJsonReader& in, ScenarioModel& model);
    ScenarioSectionParser(const ScenarioSectionParser&) = delete;
    ScenarioSectionParser& operator=(const ScenarioSectionParser&) = delete;

    bool parseServices(const QJsonValue& value);
    // `now` is the scenario's clock: a task's lastRunAgeHours counts back from it.
    bool parseScheduledTasks(const QJsonValue& value, const QDateTime& now);
    // Needs "folders" parsed first: a disk's root becomes a folder unless listed.
    bool parseDisks(const QJsonValue& value);
    bool parseProxy(const QJsonValue& value);
    bool parseRootStore(const QJsonValue& value);
    bool parseCertificates(const QJsonValue& value);
    // `now` is the scenario's clock: lastInstallAgeDays counts back from it.
    bool parseUpdateHistory(const QJsonValue& value, const QDateTime& now);
    bool parseKnownFolders(const QJsonValue& value);
    bool parseExpected(const QJsonValue& value);

private:
    bool scheduledTask(const QJsonValue& value, const QString& field, const QDateTime& now);
    // The thumbprints of `key` ("present" or "absent"), lower-case, into *out.
    bool thumbprints(const QJsonObject& o, const QString& field, const QString& key, QSet<QByteArray>* out);
    // One Personal store's list ("localMachine" or "currentUser") into *out.
    bool certificateList(const QJsonObject& o, const QString& key, QList<StoreCertificate>* out);

    ScenarioJsonReader& m_in;
    ScenarioModel& m_model;
};

} // namespace mars
