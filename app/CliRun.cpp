// SPDX-License-Identifier: MIT
#include "CliRun.h"

#include "ReportOutput.h"
#include "engine/CheckInfo.h"
#include "logging/Logging.h"
#include "report/ExitCode.h"
#include "report/FixesOffered.h"
#include "report/JsonExporter.h" // TextExporter
#include "report/SupportBundle.h"
#include "system/SystemProbe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace mars {

CliRun::CliRun(const AppOptions& options, const Composition& composition, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_composition(composition)
    , m_runner(new CheckRunner(this))
{
    connect(m_runner, &CheckRunner::runFinished, this, &CliRun::finish);
}

void CliRun::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    // One run over the union of the requested phases: a check that belongs to both runs once.
    Phases phases;
    for (Phase phase : std::as_const(m_options.phases))
        phases |= phase;
    // The checks that can explain a reported error (--error) start first.
    const QList<std::shared_ptr<const Check>> checks =
            runOrderFor(m_composition.catalog->knownErrors(), m_composition.catalog->checksFor(phases),
                        m_composition.environment.inputs.reportedError);
    if (m_composition.environment.system->isSimulated())
        QTextStream(stderr) << m_composition.redactor->redact(m_composition.environment.system->description())
                            << " - results describe the scenario file, not this machine.\n";
    // A fix an earlier run left unfinished gets its "interrupted" line now, so this run's
    // report lists it with what to check (the console has no GUI thread to keep free).
    if (m_composition.journal)
        m_composition.journal->loadIndex();
    m_runner->start(checks, m_composition.environment);
}

void CliRun::finish()
{
    QStringList phases;
    for (Phase phase : std::as_const(m_options.phases))
        phases.append(phaseId(phase));
    const Report report = makeReport(m_composition.sessionId, *m_composition.catalog, m_composition.environment,
                                     m_runner->findings(), m_composition.journal->entries(), phases, m_started);
    QTextStream(stdout) << TextExporter(*m_composition.redactor)
                                   .toText(report,
                                           fixesOfferedText(report.findings, *m_composition.catalog, report.simulated));

    auto log = Logging::logger(QStringLiteral("app"));
    log->info("overall result: {} ({} passed, {} warnings, {} failed, {} could not run, {} not applicable)",
              verdictId(report.overall()).toStdString(), report.count(Verdict::Pass), report.count(Verdict::Warning),
              report.count(Verdict::Fail), report.count(Verdict::Error) + report.count(Verdict::TimedOut),
              report.count(Verdict::NotApplicable));
    int code = int(exitCodeFor(report));
    for (const AppOptions::ReportTarget& target : m_options.reports) { // checked before the run
        const QString& path = target.path;
        QString message; // a failure keeps the run's code
        if (!writeReportAfterRun(*m_composition.redactor, report, path, target.format, code, &message)) {
            QTextStream(stderr) << m_composition.redactor->redact(message) << '\n';
            log->error("report not written to {}: {}", path.toStdString(), message.toStdString());
        } else {
            log->info("report written to {}", QFileInfo(path).absoluteFilePath().toStdString());
        }
    }
    if (!m_options.bundlePath.isEmpty()) { // checked before the run, as the reports
        SupportBundleSources sources;
        sources.report = report;
        sources.catalog = m_composition.catalog;
        sources.environment = m_composition.environment;
        sources.toolLogPath = m_composition.logFilePath;
        sources.auditLogPath = Logging::auditFilePath();
        sources.journalPath = m_composition.journal ? m_composition.journal->filePath() : QString();
        QString message;
        if (writeBundleAfterRun(*m_composition.redactor, sources, m_options.bundlePath, code, &message)) {
            QTextStream(stdout) << m_composition.redactor->redact(message) << '\n';
            log->info("support bundle written to {}", QFileInfo(m_options.bundlePath).absoluteFilePath().toStdString());
        } else {
            QTextStream(stderr) << m_composition.redactor->redact(message) << '\n';
            log->error("support bundle not written to {}: {}", m_options.bundlePath.toStdString(),
                       message.toStdString());
        }
    }
    log->info("exit code {}", code);
    QCoreApplication::exit(code);
}

} // namespace mars
