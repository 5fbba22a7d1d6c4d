// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <array>

// The errors the agent writes to its logs (CBEngineCurr.errlog, GatewayProvider*.errlog) that
// the catalog knows a cause for (mars-checks.md I4 and §3), as one table. Each row has a stable
// `errorId` ("34513", "0x1FC07", "407", "name_not_resolved", ...): the same key as the "I got
// this error" catalog, so a hit in the log and an error a user types lead to the same advice.
namespace mars::health {

struct LogPattern
{
    const char* errorId;
    // The catalog's probes for this error (§3 "Run probes"), shown so a technician knows which
    // findings of this troubleshooter tell the cause.
    const char* catalogRefs;
    // Lower-case terms; a line matches when it contains one of `anyOf` and, when `alsoAnyOf` is
    // not empty, one of those too. A term starting with '=' is a whole word ("=34513" does not
    // match "134513" or "0x34513a"). Unused slots are nullptr.
    std::array<const char*, 4> anyOf;
    std::array<const char*, 5> alsoAnyOf;
    const char* text; // plain words for the error (QT_TRANSLATE_NOOP in "mars::health::LogPattern")
    const char* remedy; // what to do (same context)
};

// The table, most specific row first: a line gets the first row it matches.
const QList<LogPattern>& logPatterns();
// The first row `line` matches, or nullptr.
const LogPattern* matchLogLine(const QString& line);
// The translated words of a row.
QString patternText(const LogPattern& pattern);
QString patternRemedy(const LogPattern& pattern);
// The time stamp near the start of a log line as written ("2024-05-02 09:14:02", "05/02
// 09:14:02.123"), or an empty string.
QString lineTimestamp(const QString& line);
// The first "a.b.c.d:443" in the line (ASR-PS: the Azure address logged next to port 443), or "".
QString endpointIn(const QString& line);

} // namespace mars::health
