// SPDX-License-Identifier: MIT
#include "PassphraseCheckField.h"

#include "engine/PassphraseRules.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace mars {

PassphraseCheckField::PassphraseCheckField(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("Optional: try the passphrase here; it is never stored or sent"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(1024);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false); // no IME history of what is typed
    layout->addWidget(m_edit);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("passphraseVerdictLabel"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->hide();
    layout->addWidget(m_verdict);
    connect(m_edit, &QLineEdit::textChanged, this, &PassphraseCheckField::showVerdict);
}

QString PassphraseCheckField::verdictText() const
{
    return m_verdict->text();
}

QString PassphraseCheckField::take()
{
    QString passphrase = m_edit->text();
    m_edit->clear();
    return passphrase;
}

void PassphraseCheckField::showVerdict()
{
    const QString passphrase = m_edit->text();
    m_verdict->setVisible(!passphrase.isEmpty());
    if (passphrase.isEmpty()) {
        m_verdict->clear();
        return;
    }
    const QList<PassphraseProblem> problems = PassphraseRules::check(passphrase);
    QStringList lines;
    const bool blocking =
            std::any_of(problems.cbegin(), problems.cend(), [](const PassphraseProblem& p) { return p.blocking; });
    if (problems.isEmpty())
        lines.append(tr("This passphrase follows the agent's rules."));
    else
        lines.append(blocking ? tr("The agent will refuse this passphrase:") : tr("The agent accepts it, but:"));
    for (const PassphraseProblem& p : problems)
        lines.append(QStringLiteral("• ") + p.text);
    lines.append(tr("Keep it outside this server (for example in Azure Key Vault): without it no backup can be "
                    "restored, and registering this server again needs the same passphrase."));
    m_verdict->setText(lines.join(QLatin1Char('\n')));
}

} // namespace mars
