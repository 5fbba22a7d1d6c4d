// SPDX-License-Identifier: MIT
#include "FixDialog.h"

#include "FixOptionsForm.h"
#include "PathText.h"
#include "ReadableColour.h"
#include "ScaledFont.h"
#include "SimulatedBanner.h"
#include "WrappingLabel.h"
#include "WrappingRowDelegate.h"
#include "engine/FixRunner.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mars {

FixDialog::FixDialog(std::shared_ptr<const Fix> fix, FixRunner* runner, CheckEnvironment environment, QWidget* parent)
    : FixDialog(std::move(fix), runner, std::move(environment), std::nullopt, parent)
{
}

FixDialog::FixDialog(std::shared_ptr<const Fix> fix, FixRunner* runner, CheckEnvironment environment,
                     std::optional<JournalEntry> undoEntry, QWidget* parent)
    : QDialog(parent)
    , m_fix(std::move(fix))
    , m_runner(runner)
    , m_environment(std::move(environment))
    , m_undoEntry(std::move(undoEntry))
{
    setObjectName(QStringLiteral("fixDialog"));
    // A dialog is a window of its own, which does not take its parent's font: presenter mode's
    // larger text must reach it too.
    setAttribute(Qt::WA_WindowPropagation);
    if (parent)
        setFont(parent->font());
    const FixInfo info = m_fix->info();
    setWindowTitle(m_undoEntry ? tr("Undo: %1").arg(info.title) : tr("Fix: %1").arg(info.title));
    // Grows with the text (presenter mode), so the plan's rows stay in view.
    const qreal scale = qMax<qreal>(1.0, font().pointSizeF() / QApplication::font().pointSizeF());
    setMinimumSize((QSizeF(640, 460) * scale).toSize());

    auto* layout = new QVBoxLayout(this);
    if (m_environment.isSimulated())
        layout->addWidget(new SimulatedBanner(m_environment.machineDescription(), this));

    auto* heading = new QLabel(info.title, this);
    heading->setTextFormat(Qt::PlainText);
    keepScaledFont(heading, 1.2);
    layout->addWidget(heading);

    m_summary = wrappingLabel(this, QStringLiteral("fixSummaryLabel"));
    layout->addWidget(m_summary);
    m_counts = wrappingLabel(this, QStringLiteral("fixCountsLabel"));
    layout->addWidget(m_counts);

    // An undo replays the journal: it has nothing to choose.
    if (!info.options.isEmpty() && !m_undoEntry) {
        m_options = new FixOptionsForm(info.options, m_environment.isSimulated(), this);
        layout->addWidget(m_options);
        connect(m_options, &FixOptionsForm::valuesChanged, this, &FixDialog::optionsChanged);
    }

    m_planTree = new QTreeWidget(this);
    m_planTree->setObjectName(QStringLiteral("planTreeWidget"));
    m_planTree->setAccessibleDescription(
            tr("Each change the fix makes, one to a row: what changes, its state now and after the fix."));
    m_planTree->setAccessibleName(m_undoEntry ? tr("What the undo will change") : tr("What the fix will change"));
    m_planTree->setHeaderLabels({tr("What"), tr("Now"), m_undoEntry ? tr("After undo") : tr("After the fix")});
    m_planTree->setRootIsDecorated(false);
    // Rows wrap rather than scroll sideways: a long key path must not push "After the fix" out of
    // sight. Three equal columns; paths break only after a separator (PathText).
    m_planTree->setWordWrap(true);
    m_planTree->setTextElideMode(Qt::ElideNone);
    m_planTree->setUniformRowHeights(false);
    m_planTree->setItemDelegate(new WrappingRowDelegate(m_planTree));
    m_planTree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_planTree->header()->setSectionResizeMode(QHeaderView::Stretch);
    // QTreeView keeps row heights from the last layout; a wider or narrower column changes them.
    connect(m_planTree->header(), &QHeaderView::sectionResized, m_planTree,
            [tree = m_planTree] { QTimer::singleShot(0, tree, [tree] { tree->doItemsLayout(); }); });
    layout->addWidget(m_planTree, 1);

    m_elevation = wrappingLabel(this, QStringLiteral("fixElevationLabel"));
    layout->addWidget(m_elevation);
    m_cannotApply = wrappingLabel(this, QStringLiteral("fixCannotApplyLabel"));
    styleAsAlert(m_cannotApply, true);
    layout->addWidget(m_cannotApply);
    m_undo = wrappingLabel(this, QStringLiteral("fixUndoLabel"));
    layout->addWidget(m_undo);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fixProgressBar"));
    layout->addWidget(m_progress);
    m_progressText = wrappingLabel(this, QStringLiteral("fixProgressLabel"));
    layout->addWidget(m_progressText);

    m_outcome = wrappingLabel(this, QStringLiteral("fixOutcomeLabel"));
    QFont outcomeFont = m_outcome->font();
    outcomeFont.setBold(true);
    m_outcome->setFont(outcomeFont);
    layout->addWidget(m_outcome);

    auto* buttonRow = new QHBoxLayout;
    // Said next to the button, not only in the text above it: a fix that cannot be undone.
    m_irreversible = new QLabel(tr("This cannot be undone."), this);
    m_irreversible->setObjectName(QStringLiteral("fixIrreversibleLabel"));
    styleAsAlert(m_irreversible, true);
    buttonRow->addWidget(m_irreversible);
    auto* buttons = new QDialogButtonBox(this);
    // ActionRole, not AcceptRole: QDialogButtonBox makes its first accept button the default when
    // shown, and Enter would then apply (delete 70,000 files) without a look at the button.
    m_applyButton =
            buttons->addButton(m_undoEntry ? tr("Undo the change") : tr("Apply fix"), QDialogButtonBox::ActionRole);
    m_applyButton->setObjectName(QStringLiteral("applyFixButton"));
    m_closeButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeFixButton"));
    m_applyButton->setToolTip(m_undoEntry ? tr("Puts back what the fix changed, as listed above.")
                                          : tr("Makes the changes listed above; then the check runs again."));
    m_closeButton->setToolTip(tr("Closes this window, or stops a fix that is running. It changes nothing itself."));
    buttonRow->addWidget(buttons, 1);
    layout->addLayout(buttonRow);
    // Buttons are wired by hand: neither may close the dialog through accept()/reject() routing.
    // Neither is a default button: Enter never applies a fix.
    m_applyButton->setAutoDefault(false);
    m_applyButton->setDefault(false);
    m_closeButton->setAutoDefault(false);
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_applyButton, &QPushButton::clicked, this, &FixDialog::applyPlan);
    connect(m_closeButton, &QPushButton::clicked, this, &FixDialog::closeOrCancel);

    if (m_runner) {
        connect(m_runner, &FixRunner::previewReady, this, &FixDialog::showPlan);
        connect(m_runner, &FixRunner::progressed, this, &FixDialog::showProgress);
        connect(m_runner, &FixRunner::applied, this, &FixDialog::showOutcome);
        connect(m_runner, &FixRunner::stillRunning, this, &FixDialog::showStillRunning);
    }
    setStage(Stage::Idle);
}

