// SPDX-License-Identifier: MIT
#include "ScenarioKeys.h"

#include <QStringList>

#include <algorithm>

namespace mars {

namespace {
constexpr qsizetype kMaxPathChars = 32767; // the Win32 long-path limit
constexpr qsizetype kMaxNameChars = 255; // NTFS component limit

bool isForbiddenInName(QChar ch)
{
    const char16_t c = ch.unicode();
    return c < 0x20 || c == u'\\' || c == u'/' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<'
           || c == u'>' || c == u'|';
}
} // namespace

QString ScenarioKeys::canonicalPath(const QString& windowsPath)
{
    QString path = windowsPath;
    path.replace(QLatin1Char('/'), QLatin1Char('\\'));
    const bool unc = path.startsWith(QLatin1String("\\\\"));
    QString out;
    out.reserve(path.size() + 1);
    if (unc)
        out = QStringLiteral("\\\\");
    for (qsizetype i = unc ? 2 : 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('\\') && (out.isEmpty() || out.endsWith(QLatin1Char('\\'))))
            continue;
        out.append(c);
    }
    while (out.size() > (unc ? 2 : 0) && out.endsWith(QLatin1Char('\\')))
        out.chop(1);
    if (out.size() >= 2 && out.at(1) == QLatin1Char(':'))
        out[0] = out.at(0).toUpper(); // "c:\x" reads as "C:\x", as Explorer shows it
    if (out.size() == 2 && out.at(1) == QLatin1Char(':'))
        out.append(QLatin1Char('\\')); // a bare "C:" in a scenario means the root of C:
    return out;
}

QString ScenarioKeys::pathKey(const QString& windowsPath)
{
    QString path = canonicalPath(windowsPath);
    if (path.size() == 3 && path.at(1) == QLatin1Char(':'))
        path.chop(1);
    return path.toCaseFolded();
}

QString ScenarioKeys::parentKey(const QString& key)
{
    if (key.startsWith(QLatin1String("\\\\"))) {
        // "\\server\share" is the root of a UNC path: it has no parent folder.
        const qsizetype serverEnd = key.indexOf(QLatin1Char('\\'), 2);
        if (serverEnd < 0 || key.indexOf(QLatin1Char('\\'), serverEnd + 1) < 0)
            return {};
    }
    const qsizetype cut = key.lastIndexOf(QLatin1Char('\\'));
    return cut < 0 ? QString() : key.left(cut);
}

bool ScenarioKeys::isValidAbsolutePath(const QString& path)
{
    if (path.size() > kMaxPathChars)
        return false;
    const QString p = QString(path).replace(QLatin1Char('/'), QLatin1Char('\\'));
    qsizetype rest = 0;
    if (p.size() >= 2 && p.at(0).unicode() < 128 && p.at(0).isLetter() && p.at(1) == QLatin1Char(':')) {
        if (p.size() > 2 && p.at(2) != QLatin1Char('\\'))
            return false; // "C:foo" is relative to the current folder of C:
        rest = 2;
    } else if (p.startsWith(QLatin1String("\\\\"))) {
        if (p.mid(2).split(QLatin1Char('\\'), Qt::SkipEmptyParts).size() < 2)
            return false; // \\server\share at least
        rest = 2;
    } else {
        return false;
    }
    return std::none_of(p.cbegin() + rest, p.cend(),
                        [](QChar c) { return c != QLatin1Char('\\') && isForbiddenInName(c); });
}

bool ScenarioKeys::isPlainFileName(const QString& name)
{
    return !name.isEmpty() && name.size() <= kMaxNameChars && name != QLatin1String(".") && name != QLatin1String("..")
           && std::none_of(name.cbegin(), name.cend(), isForbiddenInName);
}

QString ScenarioKeys::hiveName(RegistryHive hive)
{
    switch (hive) {
    case RegistryHive::LocalMachine: return QStringLiteral("HKLM");
    case RegistryHive::Users: return QStringLiteral("HKU");
    case RegistryHive::CurrentUser: return QStringLiteral("HKCU");
    }
    return QStringLiteral("HK?");
}

QString ScenarioKeys::normalRegistryKey(const QString& key)
{
    return key.split(QLatin1Char('\\'), Qt::SkipEmptyParts).join(QLatin1Char('\\'));
}

QString ScenarioKeys::registryKeyId(RegistryHive hive, RegistryView view, const QString& key)
{
    QStringList parts = normalRegistryKey(key).toCaseFolded().split(QLatin1Char('\\'));
    bool wow32 = hive == RegistryHive::LocalMachine && view == RegistryView::Wow32;
    // HKLM\SOFTWARE\WOW6432Node\X is how the 64-bit view shows the 32-bit view's SOFTWARE\X;
    // checks may read either spelling, as on a real machine.
    if (hive == RegistryHive::LocalMachine && parts.size() >= 2 && parts.at(0) == QLatin1String("software")
        && parts.at(1) == QLatin1String("wow6432node")) {
        parts.removeAt(1);
        wow32 = true;
    }
    return hiveName(hive) + (wow32 ? QStringLiteral(":32:") : QStringLiteral(":64:")) + parts.join(QLatin1Char('\\'));
}

QString ScenarioKeys::registryValueId(const QString& keyId, const QString& valueName)
{
    // A newline cannot occur in a key name, so key and value name cannot run into each other.
    return keyId + QLatin1Char('\n') + valueName.toCaseFolded();
}

} // namespace mars
