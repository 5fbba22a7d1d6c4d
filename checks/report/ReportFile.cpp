// SPDX-License-Identifier: MIT
#include "ReportFile.h"

#include "HtmlExporter.h"
#include "JsonExporter.h"
#include "MarkdownExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace mars {

ReportFormat reportFormatFor(const QString& filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("md"))
        return ReportFormat::Markdown;
    if (suffix == QLatin1String("txt"))
        return ReportFormat::Text;
    return ReportFormat::Json;
}

bool writeReportFile(const Report& report, const Redactor& redactor, const QString& filePath, QString* error)
{
    return writeReportFile(report, redactor, filePath, reportFormatFor(filePath), error);
}

bool writeReportFile(const Report& report, const Redactor& redactor, const QString& filePath, ReportFormat format,
                     QString* error)
{
    QByteArray bytes;
    switch (format) {
    case ReportFormat::Json: bytes = JsonExporter(redactor).toJson(report); break;
    case ReportFormat::Html: bytes = HtmlExporter(redactor).toHtml(report); break;
    case ReportFormat::Markdown: bytes = MarkdownExporter(redactor).toMarkdown(report).toUtf8(); break;
    case ReportFormat::Text: bytes = TextExporter(redactor).toText(report).toUtf8(); break;
    }
    QSaveFile file(filePath);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok && error)
        *error = QStringLiteral("Cannot write the report %1: %2")
                         .arg(QDir::toNativeSeparators(filePath), file.errorString());
    return ok;
}

} // namespace mars
