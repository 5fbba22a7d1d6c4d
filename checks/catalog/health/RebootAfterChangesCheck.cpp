// SPDX-License-Identifier: MIT
#include "RebootAfterChangesCheck.h"

#include "catalog/common/DocLinks.h"
#include "engine/FixJournal.h"
#include "system/SystemProbe.h"

#include <algorithm>

namespace mars {

namespace {
QDateTime timeOf(const JournalEntry& entry)
{
    return QDateTime::fromString(entry.time, Qt::ISODateWithMs).toUTC();
}

QString shown(const QDateTime& utc)
{
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}
} // namespace

CheckInfo RebootAfterChangesCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("I9"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Restart after changes"),
            .whyItMatters = tr("Windows and the agent read the TLS settings and the PowerShell module path only when "
                               "they start: a change this troubleshooter made works only after the server restarts."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

QList<JournalEntry> RebootAfterChangesCheck::awaitingRestart(const QList<JournalEntry>& entries,
                                                             const QDateTime& lastStartUtc, const QString& sessionId)
{
    const QString applied = fixResultId(FixResult::Applied);
    const QString partly = fixResultId(FixResult::PartlyApplied);
    QList<JournalEntry> waiting;
    for (const JournalEntry& e : entries) {
        const bool simulatedHere = !sessionId.isEmpty();
        if (!e.restartNeeded || (e.result != applied && e.result != partly) || e.simulated != simulatedHere
            || (simulatedHere && e.sessionId != sessionId))
            continue;
        const QDateTime when = timeOf(e);
        if (!lastStartUtc.isValid() || !when.isValid() || when > lastStartUtc)
            waiting.append(e);
    }
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const JournalEntry& a, const JournalEntry& b) { return timeOf(a) > timeOf(b); });
    return waiting;
}

Finding RebootAfterChangesCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const auto& journal = context.env.journal;
    if (!journal)
        return makeFinding(Verdict::NotApplicable,
                           tr("This run keeps no fix journal, so there are no changes of this troubleshooter to "
                              "follow up."));
    const QString sessionId = context.env.isSimulated() ? journal->sessionId() : QString();
    const QList<JournalEntry> recorded = awaitingRestart(journal->entries(), QDateTime(), sessionId);
    if (recorded.isEmpty())
        return makeFinding(Verdict::NotApplicable,
                           tr("This troubleshooter has made no change here that needs a restart."));

    const Probed<ClockInfo> clock = context.system().machine().clock();
    if (!clock.ok() || clock.value.uptime_s < 0)
        return probeError(tr("This troubleshooter changed settings that need a restart, but when the server last "
                             "started could not be read."),
                          clock.ok() ? tr("The uptime is not known.") : clock.reason);
    const QDateTime lastStart = clock.value.utcNow.addSecs(-clock.value.uptime_s);
    const QList<JournalEntry> waiting = awaitingRestart(recorded, lastStart, sessionId);
    if (waiting.isEmpty()) {
        f = makeFinding(Verdict::Pass, tr("The server has restarted (%1) since this troubleshooter last changed a "
                                          "setting that needs a restart (%2).")
                                               .arg(shown(lastStart), shown(timeOf(recorded.first()))));
    } else {
        f = makeFinding(Verdict::Warning,
                        tr("The server has not restarted since this troubleshooter changed settings that work only "
                           "after a restart (%n change(s), the last at %1): restart it once before registering.",
                           nullptr, int(waiting.size()))
                                .arg(shown(timeOf(waiting.first()))));
        f.remedy = tr("Restart the server when the customer allows it (one restart covers every change), then run "
                      "this troubleshooter again.");
        QStringList lines;
        for (const JournalEntry& e : waiting)
            lines.append(tr("%1: %2").arg(shown(timeOf(e)), e.summary));
        f.detail = lines.join(u'\n');
    }
    f.addEvidence(QStringLiteral("last_start"), tr("Server last started"), shown(lastStart))
            .addEvidence(QStringLiteral("changes_waiting"), tr("Changes waiting for a restart"),
                         QString::number(waiting.size()));
    return f;
}

} // namespace mars
