// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace mars {

// The one place that removes secrets from text before it is written anywhere: log lines,
// reports, the journal, the clipboard. Two layers:
//   - known secrets registered at run time (a passphrase, a proxy password) are replaced
//     wherever they appear, also in their base-64 and URL-encoded forms;
//   - patterns that look like secrets are replaced even when nobody registered them: the
//     ManagementCert element of a vault credentials file, PEM/PFX/base-64 blobs, passwords
//     in URLs, key=value pairs (passwords, SAS sig=, access_token, client_secret, AccountKey),
//     Bearer tokens and JWTs, command-line switches.
// What is not a secret stays: paths (Windows or POSIX, however long their names), GUIDs,
// thumbprints, and so the journal's undo data, which names paths and registry values.
// Values are replaced in place with a marker, so the text keeps its shape (a report still
// shows that a field exists). Thread-safe.
class Redactor
{
public:
    Redactor();

    static QString marker() { return QStringLiteral("[REDACTED]"); }

    // Secrets shorter than 4 characters are ignored: masking "a" would wreck every line.
    void addSecret(const QString& secret);
    QString redact(const QString& text) const;
    std::string redact(std::string_view utf8) const;
    // Every string inside a JSON value, keeping its shape. Redacting the serialised text instead
    // can cut a JSON escape in half (`/pw:\"x\"`), and the result then fails to parse.
    QJsonValue redact(const QJsonValue& value) const;

    // One pattern and the words it cannot match without (Redactor.cpp).
    struct Pattern
    {
        QRegularExpression regex;
        QList<QLatin1String> needs; // lower-case ASCII; the pattern can only match text holding one
    };

private:
    mutable QReadWriteLock m_lock;
    QStringList m_secrets;
    QList<Pattern> m_patterns;
};

} // namespace mars
