// SPDX-License-Identifier: MIT
#include "ChecksPage.h"

#include "CheckDetailPanel.h"
#include "CheckItemDelegate.h"
#include "CheckListModel.h"
#include "CheckListOrder.h"
#include "FixDialog.h"
#include "ReadableColour.h"
#include "ScaledFont.h"
#include "SimulatedBanner.h"
#include "WizardState.h"
#include "engine/CheckRunner.h"
#include "engine/FixRunner.h"
#include "report/ReportWords.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace mars {

namespace {
constexpr int kTick_ms = 250; // elapsed times refresh at ~4 Hz while checks run
} // namespace

ChecksPage::ChecksPage(Phase phase, const WizardSession& session, std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_phase(phase)
    , m_session(session)
    , m_state(std::move(state))
    , m_runner(new CheckRunner(this))
    , m_fixRunner(new FixRunner(m_runner, session.journal, this))
    , m_model(new CheckListModel(this))
    , m_order(new CheckListOrder(this))
    , m_tick(new QTimer(this))
{
    setObjectName(phase == Phase::Install ? QStringLiteral("installChecksPage") : QStringLiteral("registerChecksPage"));
    setTitle(phase == Phase::Install ? tr("Can the agent be installed?")
                                     : tr("Can this server be registered with the vault?"));
    setSubTitle(tr("These checks only read this server. Select a check to see what it found and what to do."));

    auto* layout = new QVBoxLayout(this);
    if (session.isSimulated())
        layout->addWidget(new SimulatedBanner(session.environment.machineDescription(), this));

    // The overview first: once the checks have finished, one sentence says whether the server
    // is ready and what to do first.
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    keepScaledFont(m_headline, 1.15);
    m_headline->hide();
    layout->addWidget(m_headline);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    layout->addWidget(m_status);

    // Said once, above the list, when no fix can run: the fix journal cannot be written.
    m_fixesDisabled = new QLabel(this);
    m_fixesDisabled->setObjectName(QStringLiteral("fixesDisabledLabel"));
    m_fixesDisabled->setWordWrap(true);
    m_fixesDisabled->setTextFormat(Qt::PlainText);
    styleAsAlert(m_fixesDisabled);
    m_fixesDisabled->hide();
    layout->addWidget(m_fixesDisabled);
    // A fix that did not stop when asked keeps running after its dialog closed.
    m_backgroundFix = new QLabel(this);
    m_backgroundFix->setObjectName(QStringLiteral("backgroundFixLabel"));
    m_backgroundFix->setWordWrap(true);
    m_backgroundFix->setTextFormat(Qt::PlainText);
    m_backgroundFix->hide();
    layout->addWidget(m_backgroundFix);

    // List and detail side by side: on a 1366x768 screen both are visible at once, and the list
    // shows far more rows than above-and-below did.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("checkListView"));
    m_list->setAccessibleDescription(
            tr("Every check of this page with its verdict. Select one to see what it found and what to do."));
    m_order->setSourceModel(m_model);
    m_list->setModel(m_order);
    m_list->setItemDelegate(new CheckItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(280);
    m_list->setAccessibleName(tr("Checks"));
    m_model->setScreen(session.screen);
    m_detail = new CheckDetailPanel(session.catalog, session.screen, splitter);
    m_detail->setMinimumWidth(320);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    // The details (sentences, remedies, evidence) take a little more of any extra width.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 560});
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_problemsOnly = new QCheckBox(tr("Problems only"), this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheckBox"));
    m_problemsOnly->setToolTip(tr("Hide the checks that passed or do not apply."));
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_order->setProblemsOnly(on);
        refresh();
    });
    buttons->addWidget(m_problemsOnly);
    m_rerunButton = new QPushButton(tr("Re-run selected"), this);
    m_rerunButton->setObjectName(QStringLiteral("rerunButton"));
    m_rerunAllButton = new QPushButton(tr("Re-run all"), this);
    m_rerunAllButton->setObjectName(QStringLiteral("rerunAllButton"));
    m_rerunButton->setToolTip(tr("Runs the selected check again."));
    m_rerunAllButton->setToolTip(tr("Runs every check of this page again."));
    m_cancelButton = new QPushButton(tr("Cancel checks"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stops the checks that are still running. Their result stays unknown."));
    buttons->addWidget(m_rerunButton);
    buttons->addWidget(m_rerunAllButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    m_tick->setInterval(kTick_ms);
    connect(m_tick, &QTimer::timeout, m_model, &CheckListModel::tick);
    connect(m_runner, &CheckRunner::checkStarted, this, &ChecksPage::checkStarted);
    connect(m_runner, &CheckRunner::checkProgressed, this, &ChecksPage::checkProgressed);
    connect(m_runner, &CheckRunner::checkFinished, this, &ChecksPage::checkFinished);
    connect(m_runner, &CheckRunner::runFinished, this, &ChecksPage::runFinished);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecksPage::showSelected);
    connect(m_detail, &CheckDetailPanel::fixRequested, this, &ChecksPage::openFix);
    connect(m_detail, &CheckDetailPanel::undoRequested, this, &ChecksPage::openUndo);
    // The Undo buttons come from the journal's index in memory, read once on a worker.
    connect(m_fixRunner, &FixRunner::journalReady, this, &ChecksPage::journalReady);
    connect(m_fixRunner, &FixRunner::stillRunning, this, [this](const QString& text) {
        m_backgroundFix->setText(text);
        m_backgroundFix->show();
    });
    connect(m_fixRunner, &FixRunner::applied, m_backgroundFix, &QWidget::hide);
    connect(m_state.get(), &WizardState::screenTextsChanged, this, [this] {
        m_model->refreshTexts();
        showSelected();
    });
    connect(m_fixRunner, &FixRunner::applied, this, [this](const FixOutcome& outcome) {
        if (outcome.result == FixResult::Applied || outcome.result == FixResult::PartlyApplied)
            m_state->noteMachineChanged(); // leaving now offers to save the report first
    });
    m_fixRunner->loadJournal();
    connect(m_rerunButton, &QPushButton::clicked, this, &ChecksPage::rerunSelected);
    connect(m_rerunAllButton, &QPushButton::clicked, this, &ChecksPage::startRun);
    connect(m_cancelButton, &QPushButton::clicked, m_runner, &CheckRunner::cancel);
    refresh();
}

ChecksPage::~ChecksPage()
{
    // The runners' destructors cancel their tokens and close their mailboxes, so late results
    // of a still-running probe are dropped; each waits at most 300 ms for a stuck probe, then
    // leaves it behind (WorkerPool).
    m_runner->disconnect(this);
    m_fixRunner->disconnect(this);
    m_fixRunner->cancel();
}

void ChecksPage::initializePage()
{
    startRun();
}

void ChecksPage::cleanupPage()
{
    // Back: stop this phase without blocking; the next visit starts from scratch.
    if (m_fixDialog)
        m_fixDialog->reject();
    m_fixRunner->cancel();
    m_runner->cancel();
    m_tick->stop();
    m_state->clearFindings(m_phase);
}

void ChecksPage::startRun()
{
    CheckEnvironment environment = m_session.environment;
    environment.inputs = m_state->inputs();
    // Listed and started in run order: the checks that can explain a reported error come first.
    const QList<std::shared_ptr<const Check>> checks =
            m_session.catalog ? runOrderFor(m_session.catalog->knownErrors(), m_session.catalog->checksFor(m_phase),
                                            environment.inputs.reportedError)
                              : QList<std::shared_ptr<const Check>>{};

    m_state->clearFindings(m_phase);
    m_detail->showNothing();
    m_order->keepRunOrder(); // rows stay in the run's order while it runs
    m_model->setChecks(checks); // every row NotRun; the runner marks them started below
    m_sortWhenFinished = true;
    m_runStarted = true;
    m_tick->start();
    m_runner->start(checks, environment);
    refresh();
}

void ChecksPage::checkStarted(const QString& checkId)
{
    m_model->markStarted(checkId);
    if (!m_tick->isActive())
        m_tick->start();
    if (m_detail->shownCheckId() == checkId)
        showSelected();
    refresh();
}

void ChecksPage::checkProgressed(const QString& checkId, qint64 done, qint64 total, const QString& text)
{
    m_model->setProgress(checkId, done, total, text);
}

void ChecksPage::checkFinished(const Finding& finding)
{
    m_model->setFinding(finding);
    m_state->setFindings(m_phase, m_runner->findings());
    if (m_detail->shownCheckId() == finding.checkId)
        showSelected();
    refresh();
}

void ChecksPage::runFinished()
{
    m_tick->stop();
    m_model->tick();
    // A full run ends worst first; a re-check (after a fix) leaves the rows where they are.
    if (m_sortWhenFinished && m_model->allFinished()) {
        m_sortWhenFinished = false;
        m_order->sortWorstFirst();
    }
    m_order->invalidate(); // "Problems only" follows the latest verdicts
    if (m_model->allFinished())
        m_state->noteRunFinished(m_phase); // the first such run is what the Summary compares with
    if (selectedRow() < 0)
        selectWorstFinding();
    refresh();
}

bool ChecksPage::isComplete() const
{
    return m_runStarted && !m_runner->isRunning() && m_model->allFinished();
}

void ChecksPage::refresh()
{
    m_status->setText(statusText());
    const bool finished = m_runStarted && !m_runner->isRunning() && m_model->allFinished() && m_model->rowCount() > 0;
    m_headline->setVisible(finished);
    if (finished)
        m_headline->setText(headlineText());
    const bool running = m_runner->isRunning();
    const int row = selectedRow();
    m_cancelButton->setEnabled(running);
    m_rerunButton->setEnabled(m_runStarted && row >= 0 && !m_model->isRunning(row));
    m_rerunAllButton->setEnabled(m_runStarted);
    const bool complete = isComplete();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }
}

QString ChecksPage::statusText() const
{
    const int total = m_model->rowCount();
    if (!m_runStarted)
        return tr("The checks start when you open this page.");
    if (total == 0)
        return tr("There are no checks for this step. Click Next to continue.");
    if (m_runner->isRunning()) {
        const int pending = m_runner->pendingCount();
        if (total == 1)
            return tr("Checking… Next is available when the check has finished.");
        return tr("Next is available when all %1 checks have finished — %2 still running.").arg(total).arg(pending);
    }
    if (!m_model->allFinished())
        return tr("Waiting for the checks to start…");
    int attention = 0;
    for (int r = 0; r < total; ++r)
        attention += verdictNeedsAttention(m_model->finding(r).verdict) ? 1 : 0;
    const QString counts = finishedCounts();
    if (attention > 0)
        return tr("Finished: %1. Select a check marked Failed or Warning to see what to do.").arg(counts);
    return tr("Finished: %1. Click Next to continue.").arg(counts);
}

QString ChecksPage::finishedCounts() const
{
    return ReportWords::counts(pageReport()); // the words of the Summary and the reports
}

Report ChecksPage::pageReport() const
{
    Report report;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const CheckInfo info = m_model->checkInfo(r);
        report.findings.append(m_model->finding(r));
        report.titles.insert(info.id, info.title);
    }
    return report;
}

QString ChecksPage::headlineText() const
{
    // The same sentence as the Summary and the reports (ReportWords), from this page's findings.
    return ReportWords::headline(pageReport());
}

int ChecksPage::selectedRow() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current) ? m_order->mapToSource(current).row()
                                                                              : -1;
}

