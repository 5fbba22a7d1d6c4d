// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace mars {

// What a JournalKeyStore found.
struct JournalKey
{
    enum class State : quint8 {
        Ok = 1, // `bytes` holds the key
        Missing, // no key yet (no elevated run has written to the journal on this machine)
        Unreadable, // it exists but this account may not read it (not elevated), or the read failed
        Unsafe, // the folder or file is not as only this tool creates it (owner, rights, a link)
    };
    State state = State::Missing;
    QByteArray bytes; // kKeySize random bytes when Ok
    QString reason; // one plain sentence when not Ok
    bool isOk() const { return state == State::Ok; }
};

// The per-machine secret the fix journal signs its lines with (HMAC-SHA256, FixJournalLine).
// It lives where only administrators (Windows: SYSTEM and BUILTIN\Administrators, protected
// DACL) or root (POSIX: 0600 in a 0700 folder) can read it, so a non-elevated process can
// neither read it nor forge a line an elevated run would accept. Created on the first
// elevated write only; an unelevated run never creates it. Thread-safe (no state).
class JournalKeyStore
{
public:
    static constexpr int kKeySize = 32;
    virtual ~JournalKeyStore() = default;
    // The key file's full path, for messages.
    virtual QString location() const = 0;
    // Reads the key; never creates anything.
    virtual JournalKey read() const = 0;
    // Reads the key, creating the folder and the key (QRandomGenerator::system()) when they are
    // missing; only an elevated process can. Two processes racing both end with the same key.
    virtual JournalKey readOrCreate() const = 0;
};

// This build's store: Windows %ProgramData%\MARS Troubleshooter\journal-key, else
// /var/lib/mars-troubleshooter/journal-key. `folderOverride` (tests) names another folder;
// the owner it then also accepts is the current user (POSIX: instead of root; Windows: beside
// SYSTEM and Administrators).
std::shared_ptr<const JournalKeyStore> createNativeJournalKeyStore(const QString& folderOverride = QString());

} // namespace mars
