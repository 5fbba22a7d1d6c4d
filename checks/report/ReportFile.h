// SPDX-License-Identifier: MIT
#pragma once

#include "Report.h"

#include <QString>

namespace mars {

class Redactor;

// The formats a report is saved in, chosen by the file's suffix: .html/.htm (HtmlExporter),
// .md (MarkdownExporter), .txt (TextExporter), anything else the JSON (JsonExporter).
enum class ReportFormat : quint8 { Json, Html, Markdown, Text };
ReportFormat reportFormatFor(const QString& filePath);

// The report's file content in `format` (through the Redactor, as every export).
QByteArray reportBytes(const Report& report, const Redactor& redactor, ReportFormat format);

// Writes `report` in the format its suffix names, atomically (QSaveFile: a failed write leaves
// no half file). Returns false with *error a sentence naming the file and the reason.
bool writeReportFile(const Report& report, const Redactor& redactor, const QString& filePath, QString* error);
// The same in the format given, whatever the name ends with (--json, --html, --markdown).
bool writeReportFile(const Report& report, const Redactor& redactor, const QString& filePath, ReportFormat format,
                     QString* error);

} // namespace mars
