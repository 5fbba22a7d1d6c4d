// SPDX-License-Identifier: MIT
#pragma once

#include "FixJournal.h"

#include <QString>

namespace mars {

class SystemProbe;
struct JournalKey;

// Who this run is, as far as the journal's undo policy cares.
struct JournalIdentity
{
    enum class Elevation : quint8 { Unknown = 1, Elevated, NotElevated };
    QString machine; // the machine's name as the tool knows it (a scenario's for a simulated run)
    QString user; // the account running this process
    Elevation elevation = Elevation::Unknown;
};

// Asks the system (on a worker: these are OS calls) who and where this run is. The machine is
// its fully qualified name, else its host or NetBIOS name, else Qt's host name.
JournalIdentity journalIdentityOf(const SystemProbe& system);

// Why this run must not undo `entry`, in one sentence; empty when it may. The policy:
// - a simulated machine's line: only within the session that wrote it (nothing is signed);
// - a line whose signature does not match: never (it was edited or forged);
// - a line from another machine or another account: never;
// - an elevated run, or one that cannot tell: only lines whose signature it verified, since a
//   non-elevated process can write the journal file but cannot read the key;
// - an unelevated run may also undo unsigned lines (and signed ones it cannot verify): the
//   undo can only do what this account may do anyway, and every fix re-checks what it touches.
QString journalUndoRefusal(const JournalEntry& entry, const JournalIdentity& me, const JournalKey& key,
                           const QString& sessionId);

} // namespace mars
