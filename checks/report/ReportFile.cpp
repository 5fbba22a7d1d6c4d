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

QByteArray reportBytes(const Report& report, const Redactor& redactor, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json: return JsonExporter(redactor).toJson(report);
    case ReportFormat::Html: return HtmlExporter(redactor).toHtml(report);
    case ReportFormat::Markdown: return MarkdownExporter(redactor).toMarkdown(report).toUtf8();
    case ReportFormat::Text: return TextExporter(redactor).toText(report).toUtf8();
    }
    return {};
}

bool writeReportFile(const Report& report, const Redactor& redactor, const QString& filePath, ReportFormat format,
                     QString* error)
{
    const QByteArray bytes = reportBytes(report, redactor, format);
    QSaveFile file(filePath);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok && error)
        *error = QStringLiteral("Cannot write the report %1: %2")
                         .arg(QDir::toNativeSeparators(filePath), file.errorString());
    return ok;
}

} // namespace mars
