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

} // namespace mars
