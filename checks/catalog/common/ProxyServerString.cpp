// SPDX-License-Identifier: MIT
#include "ProxyServerString.h"

#include "logging/Redactor.h"

#include <QRegularExpression>

namespace mars {

namespace {
QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

ProxyServerEntry parseEntry(QString item)
{
    ProxyServerEntry entry;
    // "<scheme>=" first: "https=http://proxy:8080".
    const qsizetype equals = item.indexOf(QLatin1Char('='));
    if (equals >= 0) {
        entry.forScheme = item.left(equals).trimmed().toLower();
        item = item.mid(equals + 1).trimmed();
        if (entry.forScheme.isEmpty()) {
            entry.problem = ProxyServerString::tr("\"=\" without a scheme in front of it");
            return entry;
        }
    }
    const qsizetype schemeEnd = item.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0) {
        entry.proxyScheme = item.left(schemeEnd).toLower();
        item = item.mid(schemeEnd + 3);
    }
    // A path after the address is not part of the format; tolerate a trailing "/".
    const qsizetype slash = item.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        if (slash != item.size() - 1) {
            entry.problem = ProxyServerString::tr("a path after the proxy address");
            return entry;
        }
        item.chop(1);
    }
    const qsizetype at = item.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        entry.hasCredentials = true;
        item = item.mid(at + 1);
    }
    QString portText;
    if (item.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = item.indexOf(QLatin1Char(']'));
        if (close < 0) {
            entry.problem = ProxyServerString::tr("an IPv6 address without its closing \"]\"");
            return entry;
        }
        entry.host = item.mid(1, close - 1);
        const QString rest = item.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':'))) {
            entry.problem = ProxyServerString::tr("text after the IPv6 address");
            return entry;
        }
        portText = rest.mid(1);
        entry.portGiven = !rest.isEmpty();
    } else {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0 && item.indexOf(QLatin1Char(':')) != colon) {
            entry.problem = ProxyServerString::tr("an IPv6 address must be written in brackets, [address]:port");
            return entry;
        }
        entry.host = colon >= 0 ? item.left(colon) : item;
        portText = colon >= 0 ? item.mid(colon + 1) : QString();
        entry.portGiven = colon >= 0;
    }
    if (entry.host.isEmpty()) {
        entry.problem = ProxyServerString::tr("no server name");
        return entry;
    }
    static const QRegularExpression hostShape(QStringLiteral("^[A-Za-z0-9._:%-]+$"));
    if (!hostShape.match(entry.host).hasMatch()) {
        entry.problem = ProxyServerString::tr("characters a server name cannot contain");
        return entry;
    }
    if (entry.portGiven) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            entry.problem = ProxyServerString::tr("the port \"%1\" is not a number from 1 to 65535").arg(portText);
            return entry;
        }
        entry.port = quint16(port);
    } else {
        entry.port = entry.proxyScheme == QLatin1String("https") ? 443 : 80;
    }
    return entry;
}
} // namespace

QString ProxyServerEntry::hostPort() const
{
    const QString shown = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(shown).arg(port);
}

QList<ProxyServerEntry> ProxyServerString::parse(const QString& text)
{
    QList<ProxyServerEntry> entries;
    for (const QString& item : splitList(text))
        entries.append(parseEntry(item));
    return entries;
}

const ProxyServerEntry* ProxyServerString::pick(const QList<ProxyServerEntry>& entries, const QString& urlScheme)
{
    const QString wanted = urlScheme.toLower();
    for (const ProxyServerEntry& e : entries) {
        if (e.forScheme == wanted)
            return &e;
    }
    for (const ProxyServerEntry& e : entries) {
        if (e.forScheme.isEmpty())
            return &e;
    }
    return nullptr;
}

QString ProxyServerString::redacted(const QString& text)
{
    if (!text.contains(QLatin1Char('@')))
        return text;
    // Everything between the start of an entry (or its "scheme://") and the last "@" of the entry
    // is user information: keep the user name, mask what follows its first ":".
    static const QRegularExpression userInfo(QStringLiteral(R"((^|[;\s=]|://)([^;\s=@/]*?)(:[^;\s/]*)?@)"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = userInfo.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(last, m.capturedStart() - last);
        const QString user = m.captured(2);
        result += m.captured(1);
        result += m.captured(3).isEmpty() ? Redactor::marker() : user + QLatin1Char(':') + Redactor::marker();
        result += QLatin1Char('@');
        last = m.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QStringList ProxyServerString::bypassList(const QString& text)
{
    return splitList(text);
}

} // namespace mars
