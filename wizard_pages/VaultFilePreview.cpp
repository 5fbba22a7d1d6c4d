// SPDX-License-Identifier: MIT
#include "VaultFilePreview.h"

#include "engine/CheckContext.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mars {

namespace {
// The catalog's checks that need nothing but the file (no network, no agent): G1 and G2.
const QStringList kPreviewChecks{QStringLiteral("vaultcred_file_location"), QStringLiteral("vaultcred_parse")};
} // namespace

VaultFilePreview::VaultFilePreview(const WizardSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("vaultPreviewLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_label->hide();
}

VaultFilePreview::~VaultFilePreview() = default;

QString VaultFilePreview::text() const
{
    return m_label->isVisible() ? m_label->text() : QString();
}

void VaultFilePreview::check(const QString& path)
{
    const quint64 generation = ++m_generation;
    if (path.trimmed().isEmpty()) {
        m_label->hide();
        Q_EMIT checked();
        return;
    }
    m_label->setText(tr("Checking the file…"));
    m_label->show();
    QList<std::shared_ptr<const Check>> checks;
    for (const auto& c : m_session.catalog->checks()) {
        if (kPreviewChecks.contains(c->info().id))
            checks.append(c);
    }
    CheckEnvironment environment = m_session.environment; // a copy: the worker owns it
    environment.inputs.vaultCredentialsPath = path.trimmed();
    auto* watcher = new QFutureWatcher<QList<Finding>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) // a newer choice wins
            show(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_pool->threadPool(), [environment, checks] {
        CheckContext context; // one facts cache: the file is read once for both checks
        context.env = environment;
        QList<Finding> findings;
        for (const auto& c : checks)
            findings.append(c->run(context));
        return findings;
    }));
}

void VaultFilePreview::show(const QList<Finding>& findings)
{
    QString problem;
    const Finding* parsed = nullptr;
    for (const Finding& f : findings) {
        if (f.verdict == Verdict::Pass && f.checkId == kPreviewChecks.last())
            parsed = &f;
        else if (verdictNeedsAttention(f.verdict) && problem.isEmpty())
            problem = f.summary;
    }
    QString text;
    if (parsed) {
        const auto value = [parsed](const char* id) {
            const QString v = parsed->evidenceValue(QString::fromLatin1(id));
            return v.isEmpty() ? tr("not named") : v;
        };
        text = tr("Vault: %1 · Resource group: %2 · Region: %3\nSubscription: %4 · Tenant: %5")
                       .arg(value("vault"), value("resource_group"), value("region"), value("subscription"),
                            value("tenant"));
    }
    if (!problem.isEmpty())
        text = text.isEmpty() ? problem : text + u'\n' + problem;
    if (text.isEmpty())
        text = findings.isEmpty() ? tr("The file could not be checked.") : findings.constLast().summary;
    m_rawText = text;
    refreshText();
    m_label->show();
    Q_EMIT checked();
}

void VaultFilePreview::refreshText()
{
    if (m_rawText.isEmpty())
        return;
    m_label->setText(m_session.screen     ? m_session.screen->shown(m_rawText)
                     : m_session.redactor ? m_session.redactor->redact(m_rawText)
                                          : m_rawText);
}

} // namespace mars
