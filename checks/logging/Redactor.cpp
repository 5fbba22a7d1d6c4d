// SPDX-License-Identifier: MIT
#include "Redactor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace mars {

namespace {
#if defined(Q_OS_WIN) && defined(Q_CC_MINGW)
// Workaround: with MinGW-w64 (libstdc++, posix threads), a thread that ran a QRegularExpression
// match keeps PCRE2's JIT stack in a thread_local, and the process then hangs at exit inside
// libstdc++-6.dll's DLL_PROCESS_DETACH (seen under Wine 8 with Qt 6.4.2: every test whose worker
// threads wrote a redacted log or journal line never exited). The redactor runs on every worker,
// so JIT is switched off before the first match; its patterns are short and run on log-sized
// text, where the interpreter costs nothing noticeable. Set at static initialisation, so every
// program that links the redactor (the app and each test) gets it; an explicit setting wins.
const bool kRegexJitDisabled = [] {
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
    return true;
}();
#endif

// Each pattern keeps its capture group 1 (the label) and replaces the rest of the match.
QList<QRegularExpression> builtinPatterns()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    return {
            // The vault credentials file's embedded PFX (private key included), any namespace prefix.
            QRegularExpression(QString::fromLatin1(R"re((<(?:\w+:)?ManagementCert\b[^>]*>)[^<]*)re"), ci),
            // PEM blocks (certificates, keys).
            QRegularExpression(
                    QString::fromLatin1(R"re((-----BEGIN [A-Z0-9 ]+-----)[\s\S]*?-----END [A-Z0-9 ]+-----)re")),
            // user:password@ in URLs (proxy URLs).
            QRegularExpression(QString::fromLatin1(R"re((\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+(?=@))re"), ci),
            // key=value / "key": "value" / key: value for password-like keys.
            QRegularExpression(
                    QString::fromLatin1(
                            R"re((\b(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|proxypassword)"?\s*[=:]\s*"?)[^\s"&;,]+)re"),
                    ci),
            // Command-line switches that carry secrets: /pw:"x", -ProxyPassword x, -EncryptionPassPhrase x.
            QRegularExpression(QString::fromLatin1(R"re((/pw[:\s]\s*"?)[^\s"]+)re"), ci),
            QRegularExpression(QString::fromLatin1(R"re((-\w*pass\w*\s+"?)[^\s"-][^\s"]*)re"), ci),
            // Long base-64 runs (PFX/certificate/key material pasted anywhere).
            QRegularExpression(QString::fromLatin1(R"re(()[A-Za-z0-9+/]{80,}={0,2})re")),
    };
}
} // namespace

Redactor::Redactor()
    : m_patterns(builtinPatterns())
{
}

void Redactor::addSecret(const QString& secret)
{
    if (secret.size() < 4)
        return;
    QWriteLocker lock(&m_lock);
    if (m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    // Longest first, so a secret containing another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString& text) const
{
    QString result = text;
    {
        QReadLocker lock(&m_lock);
        for (const QString& secret : m_secrets)
            result.replace(secret, marker());
    }
    for (const QRegularExpression& pattern : m_patterns) {
        if (!result.contains(pattern))
            continue;
        result.replace(pattern, QStringLiteral("\\1") + marker());
    }
    return result;
}

std::string Redactor::redact(std::string_view utf8) const
{
    const QString in = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    return redact(in).toStdString();
}

QJsonValue Redactor::redact(const QJsonValue& value) const
{
    if (value.isString())
        return redact(value.toString());
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redact(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redact(QJsonValue(*it));
        return array;
    }
    return value;
}

} // namespace mars
