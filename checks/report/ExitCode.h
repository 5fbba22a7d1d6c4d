// SPDX-License-Identifier: MIT
#pragma once

#include "Report.h"

namespace mars {

// The CLI's exit-code contract (README, --help).
enum class ExitCode : int {
    AllPassed = 0, // every check passed or does not apply
    Warnings = 1, // worst outcome is a warning
    Failures = 2, // a check failed, or could not run / timed out / was cancelled: nothing vouches for it
    UsageError = 3,
    InternalError = 4,
};

ExitCode exitCodeFor(const Report& report);

} // namespace mars
