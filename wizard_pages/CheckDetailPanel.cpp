// SPDX-License-Identifier: MIT
#include "CheckDetailPanel.h"

#include "VerdictAppearance.h"
#include "report/ReportWords.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mars {

namespace {
QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel* sectionTitle(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

CheckDetailPanel::CheckDetailPanel(std::shared_ptr<const CheckCatalog> catalog,
                                   std::shared_ptr<const ScreenText> screen, QWidget* parent)
    : QWidget(parent)
    , m_catalog(std::move(catalog))
    , m_screen(std::move(screen))
{
    setObjectName(QStringLiteral("detailPanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(tr("Select a check in the list to see what it found and what to do about it."), this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_placeholder);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll);

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* header = new QHBoxLayout;
    m_glyph = new QLabel(m_content);
    m_glyph->setFixedSize(22, 22);
    header->addWidget(m_glyph);
    m_heading = new QLabel(m_content);
    m_heading->setObjectName(QStringLiteral("detailHeadingLabel"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    header->addWidget(m_heading, 1);
    layout->addLayout(header);

    m_summary = wrappingLabel(m_content, QStringLiteral("detailSummaryLabel"));
    layout->addWidget(m_summary);

    m_remedyTitle = sectionTitle(m_content, tr("What to do"));
    layout->addWidget(m_remedyTitle);
    m_remedy = wrappingLabel(m_content, QStringLiteral("detailRemedyLabel"));
    layout->addWidget(m_remedy);

    m_fixRow = new QWidget(m_content);
    m_fixLayout = new QHBoxLayout(m_fixRow);
    m_fixLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fixRow);

    // The block a firewall admin acts on, copied as it is shown (redacted).
    m_networkTeam = new QWidget(m_content);
    auto* teamLayout = new QVBoxLayout(m_networkTeam);
    teamLayout->setContentsMargins(0, 0, 0, 0);
    auto* teamHeader = new QHBoxLayout;
    teamHeader->addWidget(sectionTitle(m_networkTeam, tr("For the network team")), 1);
    auto* copy = new QPushButton(tr("Copy for the network team"), m_networkTeam);
    copy->setObjectName(QStringLiteral("copyNetworkTeamButton"));
    copy->setToolTip(tr("Copies the failing addresses, their routes and the allow-list, to paste into a mail or "
                        "ticket."));
    connect(copy, &QPushButton::clicked, this, &CheckDetailPanel::copyNetworkTeam);
    teamHeader->addWidget(copy);
    teamLayout->addLayout(teamHeader);
    m_networkTeamText = wrappingLabel(m_networkTeam, QStringLiteral("networkTeamLabel"));
    m_networkTeamText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    teamLayout->addWidget(m_networkTeamText);
    layout->addWidget(m_networkTeam);

    m_detailTitle = sectionTitle(m_content, tr("Technical detail (for support)"));
    layout->addWidget(m_detailTitle);
    m_detail = wrappingLabel(m_content, QStringLiteral("detailTechnicalLabel"));
    layout->addWidget(m_detail);

    m_evidence = new QTableWidget(0, 2, m_content);
    m_evidence->setObjectName(QStringLiteral("evidenceTableWidget"));
    m_evidence->setHorizontalHeaderLabels({tr("Fact"), tr("Value")});
    m_evidence->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_evidence->horizontalHeader()->setStretchLastSection(true);
    m_evidence->verticalHeader()->setVisible(false);
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table (the arrow keys move inside it): with a table's default, Tab walked its
    // cells and a keyboard user never reached the fix buttons below it (TestKeyboardOnly).
    m_evidence->setTabKeyNavigation(false);
    m_evidence->setWordWrap(true);
    m_evidence->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_evidence);

    m_docLink = new QLabel(m_content);
    m_docLink->setObjectName(QStringLiteral("docLinkLabel"));
    m_docLink->setTextFormat(Qt::RichText);
    m_docLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_docLink, &QLabel::linkActivated, this, &CheckDetailPanel::openLink);
    layout->addWidget(m_docLink);
    layout->addStretch(1);

    showNothing();
}

// The tool is used on screen-shares: a finding's text is shown as the reports write it.
QString CheckDetailPanel::shown(const QString& text) const
{
    return m_screen ? m_screen->shown(text) : text;
}

QString CheckDetailPanel::remedyStepsHtml(const QString& remedy)
{
    const RemedySteps split = RemedySteps::split(remedy);
    if (split.steps.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>").arg(split.intro.toHtmlEscaped()) + split.stepsHtml();
}

void CheckDetailPanel::showNothing()
{
    m_checkId.clear();
    m_placeholder->show();
    m_scroll->hide();
}

void CheckDetailPanel::showCheck(const CheckInfo& info, const Finding& finding, Activity activity,
                                 const QList<JournalEntry>& undoable)
{
    m_checkId = info.id;
    m_placeholder->hide();
    m_scroll->show();

    const bool running = activity == Activity::Running;
    const auto look = running ? VerdictAppearance::Activity::Running : VerdictAppearance::Activity::Idle;
    m_glyph->setPixmap(running ? QPixmap() : VerdictAppearance::glyphPixmap(finding.verdict, 22, devicePixelRatioF()));
    m_heading->setText(tr("%1 — %2").arg(info.title, VerdictAppearance::text(finding.verdict, look)));

    if (running)
        m_summary->setText(tr("This check is running. Its result will appear here."));
    else if (finding.verdict == Verdict::NotRun)
        m_summary->setText(tr("This check has not run yet. %1").arg(info.whyItMatters));
    else
        m_summary->setText(shown(finding.summary));

    const bool hasRemedy = !running && !finding.remedy.isEmpty();
    m_remedyTitle->setVisible(hasRemedy);
    m_remedy->setVisible(hasRemedy);
    const QString remedy = shown(finding.remedy);
    const QString stepsHtml = remedyStepsHtml(remedy);
    m_remedy->setTextFormat(stepsHtml.isEmpty() ? Qt::PlainText : Qt::RichText);
    m_remedy->setText(stepsHtml.isEmpty() ? remedy : stepsHtml);

    rebuildFixButtons(finding, activity, undoable);

    const QString team = running || finding.networkTeam.isEmpty() ? QString() : shown(finding.networkTeam);
    m_networkTeam->setVisible(!team.isEmpty());
    m_networkTeamText->setText(team);

    const bool hasDetail = !running && !finding.detail.isEmpty();
    m_detail->setVisible(hasDetail);
    m_detail->setText(shown(finding.detail));
    m_detailTitle->setVisible(hasDetail || (!running && !finding.evidence.isEmpty()));

    m_evidence->setRowCount(0);
    m_evidence->setVisible(!running && !finding.evidence.isEmpty());
    if (!running) {
        m_evidence->setRowCount(int(finding.evidence.size()));
        for (int r = 0; r < finding.evidence.size(); ++r) {
            const Evidence& e = finding.evidence.at(r);
            m_evidence->setItem(r, 0, new QTableWidgetItem(shown(e.label)));
            auto* value = new QTableWidgetItem(shown(e.value));
            value->setToolTip(value->text());
            m_evidence->setItem(r, 1, value);
        }
        m_evidence->resizeRowsToContents();
        // As tall as its rows: the panel scrolls as a whole, no scroll area inside a scroll area.
        int height = m_evidence->horizontalHeader()->height() + 2 * m_evidence->frameWidth();
        for (int r = 0; r < m_evidence->rowCount(); ++r)
            height += m_evidence->rowHeight(r);
        m_evidence->setFixedHeight(height);
    }

    const QString url = shown(finding.docUrl.isEmpty() ? info.docUrl : finding.docUrl);
    m_docLink->setVisible(!url.isEmpty());
    m_docLink->setText(tr("<a href=\"%1\">Microsoft documentation for this check</a>").arg(url.toHtmlEscaped()));
    m_docLink->setToolTip(url);
}

void CheckDetailPanel::rebuildFixButtons(const Finding& finding, Activity activity, const QList<JournalEntry>& undoable)
{
    while (QLayoutItem* item = m_fixLayout->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            // Possibly the button whose click led here: unparent now (so it is gone from
            // findChild and the layout) and delete once its signal has returned.
            old->hide();
            old->setParent(nullptr);
            old->deleteLater();
        }
        delete item;
    }
    int shown = 0;
    if (activity == Activity::Idle && m_catalog) {
        for (const QString& fixId : finding.fixIds) {
            const auto fix = m_catalog->fix(fixId);
            if (!fix)
                continue;
            auto* button = new QPushButton(fix->info().title, m_fixRow);
            button->setObjectName(QStringLiteral("fixButton_") + fixId);
            button->setToolTip(tr("Shows exactly what would change before anything is changed."));
            connect(button, &QPushButton::clicked, this, [this, fixId] { Q_EMIT fixRequested(fixId); });
            disableWhenNoJournal(button);
            m_fixLayout->addWidget(button);
            ++shown;
        }
        QSet<QString> offered; // the newest change of each fix; older ones follow once it is undone
        for (const JournalEntry& entry : undoable) {
            const auto fix = m_catalog->fix(entry.fixId);
            if (!fix || offered.contains(entry.fixId))
                continue;
            offered.insert(entry.fixId);
            auto* button = new QPushButton(tr("Undo: %1").arg(fix->info().title), m_fixRow);
            button->setObjectName(QStringLiteral("undoButton_") + entry.fixId);
            button->setToolTip(tr("Puts back what this fix changed at %1. Shows exactly what would change first.")
                                       .arg(entry.time));
            connect(button, &QPushButton::clicked, this, [this, entry] { Q_EMIT undoRequested(entry); });
            disableWhenNoJournal(button);
            m_fixLayout->addWidget(button);
            ++shown;
        }
    }
    m_fixLayout->addStretch(1);
    m_fixRow->setVisible(shown > 0);
}

void CheckDetailPanel::disableWhenNoJournal(QPushButton* button) const
{
    if (m_fixesDisabledReason.isEmpty())
        return;
    button->setEnabled(false);
    button->setToolTip(m_fixesDisabledReason);
}

void CheckDetailPanel::copyNetworkTeam()
{
    // The text as shown: already redacted.
    if (!m_networkTeamText->text().isEmpty())
        QApplication::clipboard()->setText(m_networkTeamText->text());
}

void CheckDetailPanel::openLink(const QString& link)
{
    QDesktopServices::openUrl(QUrl(link));
}

} // namespace mars
