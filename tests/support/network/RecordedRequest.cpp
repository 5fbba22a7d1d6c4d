// SPDX-License-Identifier: MIT
#include "network/RecordedRequest.h"

namespace mars::test {

std::optional<RecordedRequest> RecordedRequest::parse(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/"))
        return std::nullopt;
    RecordedRequest request;
    request.m_method = parts[0];
    request.m_target = parts[1];
    request.m_version = parts[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return request;
}

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

QString RecordedRequest::description() const
{
    static const QByteArray secretHeaders[] = {"Authorization", "Proxy-Authorization", "Cookie"};
    QString text = QString::fromLatin1(requestLine());
    for (const auto& [key, value] : m_headers) {
        bool secret = false;
        for (const QByteArray& name : secretHeaders)
            secret = secret || key.compare(name, Qt::CaseInsensitive) == 0;
        // Keep the scheme ("Basic", "NTLM") so a reader still sees what was offered.
        const QByteArray shown = secret ? value.split(' ').first() + " [REDACTED]" : value;
        text += u'\n' + QString::fromLatin1(key) + u": " + QString::fromLatin1(shown);
    }
    return text;
}

} // namespace mars::test
