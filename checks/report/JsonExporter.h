// SPDX-License-Identifier: MIT
#pragma once

#include "Report.h"

#include <QByteArray>
#include <QString>

namespace mars {

class Redactor;

// The versioned JSON report (schema documented in docs/report-schema.md). Every string
// passes through the Redactor.
class JsonExporter
{
public:
    explicit JsonExporter(const Redactor& redactor)
        : m_redactor(redactor)
    {
    }
    QByteArray toJson(const Report& report) const;
    // Writes atomically (QSaveFile). Returns false and sets *error on failure.
    bool write(const Report& report, const QString& filePath, QString* error) const;

private:
    const Redactor& m_redactor;
};

// A plain-text table for the CLI and for pasting into a ticket.
class TextExporter
{
public:
    explicit TextExporter(const Redactor& redactor)
        : m_redactor(redactor)
    {
    }
    // `fixesOffered`: fixesOfferedText() or empty; printed after the totals (before the
    // closing SIMULATED line of a scenario run).
    QString toText(const Report& report, const QString& fixesOffered = {}) const;

private:
    const Redactor& m_redactor;
};

} // namespace mars
