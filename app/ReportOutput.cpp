// SPDX-License-Identifier: MIT
#include "ReportOutput.h"

#include "report/ReportFile.h"

#include <QCoreApplication>

namespace mars {

bool writeReportAfterRun(const Redactor& redactor, const Report& report, const QString& path, ReportFormat format,
                         int runCode, QString* message)
{
    QString error;
    if (writeReportFile(report, redactor, path, format, &error))
        return true;
    *message = QCoreApplication::translate("mars::ReportOutput",
                                           "%1\nThe checks ran and the table above is complete; only this report is "
                                           "missing. The exit code, %2, is the run's own.")
                       .arg(error)
                       .arg(runCode);
    return false;
}

} // namespace mars
