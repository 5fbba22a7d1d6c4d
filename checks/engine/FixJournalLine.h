// SPDX-License-Identifier: MIT
#pragma once

#include "FixJournal.h"

#include <QByteArray>
#include <QJsonObject>

namespace mars {

struct JournalKey;

// One journal line as read, before any policy: pure functions, so a fuzzer can drive them.
struct JournalLine
{
    bool valid = false; // a JSON object with a fixId; else the line is counted as corrupt
    JournalEntry entry; // seal still Unsigned: verifyJournalLine() decides it
    QByteArray canonical; // the canonical serialisation of the line without its "sig"
    QByteArray signature; // "sig" as written (lower-case hex), empty when there is none
};

// Parses one line (without its newline). Linear in its length; never throws.
JournalLine parseJournalLine(const QByteArray& line);
// The bytes a signature covers: the object without "sig", compact JSON with its keys sorted
// (QJsonObject keeps them sorted), so a reader re-creates them from what it parsed.
QByteArray canonicalJournalBytes(QJsonObject object);
// HMAC-SHA256 of `canonical` under `key`, as lower-case hex.
QByteArray journalSignature(const QByteArray& key, const QByteArray& canonical);
// The line with its signature added, ready to append (with a trailing newline).
QByteArray signedJournalLine(const QJsonObject& object, const QByteArray& key);
// What the line's signature says, with the key as this run could read it.
JournalSeal verifyJournalLine(const JournalLine& line, const JournalKey& key);

} // namespace mars
