// SPDX-License-Identifier: MIT
#include "InterruptedFixesNotice.h"

#include "ReadableColour.h"
#include "engine/Fix.h"
#include "engine/WorkerPool.h"

#include <QDateTime>
#include <QLocale>

namespace mars {

InterruptedFixesNotice::InterruptedFixesNotice(std::shared_ptr<FixJournal> journal,
                                               std::shared_ptr<const CheckCatalog> catalog,
                                               std::shared_ptr<const ScreenText> screen, bool simulated,
                                               QWidget* parent)
    : QLabel(parent)
    , m_pool(std::make_unique<WorkerPool>(this, 1))
    , m_catalog(std::move(catalog))
    , m_screen(std::move(screen))
    , m_simulated(simulated)
{
    setObjectName(QStringLiteral("interruptedFixesLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsAlert(this);
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
    // A simulated machine's line is refused only because its session ended: not news.
    QList<JournalStatus::Refused> refused;
    for (const JournalStatus::Refused& r : status.refused) {
        if (!r.entry.simulated)
            refused.append(r);
    }
    QStringList parts;
    for (const QString& part :
         {textFor(relevant, m_catalog.get()), refusedText(refused, m_catalog.get()), status.readLimitNote}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    m_rawText = parts.join(QStringLiteral("\n\n"));
    refreshText();
    setVisible(!parts.isEmpty());
}

void InterruptedFixesNotice::refreshText()
{
    setText(m_screen ? m_screen->shown(m_rawText) : m_rawText);
}

QString InterruptedFixesNotice::refusedText(const QList<JournalStatus::Refused>& refused, const CheckCatalog* catalog)
{
    if (refused.isEmpty())
        return {};
    QStringList lines;
    lines.append(
            tr("The fix journal lists %n earlier change(s) that this run will not undo:", "", int(refused.size())));
    for (qsizetype i = 0; i < refused.size() && i < kMaxRefusedShown; ++i) {
        const JournalEntry& entry = refused.at(i).entry;
        // The fix id of a forged line is whatever its author wrote: only a known fix is named.
        const auto fix = catalog ? catalog->fix(entry.fixId) : nullptr;
        const QString title = fix ? fix->info().title : tr("A change by an unknown fix");
        // The reason quotes the line's machine and account: a forged line's may be any length.
        QString reason = refused.at(i).reason;
        if (reason.size() > kMaxReasonChars)
            reason = reason.left(kMaxReasonChars) + QChar(0x2026);
        lines.append(tr("• %1: %2").arg(title, reason));
    }
    if (refused.size() > kMaxRefusedShown)
        lines.append(tr("…and %n more.", "", int(refused.size() - kMaxRefusedShown)));
    return lines.join(QLatin1Char('\n'));
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
