// SPDX-License-Identifier: MIT
#include "LeaveReportPrompt.h"

#include "ReportAssembly.h"
#include "ReportSaveDialog.h"
#include "WizardState.h"
#include "engine/WorkerPool.h"
#include "logging/Logging.h"
#include "report/ReportFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace mars {

LeaveReportPrompt::LeaveReportPrompt(const WizardSession& session, std::shared_ptr<WizardState> state, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_state(std::move(state))
    , m_window(window)
    , m_pool(std::make_unique<WorkerPool>(this, 1))
{
}

LeaveReportPrompt::~LeaveReportPrompt() = default;

bool LeaveReportPrompt::worthOffering(const WizardState& state)
{
    if (state.reportSaved())
        return false;
    if (state.machineChanged())
        return true;
    const QList<Finding> findings = latestFindings(state);
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return verdictNeedsAttention(f.verdict); });
}

void LeaveReportPrompt::ask(std::function<void()> leave)
{
    m_leave = std::move(leave);
    if (m_box && m_box->isVisible()) { // asked twice (Escape, then the close box)
        m_box->raise();
        return;
    }
    const bool changed = m_state->machineChanged();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Save the report before closing?"),
                                changed ? tr("This session changed the server, and the report of what it changed is "
                                             "not saved yet.")
                                        : tr("This session found problems, and its report is not saved yet."),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("leaveReportMessageBox"));
    box->setInformativeText(tr("Second-line support needs the report to carry on from here."));
    QPushButton* saveButton = box->addButton(tr("Save report…"), QMessageBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("leaveSaveReportButton"));
    QPushButton* leaveButton = box->addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
    leaveButton->setObjectName(QStringLiteral("leaveWithoutSavingButton"));
    QPushButton* stayButton = box->addButton(tr("Keep working"), QMessageBox::RejectRole);
    stayButton->setObjectName(QStringLiteral("leaveKeepWorkingButton"));
    // Enter and Escape both keep the window: leaving is always a deliberate click.
    box->setDefaultButton(stayButton);
    box->setEscapeButton(stayButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, saveButton, leaveButton](QAbstractButton* clicked) {
        if (clicked == leaveButton) {
            Logging::logger(QStringLiteral("wizard"))->info("closing without saving the report (asked)");
            if (m_leave)
                m_leave();
        } else if (clicked == saveButton) {
            if (!m_fileDialog) {
                m_fileDialog = makeReportSaveDialog(m_window, m_session.sessionId,
                                                    QStringLiteral("leaveSaveReportFileDialog"));
                m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(m_fileDialog, &QFileDialog::fileSelected, this, &LeaveReportPrompt::save);
            }
            m_fileDialog->open();
        }
    });
    m_box = box;
    box->open();
}

void LeaveReportPrompt::save(const QString& filePath)
{
    if (m_saving)
        return;
    m_saving = true;
    // The same report the Summary page saves: built on a worker, then written on it.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, filePath] {
        watcher->deleteLater();
        m_saving = false;
        const QString error = watcher->result();
        auto log = Logging::logger(QStringLiteral("wizard"));
        if (error.isEmpty()) {
            m_state->noteReportSaved();
            log->info("report saved to {} (on leaving)", QDir::toNativeSeparators(filePath).toStdString());
            if (m_leave)
                m_leave();
            return;
        }
        log->error("report not saved to {}: {}", QDir::toNativeSeparators(filePath).toStdString(), error.toStdString());
        auto* failed = new QMessageBox(QMessageBox::Warning, tr("The report was not saved"),
                                       tr("The report could not be saved to %1. The window stays open.")
                                               .arg(QDir::toNativeSeparators(filePath)),
                                       QMessageBox::Ok, m_window);
        failed->setObjectName(QStringLiteral("saveReportFailedMessageBox"));
        failed->setInformativeText(error);
        failed->setAttribute(Qt::WA_DeleteOnClose);
        failed->open();
    });
    QFuture<Report> full = assembleReport(m_session, *m_state, m_pool->threadPool());
    const std::shared_ptr<const Redactor> redactor =
            m_session.redactor ? m_session.redactor : std::make_shared<const Redactor>();
    watcher->setFuture(full.then(m_pool->threadPool(), [redactor, filePath](const Report& report) {
        QString error;
        if (!writeReportFile(report, *redactor, filePath, &error) && error.isEmpty())
            error = LeaveReportPrompt::tr("Could not save the report.");
        return error;
    }));
}

} // namespace mars
