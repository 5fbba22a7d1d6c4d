// SPDX-License-Identifier: MIT
#include "JournalTrust.h"

#include "system/JournalKeyStore.h"
#include "system/SystemProbe.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace mars {

namespace {
// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace, so
// they would never match this context at run time (none of them was translated).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::JournalTrust)
};
} // namespace

JournalIdentity journalIdentityOf(const SystemProbe& system)
{
    JournalIdentity me;
    const Probed<MachineIdentity> identity = system.machine().identity();
    if (identity.ok()) {
        const MachineIdentity& id = identity.value;
        me.machine = !id.fqdn.isEmpty() ? id.fqdn : !id.dnsHostName.isEmpty() ? id.dnsHostName : id.netbiosName;
    }
    if (me.machine.isEmpty() && !system.isSimulated())
        me.machine = QSysInfo::machineHostName();
    const Probed<AccountInfo> account = system.machine().account();
    if (account.ok()) {
        me.user = account.value.userName;
        me.elevation = account.value.elevation == TokenElevation::Elevated ? JournalIdentity::Elevation::Elevated
                                                                           : JournalIdentity::Elevation::NotElevated;
    }
    return me;
}

QString journalUndoRefusal(const JournalEntry& entry, const JournalIdentity& me, const JournalKey& key,
                           const QString& sessionId)
{
    if (entry.simulated) {
        if (entry.sessionId != sessionId)
            return Texts::tr(
                    "This change was made on a simulated machine in another session; a simulated machine lasts "
                    "only as long as its session.");
        return {};
    }
    if (entry.seal == JournalSeal::Bad)
        return Texts::tr("This journal line was changed after it was written (its signature does not match), so it is "
                         "not undone.");
    // Names compare without case: Windows treats machine and account names so.
    if (entry.machine.isEmpty() || me.machine.isEmpty() || entry.machine.compare(me.machine, Qt::CaseInsensitive) != 0)
        return Texts::
                tr("This change was recorded for the machine \"%1\", not for this one (\"%2\"), so it is not undone "
                   "here.")
                        .arg(entry.machine, me.machine);
    if (entry.user.isEmpty() || me.user.isEmpty() || entry.user.compare(me.user, Qt::CaseInsensitive) != 0)
        return Texts::tr("This change was made by the account \"%1\", not by \"%2\"; only that account can undo it.")
                .arg(entry.user, me.user);
    if (me.elevation == JournalIdentity::Elevation::NotElevated)
        return {};
    if (entry.seal == JournalSeal::Unsigned)
        return Texts::tr("This journal line is not signed with this machine's journal key, and a run as administrator "
                         "undoes only signed lines (anyone can add a line to the journal file).");
    if (entry.seal == JournalSeal::Unverifiable)
        return Texts::tr("This journal line's signature cannot be checked: %1").arg(key.reason);
    return {};
}

} // namespace mars
