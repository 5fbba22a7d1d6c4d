// SPDX-License-Identifier: MIT
#pragma once

#include "CheckContext.h"
#include "CheckInfo.h"
#include "Finding.h"

namespace mars {

// A probe of one fact of the machine. Implementations are stateless and thread-safe: run()
// may be called on any worker thread, concurrently, and reads everything through the context.
// run() may throw; the runner turns the exception into an Error finding. It should poll
// context.isCancelled() in loops and return promptly when asked.
// Each check class also declares its catalog id beside the class, `static QString id()`, which
// info() returns and fixes, tests and other checks use to name it (docs/adding-a-check.md).
class Check
{
public:
    virtual ~Check() = default;
    virtual CheckInfo info() const = 0;
    virtual Finding run(const CheckContext& context) const = 0;

protected:
    // A finding pre-filled with this check's id and doc link.
    Finding makeFinding(Verdict verdict, const QString& summary) const
    {
        const CheckInfo meta = info();
        Finding f;
        f.checkId = meta.id;
        f.docUrl = meta.docUrl;
        f.verdict = verdict;
        f.summary = summary;
        return f;
    }
};

} // namespace mars
