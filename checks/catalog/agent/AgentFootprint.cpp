// SPDX-License-Identifier: MIT
#include "AgentFootprint.h"

#include "WindowsPath.h"
#include "system/SystemProbe.h"

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

bool isWindowsStyle(const QString& path)
{
    return path.contains(QLatin1Char('\\')) || (path.size() >= 2 && path.at(1) == QLatin1Char(':'));
}

// The value as text; empty when it is not there. `failure` gets the reason only when the read
// failed (denied, failed): then the caller must not fall back to a default folder, or a check
// would look at a folder the agent does not use and could pass.
QString registryString(const CheckContext& context, const QString& key, const QString& value, QString* failure)
{
    const Probed<RegistryValue> read =
            context.system().registry().readRegistry(RegistryHive::LocalMachine, key, value, RegistryView::Native64);
    if (!read.ok()) {
        if (read.status != ProbeStatus::NotFound && read.status != ProbeStatus::NotApplicable)
            *failure = read.reason;
        return {};
    }
    return read.value.data.toString().trimmed();
}
} // namespace

QString setupKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup");
}
QString installPathValue()
{
    return QStringLiteral("InstallPath");
}
QString configKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config");
}
QString providerKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config\\CloudBackupProvider");
}
QString scratchValue()
{
    return QStringLiteral("ScratchLocation");
}
QString serviceName()
{
    return QStringLiteral("obengine");
}
QString defaultFolderName()
{
    return QStringLiteral("Microsoft Azure Recovery Services Agent");
}
QString downloadUrl()
{
    return QStringLiteral("https://aka.ms/azurebackup_agent");
}
QString engineBinary()
{
    return QStringLiteral("bin\\cbengine.exe");
}

QString joinPath(const QString& dir, const QString& name)
{
    const QChar separator = isWindowsStyle(dir) ? QLatin1Char('\\') : QLatin1Char('/');
    return dir.endsWith(separator) ? QString(dir + name) : QString(dir + separator + name);
}

QString tidyPath(const QString& path)
{
    // A full local Windows path is said as Win32 opens it ("C:\Agent\.\bin." is C:\Agent\bin), so
    // every check and fix that starts from it decides on the folder it really names.
    if (isWindowsStyle(path)) {
        const CanonicalPath canonical = canonicalWindowsPath(path);
        if (canonical.ok())
            return canonical.path;
    }
    QString tidy = path.trimmed();
    while (tidy.size() > 1 && (tidy.endsWith(QLatin1Char('\\')) || tidy.endsWith(QLatin1Char('/')))
           && !(tidy.size() == 3 && tidy.at(1) == QLatin1Char(':')))
        tidy.chop(1);
    return tidy;
}

QString parentPath(const QString& path)
{
    if (!isWindowsStyle(path)) {
        QString p = path;
        while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
            p.chop(1);
        const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
        if (p == QLatin1String("/") || slash < 0)
            return {};
        return slash == 0 ? QStringLiteral("/") : p.left(slash);
    }
    QString p = path;
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (p.endsWith(QLatin1Char('\\')))
        p.chop(1);
    if (p.startsWith(QLatin1String("\\\\"))) { // \\server\share is the root of a UNC path
        const QStringList parts = p.mid(2).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        if (parts.size() <= 2)
            return {};
        return QStringLiteral("\\\\") + parts.mid(0, parts.size() - 1).join(QLatin1Char('\\'));
    }
    const qsizetype slash = p.lastIndexOf(QLatin1Char('\\'));
    if (slash < 0)
        return {}; // "C:" is a root
    if (slash == 2 && p.at(1) == QLatin1Char(':'))
        return p.left(3); // "C:\Program Files" -> "C:\"
    return p.left(slash);
}

bool samePath(const QString& a, const QString& b)
{
    if (!isWindowsStyle(a) && !isWindowsStyle(b)) {
        QString x = a, y = b;
        while (x.size() > 1 && x.endsWith(QLatin1Char('/')))
            x.chop(1);
        while (y.size() > 1 && y.endsWith(QLatin1Char('/')))
            y.chop(1);
        return x == y;
    }
    // Two spellings of one folder ("C:\Windows\.", "\\?\C:\Windows") are the same path.
    const CanonicalPath x = canonicalWindowsPath(a), y = canonicalWindowsPath(b);
    if (x.ok() && y.ok())
        return sameCanonical(x.path, y.path);
    auto norm = [](QString p) {
        p.replace(QLatin1Char('/'), QLatin1Char('\\'));
        while (p.endsWith(QLatin1Char('\\')))
            p.chop(1);
        return p;
    };
    return norm(a).compare(norm(b), Qt::CaseInsensitive) == 0;
}

