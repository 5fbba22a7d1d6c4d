// SPDX-License-Identifier: MIT
#include "FixJournal.h"

#include "FixJournalLine.h"
#include "JournalTrust.h"
#include "ThreadGuard.h"
#include "logging/Redactor.h"
#include "system/JournalKeyStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QUuid>

namespace mars {

// Who this run is and the key, each worked out once, on a worker, when first needed.
struct FixJournal::Trust
{
    QMutex mutex; // never held while another of the journal's mutexes is taken
    std::shared_ptr<const JournalKeyStore> keys;
    std::function<JournalIdentity()> identityProvider;
    std::optional<JournalIdentity> identity;
    std::optional<JournalKey> key;

    JournalKey currentKey() // mutex held
    {
        if (!key) {
            if (keys) {
                key = keys->read();
            } else {
                key = JournalKey{JournalKey::State::Missing,
                                 {},
                                 QCoreApplication::translate("mars::FixJournal", "This run has no journal key.")};
            }
        }
        return *key;
    }
};

FixJournal::FixJournal(QString filePath, QString sessionId, std::shared_ptr<const Redactor> redactor)
    : m_filePath(std::move(filePath))
    , m_sessionId(std::move(sessionId))
    , m_redactor(std::move(redactor))
    , m_trust(std::make_unique<Trust>())
{
}

FixJournal::~FixJournal() = default;

void FixJournal::setTrust(std::shared_ptr<const JournalKeyStore> keys, std::function<JournalIdentity()> identity)
{
    const QMutexLocker lock(&m_trust->mutex);
    m_trust->keys = std::move(keys);
    m_trust->identityProvider = std::move(identity);
    m_trust->identity.reset();
    m_trust->key.reset();
}

JournalIdentity FixJournal::me() const
{
    const QMutexLocker lock(&m_trust->mutex);
    if (!m_trust->identity) {
        if (m_trust->identityProvider) {
            m_trust->identity = m_trust->identityProvider();
        } else {
            JournalIdentity unknown; // unknown elevation, no account: no real machine's line is undone
            unknown.machine = QSysInfo::machineHostName();
            m_trust->identity = unknown;
        }
    }
    return *m_trust->identity;
}

QByteArray FixJournal::signingKey(bool simulated) const
{
    // A simulated machine's lines are never signed: they are undone only in their own session.
    if (simulated)
        return {};
    const bool elevated = me().elevation == JournalIdentity::Elevation::Elevated;
    const QMutexLocker lock(&m_trust->mutex);
    JournalKey key = m_trust->currentKey();
    // The key is created by the first elevated run that writes a line, never by a reader.
    if (key.state == JournalKey::State::Missing && elevated && m_trust->keys) {
        key = m_trust->keys->readOrCreate();
        m_trust->key = key;
    }
    return key.isOk() ? key.bytes : QByteArray();
}

QString FixJournal::refusal(const JournalEntry& entry) const
{
    const JournalIdentity identity = me();
    JournalKey key;
    {
        const QMutexLocker lock(&m_trust->mutex);
        key = m_trust->currentKey();
    }
    return journalUndoRefusal(entry, identity, key, m_sessionId);
}

namespace {
// The plan's changes as the journal's before/after objects: what each target was and was to
// become. A target named twice gets a counter, so no planned change is lost.
void plannedState(const FixPlan& plan, QJsonObject* before, QJsonObject* after)
{
    for (const PlannedChange& change : plan.changes) {
        QString key = change.target;
        for (int n = 2; before->contains(key); ++n)
            key = QStringLiteral("%1 (%2)").arg(change.target).arg(n);
        before->insert(key, change.before);
        after->insert(key, change.after);
    }
}

QString lockPath(const QString& journalPath)
{
    return journalPath + QStringLiteral(".lock");
}
} // namespace

QString interruptedAdvice(const JournalEntry& entry)
{
    if (!entry.ifInterrupted.isEmpty())
        return entry.ifInterrupted;
    return QCoreApplication::translate("mars::FixJournal",
                                       "Nothing records how far it got: run its check again to see the machine as it "
                                       "is now.");
}

JournalEntry FixJournal::record(const FixPlan& plan, const FixOutcome& outcome, bool simulated, QString* error,
                                const QString& undoes, const QString& startedEntry)
{
    JournalEntry entry;
    entry.entryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.sessionId = m_sessionId;
    entry.fixId = plan.fixId;
    entry.checkId = plan.checkId;
    entry.simulated = simulated;
    entry.result = fixResultId(outcome.result);
    entry.summary = outcome.summary;
    entry.before = outcome.before;
    entry.after = outcome.after;
    entry.undo = outcome.undo;
    entry.undoes = undoes;
    entry.restartNeeded = plan.restartNeeded;
    entry.startedEntry = startedEntry;
    entry.reversible = !outcome.undo.isEmpty();
    const JournalIdentity identity = me();
    entry.machine = identity.machine;
    entry.user = identity.user;
    if (outcome.result == FixResult::Started) {
        // What was about to happen, for whoever reads the journal after a crash.
        if (entry.before.isEmpty() && entry.after.isEmpty())
            plannedState(plan, &entry.before, &entry.after);
        entry.reversible = plan.reversible;
        entry.itemCount = plan.itemCount;
        entry.ifInterrupted = plan.ifInterrupted;
    }

    QMutexLocker lock(&m_mutex);
    if (!append(entry, error)) {
        entry.entryId.clear();
        return entry;
    }
    entry.seal = signingKey(simulated).isEmpty() ? JournalSeal::Unsigned : JournalSeal::Verified;
    const QString refused = refusal(entry);
    // Still under m_mutex: a loadIndex() reading the file either saw this line or runs after.
    const QMutexLocker indexLock(&m_indexMutex);
    if (m_indexLoaded)
        index(entry, refused);
    return entry;
}

bool FixJournal::append(const JournalEntry& entry, QString* error)
{
    QJsonObject json = toJson(entry);
    if (m_redactor)
        json = m_redactor->redact(QJsonValue(json)).toObject();
    // Signed after redaction: the signature covers exactly what is in the file.
    const QByteArray line = signedJournalLine(json, signingKey(entry.simulated));
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<QLockFile> FixJournal::lockForChange(QString* error) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPath(m_filePath));
    lock->setStaleLockTime(0); // a fix may run for an hour: only a dead holder makes it stale
    if (lock->tryLock(0))
        return lock;
    if (error) {
        *error = lock->error() == QLockFile::LockFailedError
                         ? QCoreApplication::translate("mars::FixJournal",
                                                       "Another copy of the troubleshooter is changing this machine "
                                                       "right now. Wait until it has finished, then try again.")
                         : QCoreApplication::translate("mars::FixJournal", "The lock file %1 cannot be written.")
                                   .arg(QDir::toNativeSeparators(lockPath(m_filePath)));
    }
    return nullptr;
}

