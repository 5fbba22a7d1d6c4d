// SPDX-License-Identifier: MIT
// The agent-log parser (catalog I4, MarsLogScanCheck): each line of a hostile CBEngineCurr.errlog
// against the known-error table, its time stamp and endpoint, and a matched line through the
// Redactor's patterns as MarsLogScanCheck::quoted() does before quoting it.
#include "FuzzSupport.h"
#include "catalog/health/MarsLogPatterns.h"
#include "logging/Redactor.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const mars::Redactor redactor;
    const QString text = mars::fuzz::logText(mars::fuzz::bytes(data, size));
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines) {
        const mars::health::LogPattern* pattern = mars::health::matchLogLine(line);
        if (!pattern)
            continue;
        (void)mars::health::patternText(*pattern);
        (void)mars::health::lineTimestamp(line);
        (void)mars::health::endpointIn(line);
        (void)redactor.redact(line);
    }
    return 0;
}
