// SPDX-License-Identifier: MIT
#pragma once

#include "FixPlan.h"

#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace mars {

class JournalKeyStore;
class Redactor;
struct JournalIdentity;

// Whether a journal line's signature (FixJournalLine) holds, as this run can tell.
enum class JournalSeal : quint8 {
    Unsigned = 1, // no "sig": written by a run that could not read the key, or a simulated one
    Verified, // signed with this machine's journal key, unchanged since
    Bad, // signed, but the signature does not match: edited or forged
    Unverifiable, // signed, and this run cannot read the key to tell
};

// One line of the fix journal.
struct JournalEntry
{
    QString entryId; // unique, used by undo
    QString time; // ISO 8601 UTC
    QString sessionId;
    QString fixId;
    QString checkId;
    bool simulated = false;
    QString result; // fixResultId()
    QString summary;
    QJsonObject before;
    QJsonObject after;
    QJsonObject undo; // empty when not reversible
    QString undoes; // on an undo entry: the entryId it reversed
    QString undoneBy; // entryId of the undo entry, when undone (worked out by entries())
    bool restartNeeded = false; // FixPlan::restartNeeded (an undo inherits it from what it undoes)
    // "started" lines: FixPlan::reversible, as planned; result lines: whether undo data was kept.
    bool reversible = false;
    qint64 itemCount = 0; // "started" lines: FixPlan::itemCount (the changes may be a sample)
    // On a result or "interrupted" line: the entryId of the "started" line it closes.
    QString startedEntry;
    QString ifInterrupted; // "started" and "interrupted" lines: FixPlan::ifInterrupted
    QString machine; // the machine's name as the run that wrote it knew it (JournalIdentity)
    QString user; // the account that ran it
    JournalSeal seal = JournalSeal::Unsigned; // worked out when read; never written as such
};

// For an interrupted fix: what to check now, in one sentence (its plan's ifInterrupted, or
// "run the check again").
QString interruptedAdvice(const JournalEntry& entry);

// What loadIndex() found when this run started.
struct JournalStatus
{
    bool loaded = false;
    bool writable = true; // false: no fix may run (FixRunner refuses; the pages say why)
    QString writeError; // "<file>: <reason>" when not writable
    // Fixes an earlier run started and never finished (the process was killed or crashed):
    // their "started" lines, oldest first. Each got an "interrupted" line in this session.
    QList<JournalEntry> interrupted;
    // Applied, reversible, not undone lines this run will not undo, each with its reason in one
    // sentence (journalUndoRefusal: forged, edited, unsigned, another machine or account).
    struct Refused
    {
        JournalEntry entry;
        QString reason;
    };
    QList<Refused> refused;
    // Set when the file is over the read limit: one sentence saying only its newest part was read.
    QString readLimitNote;
};

// Append-only JSON-lines file in the application's data folder recording before/after for
// every applied fix, so second-line support can see what changed and reversible fixes can be
// undone after a restart. Thread-safe; each append is one write + flush. Text goes through
// the Redactor before it is written.
// The file is read and written on workers only (ThreadGuard flags a call on the GUI thread).
// What the GUI needs on every selection change, the undoable entries of a check, comes from
// an index in memory: loadIndex() reads the file once (on a worker), record() keeps the index
// up to date, and undoable() never touches the file or waits for a write.
class FixJournal
{
public:
    // The most of the file that is read (its newest part): a journal grows for years, and a
    // line a user's process appended must not make the elevated run read gigabytes.
    static constexpr qint64 kDefaultReadLimit_bytes = 16 * 1024 * 1024;

    FixJournal(QString filePath, QString sessionId, std::shared_ptr<const Redactor> redactor);
    ~FixJournal();

    // Who this run is and where the key is (JournalTrust); set before loadIndex(). `identity` is
    // called once, on a worker. Without it the run counts as unknown elevation on an unnamed
    // account with no key: it undoes no line of a real machine (see journalUndoRefusal).
    void setTrust(std::shared_ptr<const JournalKeyStore> keys, std::function<JournalIdentity()> identity);
    void setReadLimit(qint64 bytes) { m_readLimit_bytes = bytes; }

