// SPDX-License-Identifier: MIT
#include "OsUpdatesCheck.h"

#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace mars {

CheckInfo OsUpdatesCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A6"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Windows updates and pending restart"),
            .whyItMatters = tr("A restart left pending by updates can block the agent's setup, and old Windows builds "
                               "lack the TLS updates registration needs."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 10000};
}

QString OsUpdatesCheck::resultsKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Results\\Install");
}

Finding OsUpdatesCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const SystemProbe& system = context.system();
    const Probed<QStringList> pending = system.machine().pendingRebootReasons();
    if (!pending.ok())
        return probeError(tr("Could not find out whether Windows is waiting for a restart, so the update state "
                             "could not be checked."),
                          pending.reason);

    // The last successful install of updates, when this Windows still records it.
    const Probed<RegistryValue> last = system.registry().readRegistry(
            RegistryHive::LocalMachine, resultsKey(), QStringLiteral("LastSuccessTime"), RegistryView::Native64);
    QDateTime lastInstall;
    QString lastText, lastNote;
    if (last.ok()) {
        lastText = last.value.data.toString().trimmed();
        lastInstall = QDateTime::fromString(lastText, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        lastInstall.setTimeZone(QTimeZone::utc());
        if (!lastInstall.isValid())
            lastNote = tr("LastSuccessTime holds \"%1\", which is not a date this check can read.").arg(lastText);
    } else if (last.status == ProbeStatus::NotFound) {
        lastNote = tr("This Windows does not record the date of the last update install (newer Windows versions "
                      "no longer write LastSuccessTime), so only the pending restart was checked.");
    } else {
        lastNote = tr("The date of the last update install could not be read: %1").arg(last.reason);
    }
    const QDateTime now = context.env.utcNow();
    const qint64 age_days = lastInstall.isValid() ? lastInstall.daysTo(now) : -1;
    const bool stale = age_days > kMaxAge_days;
    const QStringList& reasons = pending.value;

    const QString update = tr("Run Windows Update (or your update server's deployment), install every "
                              "available update, and restart the server.");
    if (!reasons.isEmpty()) {
        f = makeFinding(Verdict::Warning, tr("Windows is waiting for a restart to finish installing updates, which "
                                             "can make the agent's setup fail."));
        f.remedy = tr("Restart the server, then run this troubleshooter again before installing the agent.");
        if (stale)
            f.remedy += QLatin1Char(' ') + update;
    } else if (stale) {
        f = makeFinding(Verdict::Warning, tr("Windows last installed updates %1 days ago, so it may lack fixes the "
                                             "agent needs (such as TLS 1.2 support).")
                                                  .arg(QLocale().toString(age_days)));
        f.remedy = update;
    } else if (lastInstall.isValid()) {
        f = makeFinding(Verdict::Pass, tr("Windows installed updates %1 days ago and no restart is pending.")
                                               .arg(QLocale().toString(qMax<qint64>(age_days, 0))));
    } else {
        f = makeFinding(Verdict::Pass, tr("No restart is pending for Windows updates."));
    }
    f.addEvidence(QStringLiteral("pending_restart"), tr("Pending restart"),
                  reasons.isEmpty() ? tr("none") : reasons.join(QStringLiteral("; ")))
            .addEvidence(QStringLiteral("last_update_install_utc"), tr("Last successful update install (UTC)"),
                         lastInstall.isValid() ? lastInstall.toString(Qt::ISODate) : tr("not recorded"));
    if (age_days >= 0)
        f.addEvidence(QStringLiteral("last_update_age_days"), tr("Days since the last update install"),
                      QLocale().toString(age_days));
    f.addEvidence(QStringLiteral("max_update_age_days"), tr("Warning after"),
                  tr("%1 days without updates").arg(kMaxAge_days));
    f.detail = tr("Pending-restart markers: %1. Last update install read from HKLM\\%2 LastSuccessTime.")
                       .arg(reasons.isEmpty() ? tr("none set") : reasons.join(QStringLiteral(", ")), resultsKey());
    if (!lastNote.isEmpty())
        f.detail += QLatin1Char(' ') + lastNote;
    return f;
}

} // namespace mars
