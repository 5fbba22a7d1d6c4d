// SPDX-License-Identifier: MIT
#include "InterruptedFixesNotice.h"

#include "engine/Fix.h"
#include "engine/WorkerPool.h"

#include <QDateTime>
#include <QLocale>

namespace mars {

InterruptedFixesNotice::InterruptedFixesNotice(std::shared_ptr<FixJournal> journal,
                                               std::shared_ptr<const CheckCatalog> catalog, bool simulated,
                                               QWidget* parent)
    : QLabel(parent)
    , m_pool(std::make_unique<WorkerPool>(this, 1))
    , m_catalog(std::move(catalog))
    , m_simulated(simulated)
{
    setObjectName(QStringLiteral("interruptedFixesLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    hide();
    if (!journal)
        return;
    const auto mailbox = m_pool->mailbox();
    m_pool->start([this, journal, mailbox] {
        journal->loadIndex(); // once per run; the check pages' FixRunners share the result
        const JournalStatus status = journal->status();
        mailbox->post([this, status] { showStatus(status); });
    });
}

InterruptedFixesNotice::~InterruptedFixesNotice() = default;

void InterruptedFixesNotice::showStatus(const JournalStatus& status)
{
    QList<JournalEntry> relevant;
    for (const JournalEntry& entry : status.interrupted) {
        if (entry.simulated == m_simulated)
            relevant.append(entry);
    }
    setText(textFor(relevant, m_catalog.get()));
    setVisible(!relevant.isEmpty());
}

QString InterruptedFixesNotice::textFor(const QList<JournalEntry>& interrupted, const CheckCatalog* catalog)
{
    if (interrupted.isEmpty())
        return {};
    QStringList lines;
    lines.append(tr("%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed "
                    "by force, or the server stopped). Check this before anything else:",
                    "", int(interrupted.size())));
    for (const JournalEntry& entry : interrupted) {
        const auto fix = catalog ? catalog->fix(entry.fixId) : nullptr;
        const QString title = fix ? fix->info().title : entry.fixId;
        const QDateTime started = QDateTime::fromString(entry.time, Qt::ISODateWithMs);
        const QString when =
                started.isValid() ? QLocale().toString(started.toLocalTime(), QLocale::ShortFormat) : entry.time;
        lines.append(tr("• %1 (started %2): %3").arg(title, when, interruptedAdvice(entry)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mars