    QString filePath() const { return m_filePath; }
    // Records an outcome; returns the entry written (with its id), or an empty entryId and
    // *error set when the file could not be written.
    // `undoes` names the entry an undo reverses (empty for a normal fix).
    // A "started" line (outcome.result Started) carries the plan: its changes' before and after
    // state, item count, reversible and ifInterrupted. A result line names its started line
    // (`startedEntry`), so a started line left on its own is an interrupted fix.
    JournalEntry record(const FixPlan& plan, const FixOutcome& outcome, bool simulated, QString* error = nullptr,
                        const QString& undoes = QString(), const QString& startedEntry = QString());
    // All entries in the file, oldest first, each original's undoneBy filled from the undo
    // entries after it (the file itself is never rewritten). Corrupt lines are skipped and counted.
    QList<JournalEntry> entries(int* corruptLines = nullptr) const;
    // Reads the file into the undo index (once; later calls do nothing). Call it on a worker.
    // It also checks that the file can be appended to, and closes the fixes an earlier run left
    // "started" with an "interrupted" line (only while no other copy of the program holds the
    // change lock: a fix it is running is not interrupted). status() has what it found.
    void loadIndex();
    bool isIndexLoaded() const;
    JournalStatus status() const;
    // Held around every change (FixRunner, on its worker) from the "started" line to the result
    // line, so another copy of the program neither changes the machine at the same time nor
    // takes a running fix for an interrupted one. A QLockFile next to the journal; null with
    // *error when another process holds it. A killed holder's lock is stale and taken over.
    std::unique_ptr<QLockFile> lockForChange(QString* error = nullptr) const;
    // The fixes of `checkId` that can still be undone, newest first: reversible, applied (fully
    // or partly), not undone yet. A simulated machine lives only as long as its session, so for
    // it only this session's entries count; a real machine's entries count across restarts.
    // From memory: empty until loadIndex() has run. Cheap enough for the GUI thread.
    QList<JournalEntry> undoable(const QString& checkId, bool simulated) const;
    QString sessionId() const { return m_sessionId; }
    // Re-reads the file (on a worker) for the line `entryId` as it is now, for a preview or an
    // undo about to start: the line if this run may undo it (applied, reversible, not undone,
    // and journalUndoRefusal() has nothing against it), else nothing with *refusal set.
    std::optional<JournalEntry> entryForUndo(const QString& entryId, QString* refusal) const;

    static QJsonObject toJson(const JournalEntry& entry);
    static JournalEntry fromJson(const QJsonObject& object);

private:
    // m_mutex held. At most the newest m_readLimit_bytes; *skipped_bytes: how much was not read.
    QList<JournalEntry> readAll(int* corruptLines, qint64* skipped_bytes = nullptr) const;
    bool append(const JournalEntry& entry, QString* error); // m_mutex held
    JournalIdentity me() const; // resolves the identity once
    QByteArray signingKey(bool simulated) const; // empty when this line is not signed
    QString refusal(const JournalEntry& entry) const;
    void closeInterrupted(const QList<JournalEntry>& all); // m_mutex held
    void index(const JournalEntry& entry, const QString& refusal); // m_indexMutex held

    QString m_filePath;
    QString m_sessionId;
    std::shared_ptr<const Redactor> m_redactor;
    mutable QMutex m_mutex; // the file
    mutable QMutex m_indexMutex; // the index; never held while the file is read or written
    bool m_indexLoaded = false;
    QList<JournalEntry> m_reversible; // applied, reversible, not an undo; file order
    QSet<QString> m_undone; // entryIds an applied undo reversed
    JournalStatus m_status; // under m_indexMutex; its `refused` is kept up to date by index()
    QSet<QString> m_refusedIds; // the entry ids in m_status.refused
    qint64 m_readLimit_bytes = kDefaultReadLimit_bytes;
    struct Trust; // identity and key, resolved on first use
    std::unique_ptr<Trust> m_trust;
};

} // namespace mars
