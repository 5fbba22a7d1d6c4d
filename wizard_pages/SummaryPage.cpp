// SPDX-License-Identifier: MIT
#include "SummaryPage.h"

#include "LogViewDialog.h"
#include "ReadableColour.h"
#include "ReportAssembly.h"
#include "ReportSaveDialog.h"
#include "ScaledFont.h"
#include "SimulatedBanner.h"
#include "SupportBundleDialog.h"
#include "VerdictAppearance.h"
#include "WizardState.h"
#include "engine/Fix.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"
#include "report/JsonExporter.h"
#include "report/ReportFile.h"
#include "report/ReportWords.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace mars {

SummaryPage::SummaryPage(const WizardSession& session, std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_state(std::move(state))
    , m_redactor(session.redactor ? session.redactor : std::make_shared<Redactor>())
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What was found, what to do next, and how to hand it to support."));

    auto* layout = new QVBoxLayout(this);
    if (session.isSimulated())
        layout->addWidget(new SimulatedBanner(session.environment.machineDescription(), this));

    m_overall = new QLabel(this);
    m_overall->setObjectName(QStringLiteral("overallStatusLabel"));
    m_overall->setWordWrap(true);
    m_overall->setTextFormat(Qt::PlainText);
    keepScaledFont(m_overall, 1.15);
    layout->addWidget(m_overall);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("summaryCountsLabel"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    // "I got this error": what it means and which check explains it (hidden when none was entered).
    m_reportedError = new QLabel(this);
    m_reportedError->setObjectName(QStringLiteral("reportedErrorLabel"));
    m_reportedError->setTextFormat(Qt::PlainText);
    m_reportedError->setWordWrap(true);
    m_reportedError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportedError->setFrameShape(QFrame::StyledPanel);
    m_reportedError->setMargin(6);
    m_reportedError->hide();
    layout->addWidget(m_reportedError);

    // I9: asked once, here, when a fix of this session takes effect only after a restart.
    m_restartNeeded = new QLabel(this);
    m_restartNeeded->setObjectName(QStringLiteral("restartNeededLabel"));
    m_restartNeeded->setTextFormat(Qt::PlainText);
    m_restartNeeded->setWordWrap(true);
    m_restartNeeded->setFrameShape(QFrame::StyledPanel);
    m_restartNeeded->setMargin(6);
    m_restartNeeded->hide();
    layout->addWidget(m_restartNeeded);

    m_attention = new QTextBrowser(this);
    m_attention->setObjectName(QStringLiteral("attentionTextBrowser"));
    m_attention->setAccessibleName(tr("What needs attention"));
    m_attention->setAccessibleDescription(tr("The problems found, worst first, each with what to do."));
    m_attention->setOpenLinks(false);
    connect(m_attention, &QTextBrowser::anchorClicked, this, [](const QUrl& url) { QDesktopServices::openUrl(url); });
    layout->addWidget(m_attention, 1);

    auto* buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("Save report…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_saveButton->setToolTip(tr("Writes the report to a file: HTML to read, JSON for second-line support, Markdown "
                                "or text. Secrets are removed."));
    m_copyButton = new QPushButton(tr("Copy for ticket"), this);
    m_copyButton->setObjectName(QStringLiteral("copySummaryButton"));
    m_copyButton->setToolTip(tr("Copies a plain-text summary for a ticket. Secrets are removed."));
    m_bundleButton = new QPushButton(tr("Support bundle…"), this);
    m_bundleButton->setObjectName(QStringLiteral("supportBundleButton"));
    m_bundleButton->setToolTip(tr("One zip file for second-line support: the report, this tool's log and fix "
                                  "journal, and the agent's own logs, with secrets removed. You see the list "
                                  "before it is written."));
    m_logButton = new QPushButton(tr("Show log"), this);
    m_logButton->setObjectName(QStringLiteral("showLogButton"));
    m_logButton->setToolTip(tr("Shows this session's log, with secrets masked."));
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_bundleButton);
    buttons->addWidget(m_logButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("reportFeedbackLabel"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);

    m_logPath = new QLabel(this);
    m_logPath->setObjectName(QStringLiteral("logPathLabel"));
    m_logPath->setWordWrap(true);
    m_logPath->setTextFormat(Qt::PlainText);
    m_logPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_logPath); // its text: showReport() (a profile path is masked in presenter mode)

    connect(m_saveButton, &QPushButton::clicked, this, &SummaryPage::saveReport);
    connect(m_state.get(), &WizardState::screenTextsChanged, this, &SummaryPage::showReport);
    connect(m_copyButton, &QPushButton::clicked, this, &SummaryPage::copySummary);
    connect(m_bundleButton, &QPushButton::clicked, this, &SummaryPage::openSupportBundle);
    connect(m_logButton, &QPushButton::clicked, this, &SummaryPage::showLog);
}