void FixJournal::loadIndex()
{
    ThreadGuard::offGuiThread("FixJournal::loadIndex");
    const QMutexLocker lock(&m_mutex);
    {
        const QMutexLocker indexLock(&m_indexMutex);
        if (m_indexLoaded)
            return;
    }
    qint64 skipped_bytes = 0;
    const QList<JournalEntry> all = readAll(nullptr, &skipped_bytes);
    QStringList refusals; // worked out before the index lock: it may ask the OS who we are
    refusals.reserve(all.size());
    for (const JournalEntry& e : all)
        refusals.append(refusal(e));
    {
        const QMutexLocker indexLock(&m_indexMutex);
        for (qsizetype i = 0; i < all.size(); ++i)
            index(all[i], refusals[i]);
        m_indexLoaded = true;
        if (skipped_bytes > 0)
            m_status.readLimitNote =
                    QCoreApplication::translate("mars::FixJournal",
                                                "The fix journal %1 is larger than %2 MB; only its newest %2 MB were "
                                                "read, so older fixes are not offered for undo (new fixes are still "
                                                "recorded).")
                            .arg(QDir::toNativeSeparators(m_filePath))
                            .arg(m_readLimit_bytes / (1024 * 1024));
    }
    // Can this run record a fix at all? Opening for append changes nothing (an empty file at
    // most); a read-only folder or a folder in the file's place shows here, before any fix.
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    const bool writable = file.open(QIODevice::WriteOnly | QIODevice::Append);
    const QString writeError =
            writable ? QString()
                     : QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString());
    file.close();
    {
        const QMutexLocker indexLock(&m_indexMutex);
        m_status.writable = writable;
        m_status.writeError = writeError;
    }
    closeInterrupted(all);
    const QMutexLocker indexLock(&m_indexMutex);
    m_status.loaded = true;
}

