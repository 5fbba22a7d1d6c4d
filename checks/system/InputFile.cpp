// SPDX-License-Identifier: MIT
#include "InputFile.h"

#include "LocalFile.h"
#include "NativeSystem.h"

#include <QDir>
#include <QFileInfo>

namespace mars {

Probed<InputFile> InputFiles::read(const QString& path, qint64 maxBytes, Location where)
{
    InputFile file;
    file.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString native = QDir::toNativeSeparators(path);
    file.unc = native.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"));
#ifdef Q_OS_WIN
    // Not even looked at: asking about \\server\share\x makes the elevated tool authenticate there.
    if (LocalFileRead::isWindowsNonLocalSpelling(path)) {
        file.unc = true;
        return Probed<InputFile>::good(file); // read == false: the caller says where it is
    }
#endif
    const QFileInfo info(file.path);
    if (!info.exists())
        return Probed<InputFile>::bad(ProbeStatus::NotFound, tr("There is no file at %1.").arg(native));
    if (info.isDir())
        return Probed<InputFile>::bad(ProbeStatus::Failed, tr("%1 is a folder, not a file.").arg(native));
    if (!info.isFile())
        return Probed<InputFile>::bad(ProbeStatus::Failed, tr("%1 is not a regular file.").arg(native));
    file.canonicalPath = info.canonicalFilePath();
    // Where it lives, as the OS says it (GetDriveTypeW on Windows, statfs on Linux).
    if (where == Location::Look) {
        const std::unique_ptr<SystemProbe> machine = createNativeSystem({});
        const Probed<VolumeInfo> volume = machine->files().volumeInfo(file.path);
        if (volume.ok()) {
            file.driveType = volume.value.driveType;
            file.unc = file.unc || volume.value.unc;
        }
        if (file.unc || file.driveType == DriveType::Remote)
            return Probed<InputFile>::good(file); // not read from the network; read == false
    }
    // The one bounded reader (LocalFile.h): ordinary local files only, opened non-blocking,
    // size-capped, time-bounded.
    LocalFileRead::Result in = LocalFileRead::read(file.path, maxBytes);
    file.size = qMax<qint64>(in.size, 0);
    switch (in.status) {
    case LocalFileRead::Status::Ok: break;
    case LocalFileRead::Status::TooLarge: // the caller says how large it is
        file.size = qMax(file.size, maxBytes + 1);
        return Probed<InputFile>::good(file);
    case LocalFileRead::Status::Missing: return Probed<InputFile>::bad(ProbeStatus::NotFound, in.problem);
    case LocalFileRead::Status::Denied: return Probed<InputFile>::bad(ProbeStatus::Denied, in.problem);
    default: return Probed<InputFile>::bad(ProbeStatus::Failed, in.problem);
    }
    file.bytes = std::move(in.bytes);
    file.read = true;
    return Probed<InputFile>::good(file);
}

} // namespace mars