SummaryPage::~SummaryPage()
{
    // Workers finish on their own (a short read / one file write); nothing here waits.
    if (m_reportWatcher)
        m_reportWatcher->disconnect(this);
    if (m_saveWatcher)
        m_saveWatcher->disconnect(this);
}

void SummaryPage::initializePage()
{
    setFeedback({});
    m_reportReady = false;
    m_saveButton->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_bundleButton->setEnabled(false);
    showReport();

    if (m_reportWatcher)
        m_reportWatcher->disconnect(this);
    auto* watcher = new QFutureWatcher<Report>(this);
    m_reportWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { reportReady(watcher); });
    watcher->setFuture(assembleReport(m_session, *m_state, m_pool->threadPool()));
}

void SummaryPage::reportReady(QFutureWatcher<Report>* watcher)
{
    watcher->deleteLater();
    if (watcher != m_reportWatcher)
        return;
    m_reportWatcher = nullptr;
    m_report = watcher->result();
    m_reportReady = true;
    m_saveButton->setEnabled(true);
    m_copyButton->setEnabled(true);
    m_bundleButton->setEnabled(true);
    showReport();
    const Report& r = m_report;
    Logging::logger(QStringLiteral("wizard"))
            ->info("summary shown: overall result {} ({} passed, {} warnings, {} failed, {} could not run, {} not "
                   "applicable, {} fixes recorded)",
                   verdictId(r.overall()).toStdString(), r.count(Verdict::Pass), r.count(Verdict::Warning),
                   r.count(Verdict::Fail), r.count(Verdict::Error) + r.count(Verdict::TimedOut),
                   r.count(Verdict::NotApplicable), r.fixes.size());
}

Report SummaryPage::report() const
{
    // Until the worker is done: what the pages know, no machine facts yet.
    return m_reportReady ? m_report : preliminaryReport(m_session, *m_state);
}

