// SPDX-License-Identifier: MIT
#include "OsUpdatesCheck.h"

#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

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
            .deadline_ms = 20000};
}

QString OsUpdatesCheck::resultsKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Results\\Install");
}

namespace {
// Each reason names its marker (MachineProbe::pendingRebootReasons). True when every marker
// set is PendingFileRenameOperations: files to replace or delete at the next restart, which
// antivirus software and many installers leave behind; it says nothing about Windows updates.
bool onlyFileRenames(const QStringList& reasons)
{
    return !reasons.isEmpty() && std::all_of(reasons.cbegin(), reasons.cend(), [](const QString& reason) {
        return reason.contains(QLatin1String("PendingFileRenameOperations"), Qt::CaseInsensitive);
    });
}
} // namespace

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

    // The last successful installation of updates: Windows Update's history first (every
    // supported Windows keeps it), LastSuccessTime where the history names none (Windows
    // before Server 2016 still writes it).
    const Probed<UpdateHistory> history = system.machine().updateHistory();
    const bool historyRead = history.ok();
    const bool historyUnreadable = !historyRead && history.status != ProbeStatus::NotApplicable;
    QDateTime lastInstall;
    QString lastTitle, source;
    QStringList notes;
    if (historyRead && history.value.lastInstallUtc.isValid()) {
        lastInstall = history.value.lastInstallUtc.toUTC();
        lastTitle = history.value.lastInstallTitle;
        source = tr("Windows Update's history");
    } else {
        const Probed<RegistryValue> last = system.registry().readRegistry(
                RegistryHive::LocalMachine, resultsKey(), QStringLiteral("LastSuccessTime"), RegistryView::Native64);
        if (last.ok()) {
            const QString lastText = last.value.data.toString().trimmed();
            lastInstall = QDateTime::fromString(lastText, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            lastInstall.setTimeZone(QTimeZone::utc());
            if (lastInstall.isValid())
                source = tr("HKLM\\%1 LastSuccessTime").arg(resultsKey());
            else
                notes.append(
                        tr("LastSuccessTime holds \"%1\", which is not a date this check can read.").arg(lastText));
        } else if (last.status == ProbeStatus::NotFound) {
            if (!historyRead)
                notes.append(tr("This Windows does not record the date of the last update install in the registry "
                                "(newer Windows versions no longer write LastSuccessTime)."));
        } else {
            notes.append(
                    tr("The date of the last update install could not be read from the registry: %1").arg(last.reason));
        }
    }
    if (historyRead) {
        notes.prepend(tr("Windows Update's history has %1 entries; the newest %2 were read (definition updates "
                         "left out).")
                              .arg(history.value.totalEntries)
                              .arg(history.value.entriesRead));
    } else if (historyUnreadable) {
        notes.prepend(tr("Windows Update's history could not be read: %1").arg(history.reason));
    } else {
        notes.prepend(history.reason); // NotApplicable: says why there is none
    }
    const bool historyEmpty = historyRead && !history.value.lastInstallUtc.isValid() && !lastInstall.isValid();

    const QDateTime now = context.env.utcNow();
    const qint64 age_days = lastInstall.isValid() ? lastInstall.daysTo(now) : -1;
    const bool stale = age_days > kMaxAge_days;
    const QStringList& reasons = pending.value;

    const QString update = tr("Run Windows Update (or your update server's deployment), install every "
                              "available update, and restart the server.");
    if (!reasons.isEmpty() && onlyFileRenames(reasons)) {
        f = makeFinding(Verdict::Warning, tr("Files are waiting to be replaced at the next restart (often by "
                                             "antivirus software); this is not a pending Windows update, but a "
                                             "restart first is safer for the agent's setup."));
        f.remedy = tr("Restart the server when you can, then run this troubleshooter again. If the files are "
                      "waiting again right after the restart, antivirus software keeps them there; that alone "
                      "does not stop the agent's setup.");
        if (stale || historyEmpty)
            f.remedy += QLatin1Char(' ') + update;
    } else if (!reasons.isEmpty()) {
        f = makeFinding(Verdict::Warning, tr("Windows is waiting for a restart to finish installing updates, which "
                                             "can make the agent's setup fail."));
        f.remedy = tr("Restart the server, then run this troubleshooter again before installing the agent.");
        if (stale || historyEmpty)
            f.remedy += QLatin1Char(' ') + update;
    } else if (stale) {
        f = makeFinding(Verdict::Warning, tr("Windows last installed updates %1 days ago, so it may lack fixes the "
                                             "agent needs (such as TLS 1.2 support).")
                                                  .arg(QLocale().toString(age_days)));
        f.remedy = update;
    } else if (lastInstall.isValid()) {
        f = makeFinding(Verdict::Pass, tr("Windows installed updates %1 days ago and no restart is pending.")
                                               .arg(QLocale().toString(qMax<qint64>(age_days, 0))));
    } else if (historyUnreadable) {
        f = makeFinding(Verdict::Error, tr("No restart is pending, but Windows Update's history could not be read, "
                                           "so it is unknown when Windows last installed updates."));
        // What to look at, as the log checks do for a log they cannot read.
        f.remedy = tr("Open Windows Update on the server and look at its update history; if the Windows Update "
                      "service (wuauserv) is disabled, ask the customer's IT team how this server gets its "
                      "updates. Then run this check again.");
    } else if (historyEmpty) {
        f = makeFinding(Verdict::Warning, tr("Windows Update's history records no successful installation of "
                                             "updates, so this server may lack fixes the agent needs (such as TLS "
                                             "1.2 support)."));
        f.remedy = update;
    } else {
        f = makeFinding(Verdict::Pass, tr("No restart is pending for Windows updates."));
    }
    f.addEvidence(QStringLiteral("pending_restart"), tr("Pending restart"),
                  reasons.isEmpty() ? tr("none") : reasons.join(QStringLiteral("; ")))
            .addEvidence(QStringLiteral("last_update_install_utc"), tr("Last successful update install (UTC)"),
                         lastInstall.isValid() ? lastInstall.toString(Qt::ISODate)
                         : historyUnreadable   ? tr("could not be read")
                                               : tr("not recorded"));
    if (!lastTitle.isEmpty())
        f.addEvidence(QStringLiteral("last_update_title"), tr("Last update installed"), lastTitle);
    if (age_days >= 0)
        f.addEvidence(QStringLiteral("last_update_age_days"), tr("Days since the last update install"),
                      QLocale().toString(age_days));
    f.addEvidence(QStringLiteral("max_update_age_days"), tr("Warning after"),
                  tr("%1 days without updates").arg(kMaxAge_days));
    f.detail = tr("Pending-restart markers: %1.")
                       .arg(reasons.isEmpty() ? tr("none set") : reasons.join(QStringLiteral(", ")));
    if (!source.isEmpty())
        f.detail += QLatin1Char(' ') + tr("Last update install read from %1.").arg(source);
    for (const QString& note : std::as_const(notes))
        f.detail += QLatin1Char(' ') + note;
    return f;
}

} // namespace mars