FixDialog* FixDialog::forUndo(std::shared_ptr<const Fix> fix, const JournalEntry& entry, FixRunner* runner,
                              CheckEnvironment environment, QWidget* parent)
{
    return new FixDialog(std::move(fix), runner, std::move(environment), entry, parent);
}

void FixDialog::open()
{
    QDialog::open();
    if (m_stage != Stage::Idle || !m_runner)
        return;
    requestPreview();
}

void FixDialog::requestPreview()
{
    setStage(Stage::Previewing);
    if (m_undoEntry)
        m_runner->previewUndo(m_fix, *m_undoEntry, m_environment);
    else
        m_runner->preview(m_fix, m_environment, m_options ? m_options->values() : FixOptionValues{});
}

void FixDialog::optionsChanged()
{
    if (!m_runner || (m_stage != Stage::Ready && m_stage != Stage::Previewing))
        return;
    requestPreview(); // supersedes a preview still running
}

void FixDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool planShown = stage == Stage::Ready || stage == Stage::Applying || stage == Stage::Done;
    m_planTree->setVisible(planShown);
    m_counts->setVisible(planShown && (m_plan.itemCount > 0 || m_plan.totalBytes > 0));
    m_elevation->setVisible(planShown);
    m_cannotApply->setVisible(planShown && !m_plan.canApply && !m_cannotApply->text().isEmpty());
    m_undo->setVisible(planShown);
    m_irreversible->setVisible((stage == Stage::Ready || stage == Stage::Applying) && !m_plan.reversible);
    m_progress->setVisible(stage == Stage::Applying);
    m_progressText->setVisible(stage == Stage::Applying);
    m_outcome->setVisible(stage == Stage::Done);
    m_applyButton->setVisible(stage != Stage::Done);
    m_applyButton->setEnabled(stage == Stage::Ready && m_plan.canApply);
    if (m_options)
        m_options->setEnabled(stage == Stage::Ready || stage == Stage::Previewing);
    switch (stage) {
    case Stage::Idle:
    case Stage::Previewing:
    case Stage::Ready: m_closeButton->setText(tr("Cancel")); break;
    case Stage::Applying: m_closeButton->setText(tr("Stop the fix")); break;
    case Stage::Done: m_closeButton->setText(tr("Close")); break;
    }
    if (stage == Stage::Previewing)
        m_summary->setText(tr("Working out exactly what would change…"));
}

