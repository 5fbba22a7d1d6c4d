// SPDX-License-Identifier: MIT
#include "FixJournalLine.h"

#include "system/JournalKeyStore.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMessageAuthenticationCode>

namespace mars {

namespace {
const QLatin1String kSig("sig");
} // namespace

JournalLine parseJournalLine(const QByteArray& line)
{
    JournalLine parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return parsed;
    QJsonObject object = document.object();
    if (object.value(QLatin1String("fixId")).toString().isEmpty())
        return parsed;
    parsed.valid = true;
    parsed.entry = FixJournal::fromJson(object);
    const QJsonValue sig = object.value(kSig);
    // A "sig" that is not a string is still a signature that cannot match: kept as such.
    parsed.signature = sig.isUndefined() ? QByteArray() : sig.isString() ? sig.toString().toLatin1() : QByteArray("-");
    parsed.canonical = canonicalJournalBytes(std::move(object));
    return parsed;
}

QByteArray canonicalJournalBytes(QJsonObject object)
{
    object.remove(kSig);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray journalSignature(const QByteArray& key, const QByteArray& canonical)
{
    return QMessageAuthenticationCode::hash(canonical, key, QCryptographicHash::Sha256).toHex();
}

QByteArray signedJournalLine(const QJsonObject& object, const QByteArray& key)
{
    QJsonObject line = object;
    line.remove(kSig);
    if (!key.isEmpty())
        line.insert(kSig, QString::fromLatin1(journalSignature(key, canonicalJournalBytes(line))));
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

JournalSeal verifyJournalLine(const JournalLine& line, const JournalKey& key)
{
    if (line.signature.isEmpty())
        return JournalSeal::Unsigned;
    if (!key.isOk())
        return JournalSeal::Unverifiable;
    const QByteArray expected = journalSignature(key.bytes, line.canonical);
    // Constant-time compare: the comparison must not tell a forger how many bytes matched.
    if (expected.size() != line.signature.size())
        return JournalSeal::Bad;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ line.signature[i]);
    return difference == 0 ? JournalSeal::Verified : JournalSeal::Bad;
}

// A journal line's fields (FixJournal's static members, kept here beside the line's parsing).
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
    o.insert(QLatin1String("reversible"), e.reversible || !e.undo.isEmpty());
    if (e.itemCount > 0)
        o.insert(QLatin1String("itemCount"), e.itemCount);
    if (!e.startedEntry.isEmpty())
        o.insert(QLatin1String("started"), e.startedEntry);
    if (!e.ifInterrupted.isEmpty())
        o.insert(QLatin1String("ifInterrupted"), e.ifInterrupted);
    if (!e.undo.isEmpty())
        o.insert(QLatin1String("undo"), e.undo);
    if (!e.undoes.isEmpty())
        o.insert(QLatin1String("undoes"), e.undoes);
    if (e.restartNeeded)
        o.insert(QLatin1String("restartNeeded"), true);
    if (!e.machine.isEmpty())
        o.insert(QLatin1String("machine"), e.machine);
    if (!e.user.isEmpty())
        o.insert(QLatin1String("user"), e.user);
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
    e.reversible = o.value(QLatin1String("reversible")).toBool();
    e.itemCount = o.value(QLatin1String("itemCount")).toInteger();
    e.startedEntry = o.value(QLatin1String("started")).toString();
    e.ifInterrupted = o.value(QLatin1String("ifInterrupted")).toString();
    e.machine = o.value(QLatin1String("machine")).toString();
    e.user = o.value(QLatin1String("user")).toString();
    return e;
}

} // namespace mars
