// SPDX-License-Identifier: MIT
#include "MarsLogPatterns.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mars::health {

namespace {
const char* const kContext = "mars::health::LogPattern";

// Sources per row: §3 of mars-checks.md (TSG 12/2022, MABS-TSG 04/2022, TLS doc 09/2022, issue
// MicrosoftDocs/azure-docs#7029 and #44495, SupportArticles 4096064) and I4 (ASR-PS for the
// "connection attempt failed ... :443" lines).
const QList<LogPattern> kPatterns = {
        {"34513",
         "G1-G8, C1-C8, D1-D2, E1-E3, F1-F2, I3, A11",
         {"=34513"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "invalid vault credentials (ID: 34513)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Download a new vault credentials file and register at once; the vault credentials, "
                           "network, TLS, clock and temp folder checks of this troubleshooter name the cause.")},
        {"34528",
         "G1, G2",
         {"=34528", "cbpunabletoreadvaultcredentialfile"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "a vault credentials file it could not read (ID: 34528)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Download the vault credentials file again to a local folder and choose that file.")},
        {"vault_credentials_expired",
         "G3, E1",
         {"cbpuserexpiredvaultcred", "=expired"},
         {"cbpuserexpired", "vault credential", "vaultcredential"},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "an expired vault credentials file"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Download a new vault credentials file and register at once; if the clock check reports "
                           "a wrong clock, fix that first.")},
        {"100110",
         "G5, H1",
         {"=100110", "cbpserverregisteredvaultdontmatchwithcurrent"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "a vault credentials file from another vault than the server's (ID: 100110)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Use the vault credentials of the vault this server is registered to, or move the server "
                           "deliberately (see the registered-vault check).")},
        {"407",
         "C1-C6, C11",
         {"=407", "proxy authentication required"},
         {"proxy"},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "a proxy that asks for a sign-in ((407) Proxy Authentication "
                                                       "Required)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Give the agent the proxy's user name and password (MARS console > Change Properties > "
                           "Proxy configuration), or have the network team let the server through without "
                           "sign-in.")},
        {"100050",
         "C1-C6, C11, I3",
         {"=100050"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "no connection to Azure Backup (ID: 100050)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Look at the proxy and connection checks of this troubleshooter: a proxy or firewall "
                           "blocks the agent, or antivirus software interferes.")},
        {"0x1FC07",
         "B1-B6, H5, A11",
         {"=0x1fc07"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "an activation that did not complete (internal service error "
                                                       "0x1FC07)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Look at the cache folder checks (space, location, a half-finished move); if they pass, "
                           "the vault may have reached its limit of registered servers.")},
        {"34506",
         "B1-B6",
         {"=34506"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "an encryption passphrase that is not correctly configured "
                                                       "(ID: 34506)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Look at the cache folder checks: both ScratchLocation values must name the same "
                           "existing folder.")},
        {"230006",
         "H3",
         {"=230006", "resource not provisioned in service stamp"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "a renamed server (Resource not provisioned in service stamp, "
                                                       "ID: 230006)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Rename the server back to the name it was registered with, or register it again under "
                           "its new name (its first backup is then a full one).")},
        {"0x1FBD3",
         "A11",
         {"=0x1fbd3"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "an agent too old for Azure Backup (0x1FBD3)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "Upgrade the agent, then register the server again.")},
        {"10054",
         "D1, D2, C7",
         {"=10054", "forcibly closed"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "a connection closed by the remote host (10054), usually TLS "
                                                       "1.2 not offered"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Look at the TLS 1.2 checks of this troubleshooter (SCHANNEL and .NET settings) and apply "
                           "their fixes, then restart the server.")},
        {"name_not_resolved",
         "C1-C3",
         {"remote name could not be resolved"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "a name that could not be resolved (DNS)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Look at the DNS and proxy checks of this troubleshooter: the server cannot look up "
                           "Azure's names, or the proxy it uses no longer exists.")},
        {"connection_failed",
         "C1-C4",
         {"connection attempt failed", "=10060"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "a connection attempt that failed"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Ask the network team to allow TCP 443 to the address in the quoted line, and look at "
                           "the connection checks of this troubleshooter.")},
        {"tls",
         "D1, D2, C7, C8",
         {"=ssl", "=tls", "schannel"},
         {"error", "fail", "could not", "unable", "closed"},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "a TLS/SSL error"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Look at the TLS 1.2, TLS inspection and root certificate checks of this "
                           "troubleshooter.")},
        {"expired",
         "E1, G3",
         {"=expired"},
         {},
         QT_TRANSLATE_NOOP("mars::health::LogPattern", "something that has expired (a certificate or credentials)"),
         QT_TRANSLATE_NOOP("mars::health::LogPattern",
                           "Look at the clock and vault credentials checks of this troubleshooter.")},
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool containsTerm(const QString& lower, const char* term)
{
    if (*term != '=')
        return lower.contains(QLatin1String(term));
    const QLatin1String word(term + 1);
    for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !isWordChar(lower.at(at - 1))) && (end == lower.size() || !isWordChar(lower.at(end))))
            return true;
    }
    return false;
}

template<std::size_t N>
bool containsAny(const QString& lower, const std::array<const char*, N>& terms, bool emptyMatches)
{
    bool any = false;
    for (const char* term : terms) {
        if (!term)
            continue;
        any = true;
        if (containsTerm(lower, term))
            return true;
    }
    return !any && emptyMatches;
}
} // namespace

const QList<LogPattern>& logPatterns()
{
    return kPatterns;
}

const LogPattern* matchLogLine(const QString& line)
{
    const QString lower = line.toLower();
    for (const LogPattern& p : kPatterns) {
        if (containsAny(lower, p.anyOf, false) && containsAny(lower, p.alsoAnyOf, true))
            return &p;
    }
    return nullptr;
}

QString patternText(const LogPattern& pattern)
{
    return QCoreApplication::translate(kContext, pattern.text);
}

QString patternRemedy(const LogPattern& pattern)
{
    return QCoreApplication::translate(kContext, pattern.remedy);
}

QString lineTimestamp(const QString& line)
{
    // Within the first 64 characters: after thread ids, never in the message.
    static const QRegularExpression stamp(QStringLiteral(
            R"((\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}|\d{2}/\d{2}(?:/\d{4})?[ \t-]\d{2}:\d{2}:\d{2}(?:\.\d+)?))"));
    const QRegularExpressionMatch m = stamp.match(QStringView(line).left(64));
    return m.hasMatch() ? m.captured(1).replace(u'\t', u' ') : QString();
}

QString endpointIn(const QString& line)
{
    static const QRegularExpression endpoint(QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d{1,3}){3}:443)\b)"));
    const QRegularExpressionMatch m = endpoint.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace mars::health
