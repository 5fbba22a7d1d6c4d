// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mars::test {

// One HTTP request head as a loopback server or proxy received it: request line and headers,
// byte for byte. Kept in memory for the test to inspect (was Proxy-Authorization sent? which
// Host?); description() is the only text form and it redacts credentials, so a recorded secret
// never reaches a log.
class RecordedRequest
{
public:
    // Parses a request head (everything before the blank line, without it). std::nullopt when
    // the request line is not "METHOD TARGET HTTP/x.y".
    static std::optional<RecordedRequest> parse(const QByteArray& head);

    bool isValid() const { return !m_method.isEmpty(); }
    QByteArray method() const { return m_method; }
    // The request target as sent: "/path", "http://127.0.0.1:8080/path" or "host:443" (CONNECT).
    QByteArray target() const { return m_target; }
    QByteArray version() const { return m_version; }
    QByteArray requestLine() const { return m_method + ' ' + m_target + ' ' + m_version; }
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    // The first header with this name (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const { return !header(name).isNull(); }

    // Request line and headers with Authorization/Proxy-Authorization/Cookie values replaced.
    QString description() const;

private:
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_version;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace mars::test
