// SPDX-License-Identifier: MIT
#include "InstallDirInput.h"

#include "engine/PathQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mars {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mars::InstallDirInput)
};

bool isAbsolute(const QString& path)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return drive.match(path).hasMatch() || path.startsWith(QLatin1String("\\\\")) || path.startsWith(u'/');
}

// The folder above `path` in either separator style ("C:\a\b" -> "C:\a", "C:\a" -> "C:\"), or
// empty at a root.
QString parentOf(const QString& path)
{
    QString p = path;
    while (p.size() > 1 && (p.endsWith(u'\\') || p.endsWith(u'/')) && !p.endsWith(QLatin1String(":\\"))
           && !p.endsWith(QLatin1String(":/")))
        p.chop(1);
    const qsizetype cut = qMax(p.lastIndexOf(u'\\'), p.lastIndexOf(u'/'));
    if (cut < 0 || cut == p.size() - 1)
        return {};
    QString parent = p.left(cut);
    if (parent.isEmpty() || parent.endsWith(u':'))
        parent = p.left(cut + 1); // "/" and "C:\" keep their separator
    return parent == p ? QString() : parent;
}
} // namespace

InstallDirAssessment assessInstallDir(const CheckEnvironment& environment, const QString& path)
{
    using State = InstallDirAssessment::State;
    const QString typed = path.trimmed();
    if (!isAbsolute(typed))
        return {State::NotAbsolute, {}};
    const Probed<FileAttributes> own = pathAttributes(environment, typed);
    if (own.ok())
        return {own.value.testFlag(FileAttribute::Directory) ? State::Folder : State::File, {}};
    if (own.status != ProbeStatus::NotFound)
        return {State::Unreadable, own.reason};
    QString current = parentOf(typed);
    for (int depth = 0; !current.isEmpty() && depth < 64; ++depth) {
        const Probed<FileAttributes> above = pathAttributes(environment, current);
        if (above.ok())
            return {State::Missing, {}};
        if (above.status != ProbeStatus::NotFound)
            return {State::Missing, {}}; // denied above: setup will say more than we can
        current = parentOf(current);
    }
    return {State::NothingAbove, {}};
}

QString installDirMessage(const QString& path, const InstallDirAssessment& assessment, Goal goal, bool* blocking,
                          InstallDirSource source)
{
    const QString leaveOut = source == InstallDirSource::WelcomePage ? Text::tr("leave the field empty")
                                                                     : Text::tr("leave --install-dir out");
    using State = InstallDirAssessment::State;
    *blocking = false;
    const QString typed = path.trimmed();
    if (typed.isEmpty())
        return {};
    switch (assessment.state) {
    case State::Folder: return {};
    case State::File:
        *blocking = true;
        return Text::tr("%1 is a file, not a folder: type the agent's install folder, or %2 to use the one "
                        "the agent's registry entry names.")
                .arg(typed, leaveOut);
    case State::NotAbsolute:
        *blocking = true;
        return Text::tr("%1 is not a full path: type it with its drive, e.g. C:\\Program Files\\Microsoft Azure "
                        "Recovery Services Agent, or %2.")
                .arg(typed, leaveOut);
    case State::NothingAbove:
        *blocking = true;
        return Text::tr("Neither %1 nor any folder above it exists: check the drive letter, or %2 to use the one "
                        "the agent's registry entry names.")
                .arg(typed, leaveOut);
    case State::Missing:
        if (goal == Goal::Install)
            return Text::tr("%1 does not exist yet: the agent's setup creates it.").arg(typed);
        *blocking = true;
        return Text::tr("The install folder you typed, %1, does not exist: correct it, or %2 to use the one "
                        "the agent's registry entry names.")
                .arg(typed, leaveOut);
    case State::Unreadable:
        return Text::tr("%1 could not be read (%2): the checks will say more.").arg(typed, assessment.reason);
    }
    return {};
}

} // namespace mars