void FixDialog::showPlan(const FixPlan& plan)
{
    if (m_stage != Stage::Previewing)
        return;
    m_plan = plan;
    const QLocale locale;
    m_summary->setText(shown(plan.summary));
    m_counts->setText(countsText(plan));
    m_planTree->clear();
    for (const PlannedChange& change : plan.changes) {
        auto* item = new QTreeWidgetItem(m_planTree,
                                         {breakablePath(shown(change.target)), breakablePath(shown(change.before)),
                                          breakablePath(shown(change.after))});
        item->setToolTip(0, shown(change.target));
        item->setData(0, Qt::UserRole, change.target); // the text as it is, without break hints
    }
    switch (plan.elevation) {
    case Elevation::NotNeeded: m_elevation->setText(tr("Administrator rights: not needed.")); break;
    case Elevation::Needed:
        m_elevation->setText(
                plan.canApply ? tr("Administrator rights: needed. Windows asks you to confirm; nothing is elevated "
                                   "silently.")
                              : tr("Administrator rights: needed, and this window does not have them. Restart the "
                                   "tool as administrator first; it never elevates by itself."));
        break;
    case Elevation::Held: m_elevation->setText(tr("Administrator rights: needed, and this window has them.")); break;
    }
    m_cannotApply->setText(plan.canApply ? QString() : shown(plan.cannotApplyReason));
    const QString undo = shown(plan.undoDescription);
    m_undo->setText(plan.reversible ? tr("Can be undone: %1").arg(undo)
                                    : (undo.isEmpty() ? tr("This change cannot be undone.")
                                                      : tr("Cannot be undone: %1").arg(undo)));
    setStage(Stage::Ready);
    growToFitTexts();
}

void FixDialog::growToFitTexts()
{
    // A window does not grow by itself for its wrapping labels, and the box layout squeezed the
    // summary under the list when its text held a path that does not break (a registry key) or a
    // translation a third longer than the English (TestPseudoLocaleLayout). The two sentences at
    // the top keep the height they need at their width, and the window grows for them within the
    // screen.
    for (QLabel* label : {m_summary, m_counts})
        label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(label->width()));
    layout()->activate();
    int needed = qMax(layout()->totalHeightForWidth(width()), layout()->totalMinimumSize().height());
    if (const QScreen* s = screen())
        needed = qMin(needed, s->availableGeometry().height() - (frameGeometry().height() - height()));
    if (needed > height())
        resize(width(), needed);
}