void SummaryPage::showReport()
{
    m_logPath->setText(m_session.logFilePath.isEmpty()
                               ? tr("Log file: none (this session logs to memory only).")
                               : tr("Log file: %1").arg(shown(QDir::toNativeSeparators(m_session.logFilePath))));
    const Report r = report();
    const Verdict overall = r.overall();
    const int couldNotRun = r.count(Verdict::Error) + r.count(Verdict::TimedOut);
    const int unfinished = r.count(Verdict::Cancelled) + r.count(Verdict::NotRun);
    if (r.findings.isEmpty())
        m_overall->setText(tr("No checks ran, so nothing is known yet. Go Back to run them."));
    else if (overall == Verdict::Fail)
        m_overall->setText(
                tr("Something is blocking the agent. Deal with the failed items below, then run the checks again."));
    else if (couldNotRun > 0)
        m_overall->setText(tr("Some checks could not run, so the picture is incomplete. See below."));
    else if (unfinished > 0)
        m_overall->setText(tr("Some checks were cancelled, so the picture is incomplete. Go Back to run them again."));
    else if (overall == Verdict::Warning)
        m_overall->setText(tr("Nothing is blocking the agent, but some items deserve a look."));
    else
        m_overall->setText(tr("Nothing was found that would stop the agent. Go ahead."));

    QString counts = tr("Passed: %1 · Warnings: %2 · Failed: %3 · Could not run: %4 · Not applicable: %5")
                             .arg(r.count(Verdict::Pass))
                             .arg(r.count(Verdict::Warning))
                             .arg(r.count(Verdict::Fail))
                             .arg(couldNotRun)
                             .arg(r.count(Verdict::NotApplicable));
    if (unfinished > 0)
        counts += tr(" · Cancelled: %1").arg(unfinished);
    m_counts->setText(counts);

    const ReportedError& reported = r.reportedError;
    const bool showReported = reported.entered() && !r.findings.isEmpty() && m_session.catalog;
    m_reportedError->setVisible(showReported);
    if (showReported) {
        const QString verdict = ReportedErrorText::verdict(reported, *m_session.catalog, r.findings);
        m_reportedError->setText(shown(ReportedErrorText::headline(reported)
                                       + (verdict.isEmpty() ? QString() : QStringLiteral("\n") + verdict)));
    }

    const QList<JournalEntry> waiting = r.awaitingRestart();
    m_restartNeeded->setVisible(!waiting.isEmpty());
    if (!waiting.isEmpty())
        m_restartNeeded->setText(tr("Restart the server once before registering: %n change(s) made in this session "
                                    "take effect only after a restart.",
                                    nullptr, int(waiting.size())));

    QString html;
    // Worst first (the reports' order); each item shows the same glyph and word as the checks pages.
    const QList<Finding> attention = ReportWords::attentionFirst(r);
    QTextDocument* document = m_attention->document();
    for (const Finding& f : std::as_const(attention)) {
        const QUrl glyph(QStringLiteral("verdict:") + verdictId(f.verdict));
        document->addResource(QTextDocument::ImageResource, glyph,
                              VerdictAppearance::glyphPixmap(f.verdict, 16, devicePixelRatioF()));
        html += QStringLiteral("<p><img src=\"%1\" width=\"16\" height=\"16\"> <b><span style=\"color:%2\">%3</span> — "
                               "%4</b><br>%5")
                        .arg(glyph.toString(),
                             readableOn(VerdictAppearance::colour(f.verdict),
                                        m_attention->palette().color(QPalette::Base))
                                     .name(),
                             VerdictAppearance::text(f.verdict).toHtmlEscaped(), r.titleOf(f.checkId).toHtmlEscaped(),
                             shown(f.summary).toHtmlEscaped());
        if (!f.remedy.isEmpty()) {
            const RemedySteps remedy = RemedySteps::split(shown(f.remedy));
            html += QStringLiteral("<br><i>%1</i> %2")
                            .arg(tr("What to do:").toHtmlEscaped(), remedy.intro.toHtmlEscaped());
            html += remedy.stepsHtml();
        }
        if (!f.docUrl.isEmpty())
            html += QStringLiteral("<br><a href=\"%1\">%2</a>")
                            .arg(f.docUrl.toHtmlEscaped(), tr("Documentation").toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    if (html.isEmpty() && !r.findings.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(tr("No check needs attention.").toHtmlEscaped());
    if (const QString since = ReportWords::comparisonSummary(r); !since.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(since.toHtmlEscaped());
        for (const ReportWords::ComparisonGroup& g : ReportWords::comparisonGroups(r)) {
            html += QStringLiteral("<p><i>%1</i></p><ul>").arg(g.heading.toHtmlEscaped());
            for (const RunComparison::Item& item : g.items)
                html += QStringLiteral("<li>%1</li>").arg(ReportWords::comparisonItem(r, item).toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    if (!r.fixes.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Fixes applied in this session").toHtmlEscaped());
        for (const JournalEntry& e : r.fixes) {
            html += QStringLiteral("<li><b>%1</b> — %2")
                            .arg(ReportWords::fixHeading(r, e).toHtmlEscaped(), shown(e.summary).toHtmlEscaped());
            if (e.result == fixResultId(FixResult::Interrupted))
                html += QStringLiteral("<br><i>%1</i> %2")
                                .arg(tr("What to check now:").toHtmlEscaped(),
                                     shown(interruptedAdvice(e)).toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    } else if (!m_reportReady) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Reading this session's fix records…").toHtmlEscaped());
    }
    m_attention->setHtml(html);
}

void SummaryPage::saveReport()
{
    if (!m_saveDialog) {
        m_saveDialog = makeReportSaveDialog(this, m_session.sessionId, QStringLiteral("saveReportFileDialog"));
        connect(m_saveDialog, &QFileDialog::fileSelected, this, &SummaryPage::writeReport);
    }
    m_saveDialog->open();
}

void SummaryPage::writeReport(const QString& filePath)
{
    if (m_saveWatcher)
        return; // one save at a time
    setFeedback(tr("Saving the report…"));
    m_saveButton->setEnabled(false);
    m_saveWatcher = new QFutureWatcher<QString>(this);
    connect(m_saveWatcher, &QFutureWatcherBase::finished, this, [this, filePath] {
        const QString error = m_saveWatcher->result();
        m_saveWatcher->deleteLater();
        m_saveWatcher = nullptr;
        m_saveButton->setEnabled(true);
        setFeedback(shown(error.isEmpty() ? tr("Report saved to %1").arg(QDir::toNativeSeparators(filePath)) : error));
        auto log = Logging::logger(QStringLiteral("wizard"));
        if (error.isEmpty()) {
            m_state->noteReportSaved();
            log->info("report saved to {}", QDir::toNativeSeparators(filePath).toStdString());
        } else {
            log->error("report not saved to {}: {}", QDir::toNativeSeparators(filePath).toStdString(),
                       error.toStdString());
            showSaveFailed(filePath, error);
        }
    });
    const Report value = report();
    const std::shared_ptr<const Redactor> redactor = m_redactor;
    m_saveWatcher->setFuture(QtConcurrent::run(m_pool->threadPool(), [value, redactor, filePath] {
        QString error;
        if (!writeReportFile(value, *redactor, filePath, &error) && error.isEmpty())
            error = SummaryPage::tr("Could not save the report."); // tr() is thread-safe
        return error;
    }));
}

void SummaryPage::showSaveFailed(const QString& filePath, const QString& error)
{
    // A line under the buttons is easy to miss: the user believes the report is on disk.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("The report was not saved"),
                                tr("The report could not be saved to %1.").arg(QDir::toNativeSeparators(filePath)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveReportFailedMessageBox"));
    box->setInformativeText(tr("%1\nChoose another folder (one this account may write to) and save again.").arg(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): the page keeps running
}

void SummaryPage::copySummary()
{
    QGuiApplication::clipboard()->setText(TextExporter(*m_redactor).toText(report()));
    setFeedback(tr("Summary copied to the clipboard (secrets removed). Paste it into the ticket."));
}

void SummaryPage::openSupportBundle()
{
    SupportBundleSources sources;
    sources.report = report();
    sources.catalog = m_session.catalog;
    sources.environment = m_session.environment;
    sources.toolLogPath = m_session.logFilePath;
    sources.auditLogPath = Logging::auditFilePath();
    sources.journalPath = m_session.journal ? m_session.journal->filePath() : QString();
    auto* dialog = new SupportBundleDialog(
            std::move(sources), m_redactor, [this](const QString& text) { return shown(text); }, m_pool->threadPool(),
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupportBundleDialog::bundleSaved, this, [this](const QString& filePath, int files) {
        m_state->noteReportSaved(); // the bundle holds the report
        setFeedback(shown(tr("Support bundle saved to %1 (%n file(s)). Send it to second-line support.", nullptr, files)
                                  .arg(QDir::toNativeSeparators(filePath))));
        Logging::logger(QStringLiteral("wizard"))
                ->info("support bundle saved to {} ({} files)", QDir::toNativeSeparators(filePath).toStdString(),
                       files);
    });
    dialog->open();
}

void SummaryPage::showLog()
{
    // On screen: presenter mode masks the customer's names in the lines and the path too.
    QStringList lines = Logging::recentLines();
    for (QString& line : lines)
        line = shown(line);
    auto* dialog = new LogViewDialog(lines, shown(QDir::toNativeSeparators(m_session.logFilePath)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SummaryPage::setFeedback(const QString& text)
{
    m_feedback->setText(text);
    m_feedback->setVisible(!text.isEmpty());
}

} // namespace mars
