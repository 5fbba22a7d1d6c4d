// SPDX-License-Identifier: MIT
#include "ReportOutput.h"

#include "report/ReportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

bool writeBundleAfterRun(const Redactor& redactor, const SupportBundleSources& sources, const QString& path,
                         int runCode, QString* message)
{
    const SupportBundle bundle = SupportBundle::collect(sources, redactor);
    QString error;
    if (!bundle.write(path, &error)) {
        *message = QCoreApplication::translate("mars::ReportOutput",
                                               "%1\nThe checks ran and the table above is complete; only the support "
                                               "bundle is missing. The exit code, %2, is the run's own.")
                           .arg(error)
                           .arg(runCode);
        return false;
    }
    QStringList lines{QCoreApplication::translate("mars::ReportOutput", "Support bundle written to %1:")
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                      QStringLiteral("  ") + SupportBundle::manifestName()};
    for (const BundleFile& file : bundle.files)
        lines.append(QStringLiteral("  %1 (%2)").arg(file.name, SupportBundle::sizeText(file.data.size())));
    for (const QString& note : bundle.notes)
        lines.append(QCoreApplication::translate("mars::ReportOutput", "  Not included: %1").arg(note));
    *message = lines.join(u'\n');
    return true;
}

} // namespace mars
