// SPDX-License-Identifier: MIT
#pragma once

#include "FixPlan.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>

namespace mars {

class Redactor;

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
    FixJournal(QString filePath, QString sessionId, std::shared_ptr<const Redactor> redactor);

    QString filePath() const { return m_filePath; }
    // Records an outcome; returns the entry written (with its id), or an empty entryId and
    // *error set when the file could not be written.
    // `undoes` names the entry an undo reverses (empty for a normal fix).
    JournalEntry record(const FixPlan& plan, const FixOutcome& outcome, bool simulated, QString* error = nullptr,
                        const QString& undoes = QString());
    // All entries in the file, oldest first, each original's undoneBy filled from the undo
    // entries after it (the file itself is never rewritten). Corrupt lines are skipped and counted.
    QList<JournalEntry> entries(int* corruptLines = nullptr) const;
    // Reads the file into the undo index (once; later calls do nothing). Call it on a worker.
    void loadIndex();
    bool isIndexLoaded() const;
    // The fixes of `checkId` that can still be undone, newest first: reversible, applied (fully
    // or partly), not undone yet. A simulated machine lives only as long as its session, so for
    // it only this session's entries count; a real machine's entries count across restarts.
    // From memory: empty until loadIndex() has run. Cheap enough for the GUI thread.
    QList<JournalEntry> undoable(const QString& checkId, bool simulated) const;
    QString sessionId() const { return m_sessionId; }

    static QJsonObject toJson(const JournalEntry& entry);
    static JournalEntry fromJson(const QJsonObject& object);

private:
    QList<JournalEntry> readAll(int* corruptLines) const; // m_mutex held
    void index(const JournalEntry& entry); // m_indexMutex held

    QString m_filePath;
    QString m_sessionId;
    std::shared_ptr<const Redactor> m_redactor;
    mutable QMutex m_mutex; // the file
    mutable QMutex m_indexMutex; // the index; never held while the file is read or written
    bool m_indexLoaded = false;
    QList<JournalEntry> m_reversible; // applied, reversible, not an undo; file order
    QSet<QString> m_undone; // entryIds an applied undo reversed
};

} // namespace mars