void ChecksPage::showSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        m_detail->showNothing();
    } else {
        const CheckInfo info = m_model->checkInfo(row);
        // From the journal's index in memory (FixRunner::loadJournal at start, kept up to date by
        // every fix): true after a restart and after every fix, without reading the file here.
        const QList<JournalEntry> undoable = m_session.journal
                                                     ? m_session.journal->undoable(info.id, m_session.isSimulated())
                                                     : QList<JournalEntry>();
        m_detail->showCheck(info, m_model->finding(row),
                            m_model->isRunning(row) ? CheckDetailPanel::Activity::Running
                                                    : CheckDetailPanel::Activity::Idle,
                            undoable);
    }
    refresh();
}

void ChecksPage::journalReady()
{
    const JournalStatus status = m_session.journal ? m_session.journal->status() : JournalStatus{};
    const QString reason =
            !m_session.journal ? tr("Fixes are off: this run keeps no fix journal.")
            : status.writable
                    ? QString()
                    : tr("Fixes are off: the fix journal, which records every change before it is made, cannot be "
                         "written (%1). To use fixes, close the troubleshooter and start it again with --data-dir "
                         "naming a folder you can write to.")
                              .arg(status.writeError);
    m_fixesDisabled->setText(reason);
    m_fixesDisabled->setVisible(!reason.isEmpty());
    m_detail->setFixesDisabledReason(reason);
    showSelected();
}

