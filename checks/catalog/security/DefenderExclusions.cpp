// SPDX-License-Identifier: MIT
#include "DefenderExclusions.h"

#include <QRegularExpression>

namespace mars::defender {

namespace {
// Separators as '\', no doubled ones, no trailing one, no surrounding blanks or quotes.
QString tidy(const QString& path)
{
    QString p = path.trimmed();
    if (p.size() >= 2 && p.startsWith(u'"') && p.endsWith(u'"'))
        p = p.mid(1, p.size() - 2);
    p.replace(u'/', u'\\');
    const bool unc = p.startsWith(QLatin1String("\\\\"));
    QString out = unc ? QStringLiteral("\\\\") : QString();
    for (qsizetype i = unc ? 2 : 0; i < p.size(); ++i) {
        if (p.at(i) == u'\\' && out.endsWith(u'\\') && out.size() > (unc ? 2 : 0))
            continue;
        out.append(p.at(i));
    }
    while (out.size() > 3 && out.endsWith(u'\\'))
        out.chop(1);
    return out;
}

// `pattern` (Defender's '*' and '?' within one name) matched against `path` or one of its
// parent folders, without regard to case.
bool matchesOrParent(const QString& pattern, const QString& path)
{
    QString rx;
    for (const QChar c : pattern) {
        if (c == u'*')
            rx += QStringLiteral("[^\\\\]*");
        else if (c == u'?')
            rx += QStringLiteral("[^\\\\]");
        else
            rx += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx), QRegularExpression::CaseInsensitiveOption);
    for (QString candidate = path;;) {
        if (re.match(candidate).hasMatch())
            return true;
        const qsizetype cut = candidate.lastIndexOf(u'\\');
        if (cut <= 2) // "C:\" is as far up as a path goes
            return false;
        candidate.truncate(cut);
    }
}
} // namespace

QString exclusionsKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows Defender\\Exclusions");
}
QString policyExclusionsKey()
{
    return QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions");
}
QString realTimeKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows Defender\\Real-Time Protection");
}
QString policyRealTimeKey()
{
    return QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Real-Time Protection");
}
QString policyKey()
{
    return QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows Defender");
}
QString serviceName()
{
    return QStringLiteral("WinDefend");
}

QString expand(const QString& exclusion, const Environment& environment)
{
    static const QRegularExpression variable(QStringLiteral("%([^%\\\\]+)%"));
    QString out;
    qsizetype from = 0;
    for (auto it = variable.globalMatch(exclusion); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += exclusion.mid(from, m.capturedStart() - from);
        const auto value = environment.constFind(m.captured(1).toCaseFolded());
        out += value != environment.cend() ? *value : m.captured(0);
        from = m.capturedEnd();
    }
    return out + exclusion.mid(from);
}

bool pathCovered(const QString& exclusion, const QString& path, const Environment& environment)
{
    const QString pattern = tidy(expand(exclusion, environment));
    const QString target = tidy(path);
    if (pattern.isEmpty() || target.isEmpty())
        return false;
    if (pattern.contains(u'*') || pattern.contains(u'?'))
        return matchesOrParent(pattern, target);
    if (target.compare(pattern, Qt::CaseInsensitive) == 0)
        return true;
    const QString folder = pattern.endsWith(u'\\') ? pattern : pattern + u'\\'; // "C:\" stays "C:\"
    return target.startsWith(folder, Qt::CaseInsensitive);
}

bool processCovered(const QString& exclusion, const QString& path, const Environment& environment)
{
    const QString pattern = tidy(expand(exclusion, environment));
    const QString target = tidy(path);
    if (pattern.isEmpty() || target.isEmpty())
        return false;
    if (!pattern.contains(u'\\')) { // a bare name: that program wherever it is
        const QString name = target.mid(target.lastIndexOf(u'\\') + 1);
        if (pattern.contains(u'*') || pattern.contains(u'?'))
            return matchesOrParent(pattern, name);
        return name.compare(pattern, Qt::CaseInsensitive) == 0;
    }
    if (pattern.contains(u'*') || pattern.contains(u'?')) {
        const QString rx = pattern; // a process pattern must match the whole path, not a parent
        return matchesOrParent(rx, target) && rx.count(u'\\') == target.count(u'\\');
    }
    return target.compare(pattern, Qt::CaseInsensitive) == 0;
}

QString addMpPreferenceCommand(const QStringList& processes, const QStringList& paths)
{
    const auto quoted = [](const QStringList& list) {
        QStringList out;
        for (const QString& item : list)
            out.append(u'"' + item + u'"');
        return out.join(QStringLiteral(", "));
    };
    QString command = QStringLiteral("Add-MpPreference");
    if (!processes.isEmpty())
        command += QStringLiteral(" -ExclusionProcess ") + quoted(processes);
    if (!paths.isEmpty())
        command += QStringLiteral(" -ExclusionPath ") + quoted(paths);
    return command;
}

} // namespace mars::defender
