// SPDX-License-Identifier: MIT
#include "Redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cctype>

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

// Each pattern keeps its capture group 1 (the label) and replaces the rest of the match. A value
// ends at its natural end (whitespace, quote, `&`, `;`, `,`, `<`, a backslash), so a label inside a
// sentence masks one word, not the rest of the line; a quoted value is masked up to its closing quote
// (a passphrase with spaces).
// Every log line passes here (the cleanup writes one a file), so a pattern runs only when the
// text holds a word the pattern cannot match without (`needs`, case-insensitive): an ordinary
// line ("deleted C:\Windows\Temp\a.tmp (12 bytes)") skips all twelve. Text with any non-ASCII
// character runs every pattern, since Unicode case folding can make, say, "paſſword" match.
QList<Redactor::Pattern> builtinPatterns()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    // Labels of a key=value / "key": "value" pair whose value is a secret. A label right after a
    // path separator is a folder name (`D:\token=1\Scratch`), not a label: paths stay as they are.
    const QString key =
            QStringLiteral(R"re((?<![\\/])\b\w*?(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|accountkey|)re"
                           R"re(sharedaccesskey|sharedaccesssignature|sig)"?\s*[=:]\s*)re");
    const QString value = QStringLiteral(R"re([^\s"'&;,<\\]+)re");
    const QList<QLatin1String> keyWords{
            QLatin1String("pass"), QLatin1String("pwd"),        QLatin1String("secret"),       QLatin1String("token"),
            QLatin1String("api"),  QLatin1String("accountkey"), QLatin1String("sharedaccess"), QLatin1String("sig")};
    return {
            // The vault credentials file's embedded PFX (private key included), any namespace prefix.
            {QRegularExpression(QString::fromLatin1(R"re((<(?:\w+:)?ManagementCert\b[^>]*>)[^<]*)re"), ci),
             {QLatin1String("managementcert")}},
            // PEM blocks (certificates, keys); a block cut before its END line loses its base-64 lines.
            {QRegularExpression(QString::fromLatin1(R"re((-----BEGIN [A-Z0-9 ]+-----)(?:[\s\S]*?-----END [A-Z0-9 ]+)re"
                                                    R"re(-----|(?:\s*+[A-Za-z0-9+/=]++)*))re")),
             {QLatin1String("-----begin ")}},
            // user:password@ in URLs (proxy URLs).
            {QRegularExpression(QString::fromLatin1(R"re((\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+(?=@))re"), ci),
             {QLatin1String("://")}},
            // Quoted values first (up to the closing quote), then bare ones.
            {QRegularExpression(QStringLiteral("(%1\")[^\"\\n]*(?=\")").arg(key), ci), keyWords},
            {QRegularExpression(QStringLiteral("(%1')[^'\\n]*(?=')").arg(key), ci), keyWords},
            {QRegularExpression(QStringLiteral("(%1)(?![\"'])%2").arg(key, value), ci), keyWords},
            // HTTP bearer tokens, and JWTs wherever they appear (header.payload.signature).
            {QRegularExpression(QString::fromLatin1(R"re((\bBearer\s+)[A-Za-z0-9._~+/-]+=*)re"), ci),
             {QLatin1String("bearer")}},
            {QRegularExpression(QString::fromLatin1(R"re((\bAuthorization:\s*Basic\s+)[A-Za-z0-9+/]+={0,2})re"), ci),
             {QLatin1String("authorization")}},
            {QRegularExpression(
                     QString::fromLatin1(R"re(()\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)re")),
             {QLatin1String("eyj")}},
            // Command-line switches that carry secrets: /pw:"x", -ProxyPassword x, -EncryptionPassPhrase x,
            // and the CamelCase names without a dash (`PassPhrase x`). A placeholder (`<password>`) stays.
            {QRegularExpression(QString::fromLatin1(R"re((/pw[:\s]\s*)(?:"[^"\n]*"|[^\s"<]+))re"), ci),
             {QLatin1String("/pw")}},
            {QRegularExpression(QString::fromLatin1(R"re((-\w*pass\w*\s+)(?:"[^"\n]*"|'[^'\n]*'|[^\s"'<-][^\s"']*))re"),
                                ci),
             {QLatin1String("pass")}},
            {QRegularExpression(
                     QString::fromLatin1(R"re((\b\w*Pass(?:Phrase|Word)\s+)(?:"[^"\n]*"|'[^'\n]*'|[^\s"'<]+))re")),
             {QLatin1String("pass")}},
    };
}

// The text in lower case as Latin-1 bytes when it is all ASCII (the words are searched in that),
// else empty with *ascii false.
QByteArray lowerAscii(const QString& text, bool* ascii)
{
    QByteArray lower(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80) {
            *ascii = false;
            return {};
        }
        lower[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    *ascii = true;
    return lower;
}

// Whether `pattern` has to run on `text`: always for non-ASCII text, else only when one of the
// words it needs is there. (QString::contains with Qt::CaseInsensitive folds every character and
// cost more than the patterns it saved; the bytes are searched with memchr/memcmp instead.)
bool mayMatch(const Redactor::Pattern& pattern, const QByteArray& lower, bool ascii)
{
    return !ascii || std::any_of(pattern.needs.cbegin(), pattern.needs.cend(), [&](QLatin1String word) {
        return QByteArrayView(lower).indexOf(QByteArrayView(word.data(), word.size())) >= 0;
    });
}

bool isBase64Char(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/';
}

// A path-safe character that base-64 never holds: a run touching one is a path, a GUID, a file name.
bool isPathOnlyChar(QChar c)
{
    return c == u'\\' || c == u'.' || c == u'_' || c == u'-' || c == u'~';
}

bool isHexOnly(QStringView run)
{
    return std::all_of(run.begin(), run.end(), [](QChar c) { return std::isxdigit(c.unicode()) != 0; });
}

// Long base-64 runs (PFX/certificate/key material pasted anywhere): 80+ characters on one line, or
// wrapped lines (64 or 76 columns: 60+ characters, the next line no longer). Hex-only lines are
// thumbprints and hashes (40/64 characters, often listed one a line), not wrapped base-64. Paths are not base-64 even
// when all their characters are: a run that starts with `/` or touches `\ . _ - ~ :` is left alone, so a POSIX or
// Windows path (or the journal's undo data naming one) survives whole.
QString maskBase64Runs(const QString& text)
{
    struct Run
    {
        qsizetype start, length;
    };
    QList<Run> runs;
    for (qsizetype i = 0; i < text.size();) {
        if (!isBase64Char(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isBase64Char(text.at(end)))
            ++end;
        qsizetype length = end - i;
        while (end < text.size() && text.at(end) == u'=' && end - i - length < 2)
            ++end;
        // A `.` after the run counts only when a name goes on (`file.ext`), not at a sentence's end.
        const bool dotEnds = end < text.size() && text.at(end) == u'.'
                             && (end + 1 == text.size() || !text.at(end + 1).isLetterOrNumber());
        const bool touchesPath = (i > 0 && isPathOnlyChar(text.at(i - 1)))
                                 || (end < text.size() && isPathOnlyChar(text.at(end)) && !dotEnds)
                                 || text.at(i) == u'/';
        if (!touchesPath)
            runs.append({i, end - i});
        i = end;
    }
    // A run is masked when long enough alone, or when it is one line of a wrapped block: a run that
    // fills its line, is 60+ long, and the next line holds a run of at most its length.
    auto fillsLine = [&](const Run& r) {
        qsizetype a = r.start, b = r.start + r.length;
        while (a > 0 && (text.at(a - 1) == u' ' || text.at(a - 1) == u'\t'))
            --a;
        while (b < text.size() && (text.at(b) == u' ' || text.at(b) == u'\t' || text.at(b) == u'\r'))
            ++b;
        return (a == 0 || text.at(a - 1) == u'\n') && (b == text.size() || text.at(b) == u'\n');
    };
    QList<bool> mask(runs.size(), false);
    for (qsizetype k = 0; k < runs.size(); ++k) {
        if (runs.at(k).length >= 80)
            mask[k] = true;
        if (k + 1 < runs.size() && runs.at(k).length >= 60 && fillsLine(runs.at(k))
            && !isHexOnly(QStringView(text).mid(runs.at(k).start, runs.at(k).length)) && fillsLine(runs.at(k + 1))
            && runs.at(k + 1).length <= runs.at(k).length
            && (runs.at(k + 1).length >= 16 || text.at(runs.at(k + 1).start + runs.at(k + 1).length - 1) == u'=')
            && text.mid(runs.at(k).start, runs.at(k + 1).start - runs.at(k).start).count(u'\n') == 1) {
            mask[k] = true;
            mask[k + 1] = true;
        }
    }
    QString result = text;
    for (qsizetype k = runs.size() - 1; k >= 0; --k) {
        if (mask.at(k))
            result.replace(runs.at(k).start, runs.at(k).length, Redactor::marker());
    }
    return result;
}

// The forms a typed secret takes in other outputs: base-64 (UTF-8, and UTF-16LE as PowerShell's
// -EncodedCommand uses it) and URL-encoded (%20 and + for a space).
QStringList encodedForms(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2); // LE on x86/ARM
    QStringList forms{QString::fromLatin1(utf8.toBase64()), QString::fromLatin1(utf16.toBase64()),
                      QString::fromLatin1(QUrl::toPercentEncoding(secret))};
    forms.append(QString(forms.constLast()).replace(QLatin1String("%20"), QLatin1String("+")));
    forms.removeAll(secret);
    forms.removeDuplicates();
    return forms;
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
    for (const QString& form : encodedForms(secret)) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
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
    bool ascii = false;
    const QByteArray lower = lowerAscii(result, &ascii);
    const QLatin1String* lastNeeds = nullptr; // the key=value patterns share one list: asked once
    bool lastMayMatch = true;
    for (const Pattern& pattern : m_patterns) {
        if (pattern.needs.constData() != lastNeeds) {
            lastNeeds = pattern.needs.constData();
            lastMayMatch = mayMatch(pattern, lower, ascii);
        }
        if (!lastMayMatch || !result.contains(pattern.regex))
            continue;
        result.replace(pattern.regex, QStringLiteral("\\1") + marker());
    }
    return maskBase64Runs(result);
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
