// SPDX-License-Identifier: MIT
#pragma once

#include "logging/Redactor.h"
#include "report/Report.h"
#include "report/ReportFile.h"
#include "report/SupportBundle.h"

#include <QString>

namespace mars {

// Writes each report file the command line asked for (--json, --html, --markdown, --report) after
// the run, in its format (ReportFile.h). The paths were checked before the run (optionPaths::outputFileProblem); should
// a write still fail (the disk filled up, the folder went away), the run's result stands: returns
// false with *message saying which report is missing and that the exit code is the run's own,
// and the caller keeps that code.
bool writeReportAfterRun(const Redactor& redactor, const Report& report, const QString& path, ReportFormat format,
                         int runCode, QString* message);

// The same for --bundle: collects the support bundle (SupportBundle) and writes it. On success
// *message lists what is inside (the manifest's file list) for the console.
bool writeBundleAfterRun(const Redactor& redactor, const SupportBundleSources& sources, const QString& path,
                         int runCode, QString* message);

} // namespace mars