void FixJournal::closeInterrupted(const QList<JournalEntry>& all)
{
    // A started line is closed by a line naming it (startedEntry); lines written before that
    // link existed are closed by the next line of the same session and fix.
    QSet<QString> closed;
    QHash<QString, QString> openLegacy; // sessionId + fixId -> started entryId
    for (const JournalEntry& e : all) {
        const QString key = e.sessionId + QLatin1Char('/') + e.fixId;
        if (e.result == fixResultId(FixResult::Started)) {
            openLegacy.insert(key, e.entryId);
        } else if (!e.startedEntry.isEmpty()) {
            closed.insert(e.startedEntry);
        } else if (openLegacy.contains(key)) {
            closed.insert(openLegacy.take(key));
        }
    }
    QList<JournalEntry> open;
    for (const JournalEntry& e : all) {
        if (e.result == fixResultId(FixResult::Started) && !closed.contains(e.entryId) && e.sessionId != m_sessionId)
            open.append(e);
    }
    if (open.isEmpty())
        return;
    // Another copy of the program in the middle of a fix holds the lock: its started line is
    // not an interrupted one. Nothing is concluded then; the next start looks again.
    const std::unique_ptr<QLockFile> changeLock = lockForChange();
    if (!changeLock)
        return;
    for (const JournalEntry& started : std::as_const(open)) {
        JournalEntry closing = started;
        closing.entryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        closing.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        closing.sessionId = m_sessionId;
        closing.machine = me().machine; // written by this run, as this run
        closing.user = me().user;
        closing.result = fixResultId(FixResult::Interrupted);
        closing.startedEntry = started.entryId;
        closing.undo = {};
        closing.reversible = false;
        closing.after = {}; // what happened is unknown: only the plan's before-state is certain
        closing.summary = QCoreApplication::translate("mars::FixJournal",
                                                      "Interrupted: this fix started at %1 and never finished. It was "
                                                      "to do this: %2")
                                  .arg(started.time, started.summary);
        append(closing, nullptr); // when it cannot be written, the next start finds it again
    }
    const QMutexLocker indexLock(&m_indexMutex);
    m_status.interrupted = open;
}

JournalStatus FixJournal::status() const
{
    // A copy that shares its lists: the pages ask on the GUI thread, and a journal of years can
    // list tens of thousands of refused lines (copying them one by one stalled the GUI 80 ms).
    const QMutexLocker lock(&m_indexMutex);
    return m_status;
}

bool FixJournal::isIndexLoaded() const
{
    const QMutexLocker lock(&m_indexMutex);
    return m_indexLoaded;
}

void FixJournal::index(const JournalEntry& e, const QString& refused)
{
    const bool applied =
            e.result == fixResultId(FixResult::Applied) || e.result == fixResultId(FixResult::PartlyApplied);
    if (!applied)
        return;
    if (!e.undoes.isEmpty()) {
        if (e.seal != JournalSeal::Bad) {
            m_undone.insert(e.undoes); // an undo that reversed something (not one that failed)
            if (m_refusedIds.remove(e.undoes)) // rare: look through the list only then
                m_status.refused.removeIf(
                        [&e](const JournalStatus::Refused& r) { return r.entry.entryId == e.undoes; });
        }
    } else if (!e.undo.isEmpty()) {
        if (refused.isEmpty())
            m_reversible.append(e);
        else {
            m_status.refused.append({e, refused}); // shown in status(), never offered
            m_refusedIds.insert(e.entryId);
        }
    }
}

