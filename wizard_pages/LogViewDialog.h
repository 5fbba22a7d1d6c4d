// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace mars {

// A read-only view of the most recent log lines (already redacted by the logging layer) and
// the log file's path, for second-line support on a screen share (objectName "logViewDialog").
// Opened with open()/show(); never exec().
class LogViewDialog : public QDialog
{
    Q_OBJECT
public:
    LogViewDialog(const QStringList& lines, const QString& logFilePath, QWidget* parent = nullptr);

private:
    QPlainTextEdit* m_text = nullptr;
};

} // namespace mars
