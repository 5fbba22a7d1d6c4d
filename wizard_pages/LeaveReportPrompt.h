// SPDX-License-Identifier: MIT
#pragma once

#include "WizardSession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QFileDialog;
class QMessageBox;
class QWidget;

namespace mars {

class WizardState;
class WorkerPool;

// Cancel or the close box after a fix changed the server, or with findings that need attention,
// and no report saved since: asks first (a window-modal box, objectName "leaveReportMessageBox")
// with "Save report…" (leaveSaveReportButton), "Close without saving" (leaveWithoutSavingButton)
// and "Keep working" (the default and Escape). Save opens the report file dialog
// (leaveSaveReportFileDialog), builds the full report on a worker and writes it; only a written
// report lets the window close, a failure says why and the window stays.
class LeaveReportPrompt : public QObject
{
    Q_OBJECT
public:
    LeaveReportPrompt(const WizardSession& session, std::shared_ptr<WizardState> state, QWidget* window);
    ~LeaveReportPrompt() override;

    // Something a person would regret losing: a change to the server, or a problem found.
    static bool worthOffering(const WizardState& state);
    // Opens the box; `leave` runs once the technician chose to leave (after saving, or without).
    void ask(std::function<void()> leave);

private:
    void save(const QString& filePath);

    const WizardSession m_session;
    std::shared_ptr<WizardState> m_state;
    QPointer<QWidget> m_window;
    std::function<void()> m_leave;
    QPointer<QMessageBox> m_box;
    QPointer<QFileDialog> m_fileDialog;
    bool m_saving = false;
    std::unique_ptr<WorkerPool> m_pool; // not the global pool: joined at exit
};

} // namespace mars
