// SPDX-License-Identifier: MIT
#pragma once

#include "Report.h"

namespace mars {

// The CLI's exit-code contract (README, --help).
enum class ExitCode : int {
    AllPassed = 0, // every check passed or does not apply
    Warnings = 1, // worst outcome is a warning
    Failures = 2, // a check failed, or could not run / timed out / was cancelled: nothing vouches for it
    UsageError = 3, // an unknown option or value, or a path option naming nothing usable: checked
                    // before the run (app/OptionPaths), so nothing ran
    InternalError = 4, // an exception escaped; never a report that could not be written after the
                       // run (that keeps the run's code and says so on stderr: app/ReportOutput)
};

ExitCode exitCodeFor(const Report& report);

} // namespace mars
