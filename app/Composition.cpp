// SPDX-License-Identifier: MIT
#include "Composition.h"

#include "catalog/BuiltinCatalog.h"
#include "engine/GuardedSystem.h"
#include "engine/JournalTrust.h"
#include "engine/SessionId.h"
#include "logging/Logging.h"
#include "system/JournalKeyStore.h"
#include "system/NativeSystem.h"
#include "system/ScenarioSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

#include <spdlog/spdlog.h>

namespace mars {

namespace {
// The parsed options, for the log's start line: never argv (a --proxy password would be in it;
// the parser keeps the address without it). The mode, phases, goal and cloud always; the rest if given.
std::string optionsText(const AppOptions& options)
{
    QStringList phases;
    for (Phase phase : options.phases)
        phases.append(phaseId(phase));
    const CheckInputs& in = options.inputs;
    QStringList parts{options.cli ? QStringLiteral("--cli") : QStringLiteral("wizard"),
                      QStringLiteral("--phase ") + phases.join(u','), QStringLiteral("--goal ") + goalId(in.goal),
                      QStringLiteral("--cloud ") + cloudId(in.cloud)};
    const auto add = [&parts](const char* option, const QString& value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(option) + u' ' + value);
    };
    add("--scenario", options.scenarioPath);
    add("--temp-dir", options.tempDir);
    add("--install-dir", in.installDir);
    add("--vault-credentials", in.vaultCredentialsPath);
    if (!in.reportedError.isEmpty())
        parts.append(QStringLiteral("--error \"%1\"").arg(in.reportedError));
    for (const AppOptions::ReportTarget& report : options.reports)
        parts.append(report.option + u' ' + report.path);
    if (options.presenter)
        parts.append(QStringLiteral("--presenter"));
    add("--data-dir", options.dataDir);
    add("--language", options.language);
    if (options.verbose)
        parts.append(QStringLiteral("--verbose"));
    parts.append(in.labInputs()); // --endpoints, --trusted-roots, --proxy (without credentials)
    return parts.join(u' ').toStdString();
}
} // namespace

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
    // Lines are signed with a per-machine key only administrators can read (JournalTrust), and
    // each names the machine and account: the journal is a file the user's own processes can write.
    c->journal->setTrust(createNativeJournalKeyStore(),
                         [system = c->environment.system] { return journalIdentityOf(*system); });
    c->environment.journal = c->journal;

    Logging::logger(QStringLiteral("app"))
            ->info("session start: mars-troubleshooter {} on {} ({}, host {}); simulated: {}; system: {}; data "
                   "folder: {}; options: {}",
                   QCoreApplication::applicationVersion().toStdString(), QSysInfo::prettyProductName().toStdString(),
                   QSysInfo::currentCpuArchitecture().toStdString(), QSysInfo::machineHostName().toStdString(),
                   system->isSimulated() ? "yes" : "no", system->description().toStdString(), c->dataDir.toStdString(),
                   optionsText(options));
    return true;
}

} // namespace mars
