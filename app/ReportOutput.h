// SPDX-License-Identifier: MIT
#pragma once

#include "logging/Redactor.h"
#include "report/Report.h"

#include <QString>

namespace mars {

// Writes the --json report after the run. The path was checked before the run
// (optionPaths::outputFileProblem); should the write still fail (the disk filled up, the folder
// went away), the run's result stands: returns false with *message saying that the report is
// missing and that the exit code is the run's own, and the caller keeps that code.
bool writeJsonAfterRun(const Redactor& redactor, const Report& report, const QString& path, int runCode,
                       QString* message);

} // namespace mars