Location installedPath(const CheckContext& context)
{
    Location where;
    const QString path = registryString(context, setupKey(), installPathValue(), &where.reason);
    if (path.isEmpty())
        return where;
    where.path = tidyPath(path);
    where.sourceId = QStringLiteral("registry");
    where.source = Texts::tr("the agent's InstallPath registry value");
    return where;
}

Location installDir(const CheckContext& context)
{
    const QString typed = context.inputs().installDir.trimmed();
    if (!typed.isEmpty())
        return {tidyPath(typed), QStringLiteral("typed"), Texts::tr("the folder typed on the first page"), {}};
    Location installed = installedPath(context);
    if (!installed.path.isEmpty() || !installed.reason.isEmpty())
        return installed; // installed, or unknown whether it is: never the default then
    const Probed<QString> programFiles = context.system().files().knownFolder(KnownFolder::ProgramFiles);
    if (!programFiles.ok()) {
        Location unknown;
        unknown.reason = programFiles.reason;
        return unknown;
    }
    return {joinPath(programFiles.value, defaultFolderName()),
            QStringLiteral("default"),
            Texts::tr("the installer's default folder"),
            {}};
}

Location scratchDir(const CheckContext& context)
{
    QString why;
    const QString config = registryString(context, configKey(), scratchValue(), &why);
    if (!config.isEmpty())
        return {tidyPath(config),
                QStringLiteral("registry"),
                Texts::tr("the agent's Config\\ScratchLocation registry value"),
                {}};
    if (!why.isEmpty())
        return {{}, {}, {}, why};
    const QString provider = registryString(context, providerKey(), scratchValue(), &why);
    if (!why.isEmpty())
        return {{}, {}, {}, why};
    if (!provider.isEmpty())
        return {tidyPath(provider),
                QStringLiteral("registry"),
                Texts::tr("the agent's CloudBackupProvider\\ScratchLocation registry value"),
                {}};
    const Location install = installDir(context);
    if (install.path.isEmpty())
        return {{}, {}, {}, install.reason};
    return {joinPath(install.path, QStringLiteral("Scratch")),
            QStringLiteral("planned"),
            Texts::tr("the installer's default, Scratch inside the install folder"),
            {}};
}

QStringList registeredScratchDirs(const CheckContext& context)
{
    QStringList dirs;
    for (const QString& key : {configKey(), providerKey()}) {
        QString failure;
        const QString value = registryString(context, key, scratchValue(), &failure);
        if (!value.isEmpty())
            dirs.append(tidyPath(value));
    }
    return dirs;
}

ExistingFolder nearestExisting(const CheckContext& context, const QString& path)
{
    ExistingFolder found;
    QString current = path;
    for (int depth = 0; !current.isEmpty() && depth < 64; ++depth) {
        const Probed<FileAttributes> attributes = context.system().files().fileAttributes(current);
        if (attributes.ok()) {
            found.path = current;
            found.attributes = attributes.value;
            found.isTarget = depth == 0;
            return found;
        }
        if (attributes.status != ProbeStatus::NotFound) {
            found.reason = attributes.reason; // denied or failed: do not guess past it
            return found;
        }
        current = parentPath(current);
    }
    found.reason = Texts::tr("Neither %1 nor any folder above it exists.").arg(path);
    return found;
}

bool parseVersion(const QString& text, quint64* packed)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 4)
        return false;
    quint64 value = 0;
    for (int i = 0; i < 4; ++i) {
        uint part = 0;
        if (i < parts.size()) {
            bool ok = false;
            part = parts.at(i).toUInt(&ok);
            if (!ok || part > 0xffff)
                return false;
        }
        value = (value << 16) | part;
    }
    if (packed)
        *packed = value;
    return true;
}

} // namespace mars::agent
