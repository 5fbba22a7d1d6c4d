// SPDX-License-Identifier: MIT
#include "Composition.h"

#include "catalog/BuiltinCatalog.h"
#include "engine/GuardedSystem.h"
#include "engine/SessionId.h"
#include "logging/Logging.h"
#include "system/NativeSystem.h"
#include "system/ScenarioSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

#include <spdlog/spdlog.h>

namespace mars {

bool compose(const AppOptions& options, Composition* c, QString* error)
{
    c->sessionId = newSessionId();
    c->redactor = std::make_shared<Redactor>();
    for (const QString& secret : options.secrets)
        c->redactor->addSecret(secret);
    c->dataDir = options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                           : QDir(options.dataDir).absolutePath();
    const QFileInfo dataInfo(c->dataDir);
    if (dataInfo.exists() && !dataInfo.isDir()) {
        *error = QCoreApplication::translate("mars::Composition",
                                             "The data folder %1 is a file, not a folder: name another folder with "
                                             "--data-dir.")
                         .arg(QDir::toNativeSeparators(c->dataDir));
        return false;
    }
    if (!QDir().mkpath(c->dataDir)) {
        *error = QCoreApplication::translate("mars::Composition",
                                             "Cannot create the data folder %1 (the log and the fix journal go there): "
                                             "name a folder this account may write to with --data-dir.")
                         .arg(QDir::toNativeSeparators(c->dataDir));
        return false;
    }

    LogOptions log;
    log.directory = QDir(c->dataDir).filePath(QStringLiteral("logs"));
    log.sessionId = c->sessionId;
    log.alsoStderr = options.verbose;
    QString logError;
    if (!Logging::init(log, c->redactor, &logError))
        qWarning("%s", qPrintable(logError)); // keep going: the ring buffer still works
    c->logFilePath = Logging::logFilePath();

    std::shared_ptr<SystemProbe> system;
    if (!options.scenarioPath.isEmpty()) {
        QString scenarioError;
        std::shared_ptr<ScenarioSystem> scenario = ScenarioSystem::fromFile(options.scenarioPath, &scenarioError);
        if (!scenario) {
            *error = QCoreApplication::translate("mars::Composition",
                                                 "The scenario file cannot be used: %1\nCorrect it "
                                                 "(docs/scenario-schema.md) or leave --scenario out to check this "
                                                 "machine.")
                             .arg(scenarioError); // the parser's sentence names the file
            return false;
        }
        system = scenario;
    } else {
        system = createNativeSystem({options.tempDir});
    }

    // Every OS question and action goes through the guard: one asked on the GUI thread is a bug.
    c->environment.system = guardedAgainstGuiThread(system);
    c->environment.inputs = options.inputs;
    c->catalog = std::make_shared<const CheckCatalog>(builtinCatalog());
    c->journal = std::make_shared<FixJournal>(QDir(c->dataDir).filePath(QStringLiteral("fix-journal.jsonl")),
                                              c->sessionId, c->redactor);
    c->environment.journal = c->journal;

    Logging::logger(QStringLiteral("app"))
            ->info("mars-troubleshooter {} started on {} ({}); system: {}; data folder: {}",
                   QCoreApplication::applicationVersion().toStdString(), QSysInfo::prettyProductName().toStdString(),
                   QSysInfo::currentCpuArchitecture().toStdString(), system->description().toStdString(),
                   c->dataDir.toStdString());
    return true;
}

} // namespace mars
