// SPDX-License-Identifier: MIT
#include "ExitCode.h"

namespace mars {

ExitCode exitCodeFor(const Report& report)
{
    if (report.findings.isEmpty())
        return ExitCode::Failures; // nothing ran: never report success
    bool warning = false;
    for (const Finding& f : report.findings) {
        switch (f.verdict) {
        case Verdict::Pass:
        case Verdict::NotApplicable: break;
        case Verdict::Warning: warning = true; break;
        default: return ExitCode::Failures;
        }
    }
    return warning ? ExitCode::Warnings : ExitCode::AllPassed;
}

} // namespace mars
