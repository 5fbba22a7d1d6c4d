// SPDX-License-Identifier: MIT
#include "HttpHead.h"

#include <QLocale>
#include <QTimeZone>

namespace mars {

HttpHead HttpHead::parse(const QByteArray& raw)
{
    HttpHead head;
    const QList<QByteArray> lines = raw.split('\n');
    if (lines.isEmpty())
        return head;
    const QByteArray statusLine = lines.first().trimmed();
    // "HTTP/1.1 200 OK"
    if (!statusLine.startsWith("HTTP/1."))
        return head;
    const qsizetype space = statusLine.indexOf(' ');
    if (space < 0)
        return head;
    const QByteArray rest = statusLine.mid(space + 1);
    const qsizetype reasonAt = rest.indexOf(' ');
    bool ok = false;
    const int status = (reasonAt < 0 ? rest : rest.left(reasonAt)).toInt(&ok);
    if (!ok || status < 100 || status > 999)
        return head;
    head.status = status;
    head.reason = reasonAt < 0 ? QString() : QString::fromLatin1(rest.mid(reasonAt + 1).trimmed());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        head.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

QByteArray HttpHead::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QStringList HttpHead::authSchemes(const QByteArray& name) const
{
    QStringList schemes;
    for (const auto& [key, value] : headers) {
        if (key != name)
            continue;
        // "Basic realm=\"x\"", "NTLM", "Negotiate": the scheme is the first token.
        const QByteArray scheme = value.split(' ').first().trimmed();
        if (!scheme.isEmpty() && !schemes.contains(QString::fromLatin1(scheme)))
            schemes.append(QString::fromLatin1(scheme));
    }
    return schemes;
}

QDateTime HttpHead::parseDate(const QByteArray& value)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QByteArray HttpHead::dechunk(const QByteArray& body)
{
    QByteArray out;
    qsizetype at = 0;
    while (at < body.size()) {
        const qsizetype eol = body.indexOf("\r\n", at);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = body.mid(at, eol - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size <= 0)
            break;
        out += body.mid(eol + 2, size);
        at = eol + 2 + size + 2;
    }
    return out;
}

} // namespace mars
