// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <optional>

namespace mars::test {

// How LoopbackTlsServer answers: for the whole server or for one request path.
//
// Connection-level kinds (ResetAfterAccept, ResetDuringHandshake, Stall) act as soon as the
// connection is accepted when they are the server's default; set for a path, they act once a
// request for that path has arrived (a reset or a silence after the request line).
//
//     LoopbackTlsServer server(identity, ServerBehaviour::ok200().withDate(skewed));
//     server.setBehaviour(QStringLiteral("/denied"), ServerBehaviour::status(403));
class ServerBehaviour
{
public:
    enum class Kind {
        Ok200, // HTTP/1.1 200 with the Server and Date headers below
        Status, // any status line, e.g. 403 or 503, same headers
        Redirect, // 3xx with a Location header
        ResetAfterAccept, // TCP RST right after accept (or after the request, per path)
        ResetDuringHandshake, // TLS: RST once the ClientHello arrived, before any ServerHello
        Stall, // accept (or read the request) and never answer, until the server is destroyed
        CloseAfterHeaders, // status line and headers announcing a body, then a close without it
    };

    static ServerBehaviour ok200();
    static ServerBehaviour status(int code);
    static ServerBehaviour redirect(const QUrl& location, int code = 302);
    static ServerBehaviour resetAfterAccept();
    static ServerBehaviour resetDuringHandshake();
    static ServerBehaviour stall();
    static ServerBehaviour closeAfterHeaders();

    // The Server header (default "Microsoft-IIS/10.0"); empty: no Server header.
    ServerBehaviour& withServerHeader(const QByteArray& value);
    // The Date header's time (default: now, when the reply is written), for clock-skew checks.
    ServerBehaviour& withDate(const QDateTime& date);
    // The Date header verbatim (a malformed one, say); empty: no Date header.
    ServerBehaviour& withRawDateHeader(const QByteArray& value);
    ServerBehaviour& withBody(const QByteArray& body);

    Kind kind() const { return m_kind; }
    int statusCode() const { return m_statusCode; }
    QUrl location() const { return m_location; }
    QByteArray serverHeader() const { return m_serverHeader; }
    QByteArray body() const { return m_body; }
    // The Date header to send at `now` (empty: none).
    QByteArray dateHeader(const QDateTime& now) const;
    // The whole response head and body (for the HTTP-level kinds).
    QByteArray response(const QDateTime& now) const;

    // RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(const QDateTime& time);
    static QByteArray reasonPhrase(int code);

private:
    explicit ServerBehaviour(Kind kind, int code = 200);

    Kind m_kind;
    int m_statusCode;
    QUrl m_location;
    QByteArray m_serverHeader = "Microsoft-IIS/10.0";
    std::optional<QDateTime> m_date;
    std::optional<QByteArray> m_rawDate;
    QByteArray m_body = "ok\n";
};

} // namespace mars::test
