// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mars {

// The head of an HTTP/1.x answer (status line and headers), as SocketConnectivity reads it from
// a server or a proxy. Lenient: whatever cannot be read is left empty, never guessed.
struct HttpHead
{
    int status = 0; // 0: not an HTTP status line
    QString reason;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed, in order

    // `raw` up to and including the blank line.
    static HttpHead parse(const QByteArray& raw);
    // The first header of that (lower-case) name; empty when absent.
    QByteArray header(const QByteArray& name) const;
    // The schemes offered by every header of that name ("NTLM", "Negotiate", "Basic").
    QStringList authSchemes(const QByteArray& name) const;
    // An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110 §5.6.7) in UTC; invalid otherwise.
    static QDateTime parseDate(const QByteArray& value);
    // The payload of a chunked body (RFC 9112 §7.1), as far as it arrived.
    static QByteArray dechunk(const QByteArray& body);
};

} // namespace mars
