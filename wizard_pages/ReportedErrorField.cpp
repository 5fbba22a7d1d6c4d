// SPDX-License-Identifier: MIT
#include "ReportedErrorField.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mars {

ReportedErrorField::ReportedErrorField(std::shared_ptr<const CheckCatalog> catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog ? std::move(catalog) : std::make_shared<const CheckCatalog>())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("reportedErrorLineEdit"));
    m_edit->setPlaceholderText(tr("The error the customer saw, e.g. 34513, 0x1FC07 or the message's text"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(int(CheckInputs::kMaxReportedError));
    layout->addWidget(m_edit);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("reportedErrorMatchLabel"));
    m_match->setTextFormat(Qt::PlainText);
    m_match->setWordWrap(true);
    m_match->hide();
    layout->addWidget(m_match);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        showMatch();
        Q_EMIT textChanged(text);
    });
}

QString ReportedErrorField::text() const
{
    return m_edit->text().trimmed();
}

void ReportedErrorField::setText(const QString& text)
{
    m_edit->setText(text);
}

void ReportedErrorField::setGoal(Goal goal)
{
    m_goal = goal;
    showMatch();
}

QString ReportedErrorField::matchText() const
{
    return m_match->text();
}

void ReportedErrorField::showMatch()
{
    const ErrorMatch match = matchKnownError(m_catalog->knownErrors(), m_edit->text());
    m_match->setVisible(match.kind != ErrorMatch::Kind::Empty);
    if (match.kind == ErrorMatch::Kind::Empty) {
        m_match->clear();
        return;
    }
    if (match.kind == ErrorMatch::Kind::Unknown) {
        m_match->setText(tr("This tool does not know that error, so every check runs in the usual order. Check the "
                            "ID or paste the message's first line."));
        return;
    }
    const Phase phase = m_goal == Goal::Install ? Phase::Install : Phase::Register;
    const Phase other = phase == Phase::Install ? Phase::Register : Phase::Install;
    const qsizetype here = checksExplaining(m_catalog->checksFor(phase), match.error).size();
    const qsizetype there = checksExplaining(m_catalog->checksFor(other), match.error).size();
    QString next;
    if (here > 0)
        next = tr("The %n check(s) that can explain it run first.", nullptr, int(here));
    else if (there > 0)
        next = other == Phase::Install
                       ? tr("It happens while installing the agent: choose \"Install the agent\" above.")
                       : tr("It happens while registering: choose one of the \"Register\" goals above.");
    else
        next = tr("No check of this tool can confirm it; the advice above is what to do.");
    m_match->setText(tr("\"%1\"\nWhat it means: %2\n%3").arg(match.error.shownText, match.error.meaning, next));
}

} // namespace mars
