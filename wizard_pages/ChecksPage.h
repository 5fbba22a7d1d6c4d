// SPDX-License-Identifier: MIT
#pragma once

#include "WizardSession.h"
#include "engine/CheckInfo.h"
#include "engine/Finding.h"
#include "report/Report.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace mars {

class CheckDetailPanel;
class CheckListModel;
class CheckListOrder;
class CheckRunner;
class FixDialog;
class FixRunner;
class WizardState;

// The page that runs one phase's checks (the same class serves Install and Register).
//  - initializePage() clears the list, copies the session environment with the current inputs
//    and starts a CheckRunner on catalog->checksFor(phase). Back then Next is a fresh run.
//  - cleanupPage() (Back) and the destructor cancel without blocking.
//  - isComplete(): the run has finished and every check has a finding; completeChanged() is
//    emitted whenever that flips (also when a re-run after a fix starts and ends).
//  - statusLabel always says what is happening and, while Next is disabled, why.
//  - Selecting a row shows its details and its fix buttons; a fix opens a FixDialog.
// Findings are published to WizardState for the Summary page.
class ChecksPage : public QWizardPage
{
    Q_OBJECT
public:
    ChecksPage(Phase phase, const WizardSession& session, std::shared_ptr<WizardState> state,
               QWidget* parent = nullptr);
    ~ChecksPage() override;

    Phase phase() const { return m_phase; }
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QString statusText() const;

Q_SIGNALS:
    // A fix asked the application to close (it relaunched itself elevated).
    void quitRequested();

private:
    void startRun();
    void checkStarted(const QString& checkId);
    void checkProgressed(const QString& checkId, qint64 done, qint64 total, const QString& text);
    void checkFinished(const mars::Finding& finding);
    void runFinished();
    void refresh();
    void showSelected();
    void journalReady();
    void selectWorstFinding();
    int selectedRow() const;
    void rerunSelected();
    void openFix(const QString& fixId);
    void openUndo(const mars::JournalEntry& entry);
    void openDialog(FixDialog* dialog);
    QString finishedCounts() const;
    QString headlineText() const;
    Report pageReport() const; // this page's findings and titles, for ReportWords

    const Phase m_phase;
    const WizardSession m_session; // a copy: shared services stay alive as long as the page
    std::shared_ptr<WizardState> m_state; // shared with the wizard and the other pages
    CheckRunner* m_runner = nullptr;
    FixRunner* m_fixRunner = nullptr;
    CheckListModel* m_model = nullptr;
    CheckListOrder* m_order = nullptr; // what the list shows: worst first, "Problems only"
    QTimer* m_tick = nullptr;
    bool m_runStarted = false;
    bool m_complete = false;
    bool m_sortWhenFinished = false; // a full run sorts worst first when it ends; re-checks do not
    QPointer<FixDialog> m_fixDialog;

    QLabel* m_headline = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_problemsOnly = nullptr;
    QLabel* m_fixesDisabled = nullptr;
    QLabel* m_backgroundFix = nullptr;
    QListView* m_list = nullptr;
    CheckDetailPanel* m_detail = nullptr;
    QPushButton* m_rerunButton = nullptr;
    QPushButton* m_rerunAllButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace mars
