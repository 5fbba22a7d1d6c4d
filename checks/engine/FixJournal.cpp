// SPDX-License-Identifier: MIT
#include "FixJournal.h"

#include "ThreadGuard.h"
#include "logging/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace mars {

FixJournal::FixJournal(QString filePath, QString sessionId, std::shared_ptr<const Redactor> redactor)
    : m_filePath(std::move(filePath))
    , m_sessionId(std::move(sessionId))
    , m_redactor(std::move(redactor))
{
}

JournalEntry FixJournal::record(const FixPlan& plan, const FixOutcome& outcome, bool simulated, QString* error,
                                const QString& undoes)
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

    QJsonObject json = toJson(entry);
    if (m_redactor)
        json = m_redactor->redact(QJsonValue(json)).toObject();
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';

    QMutexLocker lock(&m_mutex);
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_filePath, file.errorString());
        entry.entryId.clear();
        return entry;
    }
    // Still under m_mutex: a loadIndex() reading the file either saw this line or runs after.
    const QMutexLocker indexLock(&m_indexMutex);
    if (m_indexLoaded)
        index(entry);
    return entry;
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
    const QList<JournalEntry> all = readAll(nullptr);
    const QMutexLocker indexLock(&m_indexMutex);
    for (const JournalEntry& e : all)
        index(e);
    m_indexLoaded = true;
}

bool FixJournal::isIndexLoaded() const
{
    const QMutexLocker lock(&m_indexMutex);
    return m_indexLoaded;
}

void FixJournal::index(const JournalEntry& e)
{
    const bool applied =
            e.result == fixResultId(FixResult::Applied) || e.result == fixResultId(FixResult::PartlyApplied);
    if (!applied)
        return;
    if (!e.undoes.isEmpty())
        m_undone.insert(e.undoes); // an undo that reversed something (not one that failed)
    else if (!e.undo.isEmpty())
        m_reversible.append(e);
}

QList<JournalEntry> FixJournal::entries(int* corruptLines) const
{
    ThreadGuard::offGuiThread("FixJournal::entries");
    const QMutexLocker lock(&m_mutex);
    return readAll(corruptLines);
}

QList<JournalEntry> FixJournal::readAll(int* corruptLines) const
{
    QList<JournalEntry> result;
    int corrupt = 0;
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()
                || doc.object().value(QLatin1String("fixId")).toString().isEmpty()) {
                ++corrupt; // a torn last line after a crash must not hide the others
                continue;
            }
            result.append(fromJson(doc.object()));
        }
    }
    if (corruptLines)
        *corruptLines = corrupt;
    // An undo entry that reversed something (not one that failed) marks its original.
    QHash<QString, QString> undoneBy;
    for (const JournalEntry& e : std::as_const(result)) {
        if (!e.undoes.isEmpty()
            && (e.result == fixResultId(FixResult::Applied) || e.result == fixResultId(FixResult::PartlyApplied)))
            undoneBy.insert(e.undoes, e.entryId);
    }
    for (JournalEntry& e : result) {
        if (undoneBy.contains(e.entryId))
            e.undoneBy = undoneBy.value(e.entryId);
    }
    return result;
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

QJsonObject FixJournal::toJson(const JournalEntry& e)
{
    QJsonObject o;
    o.insert(QLatin1String("entryId"), e.entryId);
    o.insert(QLatin1String("time"), e.time);
    o.insert(QLatin1String("sessionId"), e.sessionId);
    o.insert(QLatin1String("fixId"), e.fixId);
    o.insert(QLatin1String("checkId"), e.checkId);
    o.insert(QLatin1String("simulated"), e.simulated);
    o.insert(QLatin1String("result"), e.result);
    o.insert(QLatin1String("summary"), e.summary);
    o.insert(QLatin1String("before"), e.before);
    o.insert(QLatin1String("after"), e.after);
    o.insert(QLatin1String("reversible"), !e.undo.isEmpty());
    if (!e.undo.isEmpty())
        o.insert(QLatin1String("undo"), e.undo);
    if (!e.undoes.isEmpty())
        o.insert(QLatin1String("undoes"), e.undoes);
    if (e.restartNeeded)
        o.insert(QLatin1String("restartNeeded"), true);
    return o;
}

JournalEntry FixJournal::fromJson(const QJsonObject& o)
{
    JournalEntry e;
    e.entryId = o.value(QLatin1String("entryId")).toString();
    e.time = o.value(QLatin1String("time")).toString();
    e.sessionId = o.value(QLatin1String("sessionId")).toString();
    e.fixId = o.value(QLatin1String("fixId")).toString();
    e.checkId = o.value(QLatin1String("checkId")).toString();
    e.simulated = o.value(QLatin1String("simulated")).toBool();
    e.result = o.value(QLatin1String("result")).toString();
    e.summary = o.value(QLatin1String("summary")).toString();
    e.before = o.value(QLatin1String("before")).toObject();
    e.after = o.value(QLatin1String("after")).toObject();
    e.undo = o.value(QLatin1String("undo")).toObject();
    e.undoes = o.value(QLatin1String("undoes")).toString();
    e.restartNeeded = o.value(QLatin1String("restartNeeded")).toBool();
    return e;
}

} // namespace mars
