// SPDX-License-Identifier: MIT
#include "WindowsPath.h"

#include <QCoreApplication>
#include <QStringList>

namespace mars::agent {

namespace {
// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace,
// which only by chance equals a context given at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::agent)
};

CanonicalPath refused(QString why)
{
    return {QString(), std::move(why)};
}

bool isDriveLetter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}
} // namespace

CanonicalPath canonicalWindowsPath(const QString& path)
{
    QString p = path.trimmed();
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (p.isEmpty())
        return refused(Texts::tr("No path was given."));
    // Win32 namespace prefixes: "\\?\C:\x" and "\\.\C:\x" open C:\x; "\\?\UNC\server\share" is
    // a network path, "\\?\Volume{...}" and "\\.\PhysicalDrive0" are not folders on a drive.
    if (p.startsWith(QLatin1String("\\\\?\\")) || p.startsWith(QLatin1String("\\\\.\\"))
        || p.startsWith(QLatin1String("\\??\\"))) {
        p = p.mid(4);
        if (p.startsWith(QLatin1String("UNC\\"), Qt::CaseInsensitive)
            || p.compare(QLatin1String("UNC"), Qt::CaseInsensitive) == 0)
            return refused(Texts::tr("%1 is a network path; only a folder on a local drive is accepted.").arg(path));
    } else if (p.startsWith(QLatin1String("\\\\"))) {
        return refused(Texts::tr("%1 is a network path; only a folder on a local drive is accepted.").arg(path));
    }
    if (p.size() < 2 || !isDriveLetter(p.at(0)) || p.at(1) != QLatin1Char(':'))
        return refused(Texts::tr("%1 is not a full path on a drive (such as C:\\Folder).").arg(path));
    if (p.size() == 2) // "C:" is read as the drive's root here, as the install checks do
        p += QLatin1Char('\\');
    if (p.at(2) != QLatin1Char('\\'))
        return refused(Texts::tr("%1 is relative to the drive's current folder, not a full path (such as C:\\Folder).")
                               .arg(path));
    QStringList names;
    const QStringList parts = p.mid(3).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part == QLatin1String("..")) {
            if (!names.isEmpty())
                names.removeLast();
            continue;
        }
        QString name = part;
        // Win32 drops trailing dots and spaces of each name: "Windows. " opens "Windows", "."
        // and "..." vanish.
        while (!name.isEmpty() && (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' '))))
            name.chop(1);
        if (name.isEmpty())
            continue;
        for (const QChar c : name) {
            if (c == QLatin1Char(':'))
                return refused(Texts::tr("%1 names a stream of a file or folder (\":\"), not a folder.").arg(path));
            if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('<') || c == QLatin1Char('>')
                || c == QLatin1Char('"') || c == QLatin1Char('|') || c.unicode() < 32)
                return refused(Texts::tr("%1 holds a character a folder name cannot have.").arg(path));
        }
        names.append(name);
    }
    const QString root = p.left(3);
    return {names.isEmpty() ? root : root + names.join(QLatin1Char('\\')), QString()};
}

bool sameCanonical(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isSameOrInside(const QString& path, const QString& folder)
{
    if (sameCanonical(path, folder))
        return true;
    const QString prefix = folder.endsWith(QLatin1Char('\\')) ? folder : folder + QLatin1Char('\\');
    return path.startsWith(prefix, Qt::CaseInsensitive);
}

bool hasShortNameComponent(const QString& canonical)
{
    const QStringList parts = canonical.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype tilde = part.indexOf(QLatin1Char('~'));
        if (tilde > 0 && tilde + 1 < part.size() && part.at(tilde + 1).isDigit())
            return true;
    }
    return false;
}

} // namespace mars::agent
