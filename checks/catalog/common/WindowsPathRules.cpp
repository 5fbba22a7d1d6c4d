// SPDX-License-Identifier: MIT
#include "WindowsPathRules.h"

#include "catalog/agent/WindowsPath.h"
#include "system/SystemProbe.h"

#include <QList>

namespace mars {

namespace {
using agent::canonicalWindowsPath;
using agent::isSameOrInside;
using agent::sameCanonical;

// The machine's folder, canonical, else the usual one on `drive` ("C:").
QString known(const FilesProbe& files, KnownFolder folder, const QString& fallback)
{
    const Probed<QString> read = files.knownFolder(folder);
    const agent::CanonicalPath path = read.ok() ? canonicalWindowsPath(read.value) : agent::CanonicalPath();
    return path.ok() ? path.path : fallback;
}
} // namespace

QString WindowsPathRules::reservedReason(const CheckContext& context, const QString& path)
{
    const agent::CanonicalPath canonical = canonicalWindowsPath(path);
    if (!canonical.ok())
        return canonical.refusal;
    const QString& p = canonical.path;
    const QString useOwnFolder = tr("Install the agent into a folder of its own (the installer's /p: switch).");
    const FilesProbe& files = context.system().files();
    const Probed<VolumeInfo> volume = files.volumeInfo(p);
    const agent::CanonicalPath volumeRoot =
            volume.ok() ? canonicalWindowsPath(volume.value.root) : agent::CanonicalPath();
    if (p.size() == 3 || (volumeRoot.ok() && sameCanonical(volumeRoot.path, p)))
        return tr("%1 is the root of a drive, which Windows keeps hidden and system on purpose.").arg(p)
               + QLatin1Char(' ') + useOwnFolder;
    // Each drive's recycle bin and restore points belong to Windows, whatever is inside.
    const QString second = p.mid(3).section(QLatin1Char('\\'), 0, 0);
    if (second.compare(QLatin1String("$Recycle.Bin"), Qt::CaseInsensitive) == 0
        || second.compare(QLatin1String("System Volume Information"), Qt::CaseInsensitive) == 0)
        return tr("%1 is one of Windows' own folders; this fix never changes it.").arg(p) + QLatin1Char(' ')
               + useOwnFolder;

    const QString windows = known(files, KnownFolder::Windows, QStringLiteral("C:\\Windows"));
    const QString drive = windows.left(2);
    const QString programFiles = known(files, KnownFolder::ProgramFiles, drive + QStringLiteral("\\Program Files"));
    const QList<QString> inside = {windows, known(files, KnownFolder::System32, windows + QStringLiteral("\\System32")),
                                   windows + QStringLiteral("\\SysWOW64")};
    const QList<QString> exactly = {programFiles, programFiles + QStringLiteral(" (x86)"),
                                    drive + QStringLiteral("\\Program Files (x86)"),
                                    known(files, KnownFolder::ProgramData, drive + QStringLiteral("\\ProgramData"))};
    for (const QString& folder : inside) {
        if (isSameOrInside(p, folder))
            return tr("%1 is one of Windows' own folders; this fix never changes it.").arg(p) + QLatin1Char(' ')
                   + useOwnFolder;
    }
    for (const QString& folder : exactly) {
        if (sameCanonical(p, folder))
            return tr("%1 is one of Windows' own folders; this fix never changes it.").arg(p) + QLatin1Char(' ')
                   + useOwnFolder;
    }
    // C:\Users and each profile in it belong to Windows and to the people who log on.
    const QString profiles = known(files, KnownFolder::UserProfiles, drive + QStringLiteral("\\Users"));
    const qsizetype cut = p.lastIndexOf(QLatin1Char('\\'));
    const QString parent = cut <= 2 ? p.left(3) : p.left(cut);
    if (sameCanonical(p, profiles) || sameCanonical(parent, profiles))
        return tr("%1 is a user profile folder (or the folder holding the profiles); this fix never changes it.").arg(p)
               + QLatin1Char(' ') + useOwnFolder;
    return {};
}

QString WindowsPathRules::cacheFolderProblem(const CheckContext& context, const QString& value)
{
    const agent::CanonicalPath canonical = canonicalWindowsPath(value);
    if (!canonical.ok())
        return tr("\"%1\" is not a folder on a local drive: %2").arg(value, canonical.refusal);
    const Probed<VolumeInfo> volume = context.system().files().volumeInfo(canonical.path);
    if (volume.ok() && (volume.value.unc || volume.value.driveType != DriveType::Fixed))
        return tr("%1 is not on a fixed local drive (it is on a %2 drive); the agent's cache must be on a fixed "
                  "drive.")
                .arg(value, driveTypeId(volume.value.driveType));
    const QString reserved = reservedReason(context, canonical.path);
    if (!reserved.isEmpty())
        return tr("%1 cannot be the agent's cache folder: %2").arg(value, reserved);
    return {};
}

} // namespace mars
