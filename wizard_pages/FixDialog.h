// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckEnvironment.h"
#include "engine/Fix.h"
#include "engine/FixPlan.h"
#include "logging/ScreenText.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mars {

class FixOptionsForm;
class FixRunner;

// Shows exactly what a fix would change and applies it only when the technician confirms
// (objectName "fixDialog"). Opened with open() (window-modal, no nested event loop):
//   Previewing - FixRunner::preview() runs on a worker: "Working out exactly what would change…"
//   Ready      - the plan: summary, item count and size, the planned changes (planTreeWidget),
//                rights needed / why it cannot apply, whether it can be undone.
//                applyFixButton is enabled only when plan.canApply.
//   Applying   - fixProgressBar follows FixRunner::progressed; closeFixButton ("Stop the fix",
//                also Esc and the window's X) asks the fix to stop. When it does not stop in time
//                (FixRunner::stillRunning, also at the fix's deadline) the button reads "Close"
//                and closes the dialog; the fix ends on its own lane and is still journaled.
//   Done       - fixOutcomeLabel shows the outcome. FixRunner has recorded the journal entry
//                and re-runs the owning check, whose row updates through the CheckRunner.
// When the outcome asks the application to quit (relaunched elevated), quitRequested() is
// emitted; the application decides how to close.
// Undo mode (forUndo()): the same stages for reversing a journal entry — the preview shows what
// goes back (Fix::previewUndo), applyFixButton reads "Undo the change", FixRunner::undo() applies.
// A fix with options (FixInfo::options) gets a FixOptionsForm above the plan, each field named
// "fixOption_<id>"; changing a value previews again, and the plan keeps what it was made with.
class FixDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage : quint8 { Idle = 1, Previewing, Ready, Applying, Done };
    Q_ENUM(Stage)

    FixDialog(std::shared_ptr<const Fix> fix, FixRunner* runner, CheckEnvironment environment,
              QWidget* parent = nullptr);
    static FixDialog* forUndo(std::shared_ptr<const Fix> fix, const JournalEntry& entry, FixRunner* runner,
                              CheckEnvironment environment, QWidget* parent = nullptr);
    bool isUndo() const { return m_undoEntry.has_value(); }

    Stage stage() const { return m_stage; }
    FixPlan plan() const { return m_plan; }

    // Opens the dialog window-modally and asks for the preview.
    void open() override;
    // While applying, Esc / the close button cancel the fix instead of closing the dialog.
    void reject() override;

    static QString resultText(FixResult result);
    // The texts of plans and outcomes pass `screen` (the Redactor, presenter mode's masking);
    // set before open().
    void setScreen(std::shared_ptr<const ScreenText> screen) { m_screen = std::move(screen); }

Q_SIGNALS:
    void quitRequested();

private:
    FixDialog(std::shared_ptr<const Fix> fix, FixRunner* runner, CheckEnvironment environment,
              std::optional<JournalEntry> undoEntry, QWidget* parent);
    void showPlan(const mars::FixPlan& plan);
    void growToFitTexts();
    void applyPlan();
    void showProgress(qint64 done, qint64 total, const QString& text);
    void showOutcome(const mars::FixOutcome& outcome);
    void showStillRunning(const QString& text);
    void closeOrCancel();
    void setStage(Stage stage);
    void requestPreview();
    void optionsChanged();
    static QString countsText(const mars::FixPlan& plan);
    QString shown(const QString& text) const { return m_screen ? m_screen->shown(text) : text; }

    std::shared_ptr<const Fix> m_fix;
    std::shared_ptr<const ScreenText> m_screen;
    QPointer<FixRunner> m_runner;
    CheckEnvironment m_environment;
    std::optional<JournalEntry> m_undoEntry;
    FixPlan m_plan;
    Stage m_stage = Stage::Idle;
    bool m_leavable = false; // Applying, and the fix did not stop when asked: Close closes
    FixOptionsForm* m_options = nullptr;

    QLabel* m_summary = nullptr;
    QLabel* m_counts = nullptr;
    QTreeWidget* m_planTree = nullptr;
    QLabel* m_elevation = nullptr;
    QLabel* m_cannotApply = nullptr;
    QLabel* m_undo = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QLabel* m_outcome = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QLabel* m_irreversible = nullptr;
};

} // namespace mars
