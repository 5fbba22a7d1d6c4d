// SPDX-License-Identifier: MIT
#pragma once

#include "logging/Redactor.h"
#include "report/Report.h"

#include <QString>

namespace mars {

// Writes the --json report and each --report file after the run, in the format its suffix names
// (ReportFile.h). The paths were checked before the run (optionPaths::outputFileProblem); should
// a write still fail (the disk filled up, the folder went away), the run's result stands: returns
// false with *message saying which report is missing and that the exit code is the run's own,
// and the caller keeps that code.
bool writeReportAfterRun(const Redactor& redactor, const Report& report, const QString& path, int runCode,
                         QString* message);

} // namespace mars
