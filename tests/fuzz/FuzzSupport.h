// SPDX-License-Identifier: MIT
#pragma once

// What every fuzz target shares: the input as Qt bytes (a deep copy, so a parser that keeps a
// QByteArray never points into libFuzzer's buffer after the call), the log text decoding the
// tool applies to a file's tail, and one fixed "now" so a run is reproducible.

#include "system/TextDecoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace mars::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// As readTextTail() would return the whole input read as one tail: the head decides the
// encoding (byte-order mark, UTF-16 without one), the rest is decoded from offset 0.
inline QString logText(const QByteArray& input)
{
    return decodeTextTail(input.left(4096), input, 0).text;
}

// Not the wall clock: a crash found today must reproduce next year (year-less time stamps are
// placed relative to "now").
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
}

} // namespace mars::fuzz