QList<JournalEntry> FixJournal::entries(int* corruptLines) const
{
    ThreadGuard::offGuiThread("FixJournal::entries");
    const QMutexLocker lock(&m_mutex);
    return readAll(corruptLines);
}

QList<JournalEntry> FixJournal::readAll(int* corruptLines, qint64* skipped_bytes) const
{
    QList<JournalEntry> result;
    int corrupt = 0;
    JournalKey key;
    {
        const QMutexLocker lock(&m_trust->mutex);
        key = m_trust->currentKey();
    }
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly)) {
        // Only the newest part of a journal over the limit: skip to it and drop the line cut there.
        const qint64 skip = qMax<qint64>(0, file.size() - m_readLimit_bytes);
        char before = '\n';
        if (skip > 0 && file.seek(skip - 1) && file.getChar(&before) && before != '\n')
            file.readLine(m_readLimit_bytes + 1); // the rest of the line the cut fell into
        if (skipped_bytes)
            *skipped_bytes = skip;
        // One pass, each line parsed once: linear in the bytes read. A line longer than the
        // whole limit cannot be a journal line and is read (and counted corrupt) in pieces.
        while (!file.atEnd()) {
            const QByteArray line = file.readLine(m_readLimit_bytes + 1).trimmed();
            if (line.isEmpty())
                continue;
            JournalLine parsed = parseJournalLine(line);
            if (!parsed.valid) {
                ++corrupt; // a torn last line after a crash must not hide the others
                continue;
            }
            parsed.entry.seal = verifyJournalLine(parsed, key);
            result.append(std::move(parsed.entry));
        }
    }
    if (corruptLines)
        *corruptLines = corrupt;
    // An undo entry that reversed something (not one that failed) marks its original.
    QHash<QString, QString> undoneBy;
    for (const JournalEntry& e : std::as_const(result)) {
        if (!e.undoes.isEmpty() && e.seal != JournalSeal::Bad
            && (e.result == fixResultId(FixResult::Applied) || e.result == fixResultId(FixResult::PartlyApplied)))
            undoneBy.insert(e.undoes, e.entryId);
    }
    for (JournalEntry& e : result) {
        if (undoneBy.contains(e.entryId))
            e.undoneBy = undoneBy.value(e.entryId);
    }
    return result;
}

std::optional<JournalEntry> FixJournal::entryForUndo(const QString& entryId, QString* why) const
{
    ThreadGuard::offGuiThread("FixJournal::entryForUndo");
    QList<JournalEntry> all;
    {
        const QMutexLocker lock(&m_mutex);
        all = readAll(nullptr);
    }
    const auto say = [why](const char* text) {
        if (why)
            *why = QCoreApplication::translate("mars::FixJournal", text);
        return std::nullopt;
    };
    const JournalEntry* found = nullptr;
    for (const JournalEntry& e : std::as_const(all)) {
        if (e.entryId != entryId)
            continue;
        if (found)
            return say("This change appears more than once in the fix journal, so the journal was edited; it is "
                       "not undone.");
        found = &e;
    }
    if (!found)
        return say("This change is no longer in the fix journal (or in the part of it that is read).");
    const bool applied =
            found->result == fixResultId(FixResult::Applied) || found->result == fixResultId(FixResult::PartlyApplied);
    if (!applied || !found->undoes.isEmpty() || found->undo.isEmpty())
        return say("The fix journal records no change here that can be undone.");
    if (!found->undoneBy.isEmpty())
        return say("This change has already been undone.");
    const QString refused = refusal(*found);
    if (!refused.isEmpty()) {
        if (why)
            *why = refused;
        return std::nullopt;
    }
    return *found;
}

QList<JournalEntry> FixJournal::undoable(const QString& checkId, bool simulated) const
{
    QList<JournalEntry> found;
    const QMutexLocker lock(&m_indexMutex);
    for (auto it = m_reversible.crbegin(); it != m_reversible.crend(); ++it) {
        const JournalEntry& e = *it;
        if (e.checkId != checkId || m_undone.contains(e.entryId) || e.simulated != simulated
            || (simulated && e.sessionId != m_sessionId))
            continue;
        found.append(e);
    }
    return found;
}

} // namespace mars
