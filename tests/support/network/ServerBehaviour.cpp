// SPDX-License-Identifier: MIT
#include "network/ServerBehaviour.h"

#include <QLocale>
#include <QTimeZone>

namespace mars::test {

ServerBehaviour::ServerBehaviour(Kind kind, int code)
    : m_kind(kind)
    , m_statusCode(code)
{
}

ServerBehaviour ServerBehaviour::ok200()
{
    return ServerBehaviour(Kind::Ok200);
}

ServerBehaviour ServerBehaviour::status(int code)
{
    return ServerBehaviour(Kind::Status, code);
}

ServerBehaviour ServerBehaviour::redirect(const QUrl& location, int code)
{
    ServerBehaviour behaviour(Kind::Redirect, code);
    behaviour.m_location = location;
    return behaviour;
}

ServerBehaviour ServerBehaviour::resetAfterAccept()
{
    return ServerBehaviour(Kind::ResetAfterAccept);
}

ServerBehaviour ServerBehaviour::resetDuringHandshake()
{
    return ServerBehaviour(Kind::ResetDuringHandshake);
}

ServerBehaviour ServerBehaviour::stall()
{
    return ServerBehaviour(Kind::Stall);
}

ServerBehaviour ServerBehaviour::closeAfterHeaders()
{
    return ServerBehaviour(Kind::CloseAfterHeaders);
}

ServerBehaviour& ServerBehaviour::withServerHeader(const QByteArray& value)
{
    m_serverHeader = value;
    return *this;
}

ServerBehaviour& ServerBehaviour::withDate(const QDateTime& date)
{
    m_date = date;
    m_rawDate.reset();
    return *this;
}

ServerBehaviour& ServerBehaviour::withRawDateHeader(const QByteArray& value)
{
    m_rawDate = value;
    m_date.reset();
    return *this;
}

ServerBehaviour& ServerBehaviour::withBody(const QByteArray& body)
{
    m_body = body;
    return *this;
}

QByteArray ServerBehaviour::dateHeader(const QDateTime& now) const
{
    if (m_rawDate)
        return *m_rawDate;
    return httpDate(m_date.value_or(now));
}

QByteArray ServerBehaviour::response(const QDateTime& now) const
{
    const int code = m_kind == Kind::Ok200 ? 200 : m_statusCode;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasonPhrase(code) + "\r\n";
    if (!m_serverHeader.isEmpty())
        out += "Server: " + m_serverHeader + "\r\n";
    if (const QByteArray date = dateHeader(now); !date.isEmpty())
        out += "Date: " + date + "\r\n";
    if (m_kind == Kind::Redirect)
        out += "Location: " + m_location.toEncoded() + "\r\n";
    out += "Content-Type: text/plain\r\n";
    if (m_kind == Kind::CloseAfterHeaders) {
        // Announces a body that never comes: the client sees the connection end mid-reply.
        out += "Content-Length: 100000\r\nConnection: close\r\n\r\n";
        return out;
    }
    out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body;
    return out;
}

QByteArray ServerBehaviour::httpDate(const QDateTime& time)
{
    // QLocale::c() keeps day and month names English whatever the test machine's language.
    return QLocale::c()
            .toString(time.toTimeZone(QTimeZone::utc()), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
            .toLatin1();
}

QByteArray ServerBehaviour::reasonPhrase(int code)
{
    switch (code) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 407: return "Proxy Authentication Required";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace mars::test
