// SPDX-License-Identifier: MIT
#include "ScreenText.h"

#include <algorithm>

namespace mars {

ScreenText::ScreenText(std::shared_ptr<const Redactor> redactor)
    : m_redactor(std::move(redactor))
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    m_patterns = {
            // A profile folder names its user: C:\Users\jdoe, \\?\C:\Users\jdoe, /home/jdoe.
            {QRegularExpression(QStringLiteral(R"re((\\Users\\|/Users/|/home/)(?!Public\b|Default\b|All Users\b))re"
                                               R"re([^\\/\s"'<>:]+)re"),
                                ci),
             QStringLiteral("\\1") + userMarker()},
            // The user of a URL (its password is the Redactor's already).
            {QRegularExpression(QStringLiteral(R"re((\b[a-z][a-z0-9+.-]*://)[^/\s:@]+(?=(?::[^@\s/]*)?@))re"), ci),
             QStringLiteral("\\1") + userMarker()},
            // E-mail addresses and user principal names.
            {QRegularExpression(QStringLiteral(R"re([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)re")),
             userMarker()},
            // GUIDs, with or without braces: tenant, subscription, vault and resource ids.
            {QRegularExpression(
                     QStringLiteral(R"re(\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b)re"), ci),
             idMarker()},
    };
}

void ScreenText::addPersonal(const QString& value)
{
    QStringList values{value.trimmed()};
    if (const qsizetype slash = value.indexOf(QLatin1Char('\\')); slash > 0) // DOMAIN\user
        values << value.left(slash).trimmed() << value.mid(slash + 1).trimmed();
    QWriteLocker lock(&m_lock);
    for (const QString& v : std::as_const(values)) {
        // Short values ("a", "pc") would mask letters inside every word.
        if (v.size() < 3 || m_personalValues.contains(v, Qt::CaseInsensitive))
            continue;
        m_personalValues.append(v);
        // A whole word only: the account "admin" must not turn "Administrators" into "[hidden]istrators".
        m_personal.append(
                QRegularExpression(QStringLiteral(R"re((?<![\w])%1(?![\w]))re").arg(QRegularExpression::escape(v)),
                                   QRegularExpression::CaseInsensitiveOption));
    }
    // Longest first, so "CONTOSO\jdoe" is masked whole before "jdoe" alone.
    std::sort(m_personal.begin(), m_personal.end(), [](const QRegularExpression& a, const QRegularExpression& b) {
        return a.pattern().size() > b.pattern().size();
    });
}

QString ScreenText::maskPersonal(const QString& text) const
{
    QString result = text;
    {
        QReadLocker lock(&m_lock);
        for (const QRegularExpression& value : m_personal)
            result.replace(value, personalMarker());
    }
    for (const auto& [pattern, replacement] : m_patterns)
        result.replace(pattern, replacement);
    return result;
}

QString ScreenText::shown(const QString& text) const
{
    const QString redacted = m_redactor ? m_redactor->redact(text) : text;
    return presenter() ? maskPersonal(redacted) : redacted;
}

} // namespace mars
