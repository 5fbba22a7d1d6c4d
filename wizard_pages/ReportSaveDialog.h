// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace mars {

// The "Save the report" file dialog of the Summary page and of the prompt on leaving: HTML
// first (the one a customer or a colleague opens in a browser and prints), then JSON (every
// value, for second-line tooling), Markdown (pastes into a ticket) and plain text; the file's
// suffix follows the chosen type, and ReportFile writes the format the suffix names. Not yet
// opened; the caller connects fileSelected.
QFileDialog* makeReportSaveDialog(QWidget* parent, const QString& sessionId, const QString& objectName);

} // namespace mars