QString FixDialog::countsText(const FixPlan& plan)
{
    const QLocale locale;
    QString text = plan.totalBytes > 0
                           ? tr("Items to change: %1 (%2 in total).")
                                     .arg(locale.toString(plan.itemCount), locale.formattedDataSize(plan.totalBytes))
                           : tr("Items to change: %1.").arg(locale.toString(plan.itemCount));
    // The rows are changes, which need not be one per item: one folder can lose two attributes,
    // and 70,000 files show as a sample. Say which, so the count and the rows never disagree.
    const qsizetype rows = plan.changes.size();
    if (rows < plan.itemCount)
        text += QLatin1Char(' ') + tr("The list shows the first %n item(s).", nullptr, int(rows));
    else if (rows > plan.itemCount)
        text += QLatin1Char(' ') + tr("The list shows each change on a row of its own: %n row(s).", nullptr, int(rows));
    return text;
}

void FixDialog::applyPlan()
{
    if (m_stage != Stage::Ready || !m_plan.canApply || !m_runner)
        return;
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progressText->setText(tr("Applying…"));
    m_leavable = false;
    setStage(Stage::Applying);
    if (m_undoEntry)
        m_runner->undo(m_fix, *m_undoEntry, m_plan, m_environment);
    else
        m_runner->apply(m_fix, m_plan, m_environment);
}

void FixDialog::showProgress(qint64 done, qint64 total, const QString& text)
{
    if (m_stage != Stage::Applying)
        return;
    if (total > 0) {
        // QProgressBar is int-based: scale large counts down to per-mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_progress->setRange(0, 0);
    }
    const QLocale locale;
    m_progressText->setText(!text.isEmpty() ? shown(text)
                            : total > 0     ? tr("%1 of %2 done").arg(locale.toString(done), locale.toString(total))
                                            : tr("%1 done").arg(locale.toString(done)));
}

void FixDialog::showOutcome(const FixOutcome& outcome)
{
    if (m_stage != Stage::Applying)
        return;
    QString text = tr("%1: %2").arg(resultText(outcome.result), shown(outcome.summary));
    if (outcome.result != FixResult::NotAllowed)
        text += QLatin1Char('\n')
                + tr("The check runs again now to confirm the result; its row in the list updates when it is done.");
    if (outcome.followUp == FollowUp::QuitApplication)
        text += QLatin1Char('\n') + tr("This window closes now so the copy running as administrator can take over.");
    m_outcome->setText(text);
    m_closeButton->setEnabled(true);
    setStage(Stage::Done);
    if (outcome.followUp == FollowUp::QuitApplication)
        Q_EMIT quitRequested();
}

QString FixDialog::resultText(FixResult result)
{
    switch (result) {
    case FixResult::Applied: return tr("Done");
    case FixResult::PartlyApplied: return tr("Partly done");
    case FixResult::NothingToDo: return tr("Nothing to do");
    case FixResult::Failed: return tr("Failed");
    case FixResult::Cancelled: return tr("Stopped before it finished");
    case FixResult::NotAllowed: return tr("Not applied");
    case FixResult::Started: return tr("Running");
    case FixResult::Interrupted: return tr("Interrupted");
    }
    return tr("Unknown result");
}

void FixDialog::showStillRunning(const QString& text)
{
    if (m_stage != Stage::Applying)
        return;
    // The fix ignored the stop request (or passed its deadline): the window may close now; the
    // fix finishes on its own, and its result reaches the journal and the check's row.
    m_leavable = true;
    m_progressText->setText(text);
    m_closeButton->setText(tr("Close"));
    m_closeButton->setEnabled(true);
}

void FixDialog::closeOrCancel()
{
    if (m_stage == Stage::Applying && m_leavable) {
        done(QDialog::Rejected);
        return;
    }
    if (m_stage == Stage::Applying) {
        m_closeButton->setEnabled(false);
        m_progressText->setText(tr("Stopping after the current item…"));
        if (m_runner)
            m_runner->cancel();
        // The outcome (Cancelled, or finished anyway) arrives through FixRunner::applied.
        return;
    }
    if (m_stage == Stage::Previewing && m_runner)
        m_runner->cancel();
    done(QDialog::Rejected);
}

void FixDialog::reject()
{
    closeOrCancel();
}

} // namespace mars
