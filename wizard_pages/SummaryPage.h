// SPDX-License-Identifier: MIT
#pragma once

#include "WizardSession.h"
#include "engine/WorkerPool.h"
#include "report/Report.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QFileDialog;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace mars {

class WizardState;

// Last page: the overall status in one line, counts by verdict (summaryCountsLabel), every
// finding that needs attention with its remedy, the fixes applied in this session, and the
// hand-off actions: Save report… (HTML, JSON, Markdown or text, written on a worker; a failure says
// so in a message box), Copy for ticket (redacted text), Support bundle… (a zip of the reports and
// the logs, listed before it is written: SupportBundleDialog), Show log, and the log file's path
// (logPathLabel).
// The Report (machine facts through the SystemProbe, this session's journal entries) is built
// on a worker by makeReport() when the page opens; Save and Copy are enabled once it is ready.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(const WizardSession& session, std::shared_ptr<WizardState> state, QWidget* parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;
    // The report as it would be saved now: the findings of the phases that ran and, once read
    // on a worker, the machine facts and this session's fixes.
    Report report() const;

private:
    void showReport();
    void reportReady(QFutureWatcher<Report>* watcher);
    void saveReport();
    void writeReport(const QString& filePath);
    // A failed save, in a window-modal box (objectName "saveReportFailedMessageBox").
    void showSaveFailed(const QString& filePath, const QString& error);
    void copySummary();
    // The support bundle's preview (SupportBundleDialog), from the report as it is now.
    void openSupportBundle();
    void showLog();
    void setFeedback(const QString& text);
    // On screen: the Redactor, and presenter mode's masking (the saved and copied reports keep
    // the personal data second-line support needs; they pass the Redactor).
    QString shown(const QString& text) const
    {
        return m_session.screen ? m_session.screen->shown(text) : m_redactor->redact(text);
    }

    const WizardSession m_session; // a copy: shared services stay alive as long as the page
    std::shared_ptr<WizardState> m_state; // shared with the wizard and the other pages
    std::shared_ptr<const Redactor> m_redactor;
    Report m_report;
    bool m_reportReady = false;
    // Not QtConcurrent's global pool: that one is joined at exit, so a slow disk or a hung OS
    // query while building or saving the report would freeze closing the window.
    std::unique_ptr<WorkerPool> m_pool = std::make_unique<WorkerPool>(this, 2);
    QFutureWatcher<Report>* m_reportWatcher = nullptr;
    QFutureWatcher<QString>* m_saveWatcher = nullptr;
    QFileDialog* m_saveDialog = nullptr;

    QLabel* m_overall = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_restartNeeded = nullptr;
    QLabel* m_reportedError = nullptr;
    QTextBrowser* m_attention = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_bundleButton = nullptr;
    QPushButton* m_logButton = nullptr;
    QLabel* m_feedback = nullptr;
    QLabel* m_logPath = nullptr;
};

} // namespace mars
