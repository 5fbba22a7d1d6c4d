// SPDX-License-Identifier: MIT
#include "OptionPaths.h"

#include "InstallDirInput.h"
#include "system/LocalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace mars::optionPaths {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mars::OptionPaths)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The canonical form used for comparisons: case-insensitive on Windows.
QString comparable(const QString& path)
{
    QString p = QDir::cleanPath(path);
#ifdef Q_OS_WIN
    p = p.toLower();
#endif
    return p;
}
} // namespace

QString inputFileProblem(const QString& option, const QString& path)
{
    if (path.trimmed().isEmpty())
        return Text::tr("%1 needs a file name.").arg(option);
#ifdef Q_OS_WIN
    // Refused before the path is looked at: looking at \\server\share\x already makes the
    // elevated tool authenticate to that server (issue #14).
    if (LocalFileRead::isWindowsNonLocalSpelling(path))
        return Text::tr("%1: %2 is a network or device path: copy the file to a folder on this machine and name "
                        "it there.")
                .arg(option, native(path));
#endif
    const QFileInfo info(path);
    if (!info.exists())
        return Text::tr("%1: the file %2 does not exist: check the name and the folder.").arg(option, native(path));
    if (info.isDir())
        return Text::tr("%1: %2 is a folder, not a file: name the file in it.").arg(option, native(path));
    // A device or FIFO would block the read (the kernel log did, before any window appeared).
    if (!info.isFile())
        return Text::tr("%1: %2 is a device, pipe or socket, not an ordinary file: name a file.")
                .arg(option, native(path));
    if (!info.isReadable())
        return Text::tr("%1: the file %2 cannot be read with this account's rights.").arg(option, native(path));
    return {};
}

QString outputFileProblem(const QString& option, const QString& path)
{
    if (path.trimmed().isEmpty())
        return Text::tr("%1 needs a file name.").arg(option);
    const QFileInfo info(QDir::current().absoluteFilePath(path));
    if (info.isDir())
        return Text::tr("%1: %2 is a folder, not a file: name a file in it, e.g. %3.")
                .arg(option, native(path),
                     native(QDir(info.absoluteFilePath()).filePath(QStringLiteral("report.json"))));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return Text::tr("%1: the folder %2 does not exist: create it first or choose another folder.")
                .arg(option, native(folder.absoluteFilePath()));
    if (!folder.isDir())
        return Text::tr("%1: %2 is a file, not a folder: choose a file in a folder.")
                .arg(option, native(folder.absoluteFilePath()));
    // Trying is the only reliable answer (ACLs, read-only media): open it as the run will, and
    // remove it again when it did not exist before.
    const bool existed = info.exists();
    QFile file(info.absoluteFilePath());
    if (!file.open(existed ? QIODevice::WriteOnly | QIODevice::Append : QIODevice::WriteOnly | QIODevice::NewOnly))
        return Text::tr("%1: %2 cannot be written (%3): choose a folder this account may write to.")
                .arg(option, native(info.absoluteFilePath()), file.errorString());
    file.close();
    if (!existed)
        file.remove();
    return {};
}

QString creatableFolderProblem(const QString& option, const QString& path)
{
    if (path.trimmed().isEmpty())
        return Text::tr("%1 needs a folder name.").arg(option);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Text::tr("%1: %2 is a file, not a folder: name a folder (it is created when missing).")
                .arg(option, native(path));
    return {};
}

QStringList protectedFolders()
{
    QStringList folders{QDir::rootPath()};
#ifdef Q_OS_WIN
    for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) // C:\, D:\, ...
        folders.append(volume.rootPath());
#endif
    folders.append(QDir::homePath());
#ifdef Q_OS_WIN
    const auto env = [](const char* name) { return qEnvironmentVariable(name); };
    const QString systemRoot = env("SystemRoot").isEmpty() ? QStringLiteral("C:/Windows") : env("SystemRoot");
    folders << systemRoot << systemRoot + QStringLiteral("/System32") << systemRoot + QStringLiteral("/SysWOW64")
            << env("ProgramFiles") << env("ProgramFiles(x86)") << env("ProgramW6432") << env("ProgramData")
            << env("PUBLIC") << QFileInfo(QDir::homePath()).absolutePath(); // C:\Users
#else
    for (const char* top :
         {"/bin", "/boot", "/dev", "/etc", "/home", "/lib",     "/lib32",   "/lib64",     "/opt", "/proc",   "/root",
          "/run", "/sbin", "/srv", "/sys", "/usr",  "/usr/bin", "/usr/lib", "/usr/local", "/var", "/var/lib"})
        folders.append(QLatin1String(top));
#endif
    QStringList canonical;
    for (const QString& folder : std::as_const(folders)) {
        if (folder.isEmpty())
            continue;
        const QString resolved = QFileInfo(folder).canonicalFilePath();
        canonical.append(comparable(resolved.isEmpty() ? folder : resolved));
    }
    canonical.removeDuplicates();
    // The default target itself (%SystemRoot%\Temp, /tmp) is never protected, even where it is
    // a mount point.
    canonical.removeAll(comparable(QFileInfo(QDir::tempPath()).canonicalFilePath()));
    return canonical;
}

QString cleanupFolderProblem(const QString& option, const QString& path)
{
    if (path.trimmed().isEmpty())
        return Text::tr("%1 needs a folder name: leave the option out to use the default temp folder.").arg(option);
    const QFileInfo info(path);
    if (!info.exists())
        return Text::tr("%1: the folder %2 does not exist: check the name.").arg(option, native(path));
    if (!info.isDir())
        return Text::tr("%1: %2 is a file, not a folder: name the temp folder to check.").arg(option, native(path));
    // ".", "..", links and junctions resolved: "C:\Windows\Temp\.." is C:\Windows.
    const QString canonical = info.canonicalFilePath();
    if (protectedFolders().contains(comparable(canonical)))
        return Text::tr("%1: %2 is a drive root or a system folder, and the temp cleanup deletes files in the folder "
                        "it checks: name the temp folder itself (e.g. %3).")
                .arg(option, native(canonical), native(QDir::tempPath()));
    return {};
}

bool checkInstallDirOnMachine(const CheckEnvironment& environment, QString* error)
{
    const QString path = environment.inputs.installDir;
    if (path.isEmpty())
        return true;
    // Off the GUI thread, as every question to the machine (ThreadGuard).
    const InstallDirAssessment assessment =
            QtConcurrent::run([environment, path] { return assessInstallDir(environment, path); }).result();
    bool blocking = false;
    const QString message =
            installDirMessage(path, assessment, environment.inputs.goal, &blocking, InstallDirSource::CommandLine);
    if (!blocking)
        return true;
    *error = QStringLiteral("--install-dir: ") + message;
    return false;
}

} // namespace mars::optionPaths