void ChecksPage::selectWorstFinding()
{
    // The worst finding first (a failure before a warning), so its remedy and fix are in view.
    int worst = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Verdict v = m_model->finding(r).verdict;
        if (verdictNeedsAttention(v)
            && (worst < 0 || verdictSeverity(v) > verdictSeverity(m_model->finding(worst).verdict)))
            worst = r;
    }
    if (worst >= 0)
        m_list->setCurrentIndex(m_order->mapFromSource(m_model->index(worst)));
}

void ChecksPage::rerunSelected()
{
    const int row = selectedRow();
    if (row >= 0 && !m_model->isRunning(row))
        m_runner->rerun(m_model->checkInfo(row).id);
}

void ChecksPage::openFix(const QString& fixId)
{
    if (m_fixDialog) {
        m_fixDialog->raise();
        m_fixDialog->activateWindow();
        return;
    }
    const auto fix = m_session.catalog ? m_session.catalog->fix(fixId) : nullptr;
    if (!fix)
        return;
    openDialog(new FixDialog(fix, m_fixRunner, m_runner->environment(), this));
}

void ChecksPage::openUndo(const JournalEntry& entry)
{
    if (m_fixDialog) {
        m_fixDialog->raise();
        m_fixDialog->activateWindow();
        return;
    }
    const auto fix = m_session.catalog ? m_session.catalog->fix(entry.fixId) : nullptr;
    if (fix)
        openDialog(FixDialog::forUndo(fix, entry, m_fixRunner, m_runner->environment(), this));
}

void ChecksPage::openDialog(FixDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setScreen(m_session.screen);
    connect(dialog, &FixDialog::quitRequested, this, &ChecksPage::quitRequested);
    m_fixDialog = dialog;
    dialog->open();
}

} // namespace mars
