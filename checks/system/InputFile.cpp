// SPDX-License-Identifier: MIT
#include "InputFile.h"

#include "NativeSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mars {

Probed<InputFile> InputFiles::read(const QString& path, qint64 maxBytes, Location where)
{
    InputFile file;
    file.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString native = QDir::toNativeSeparators(path);
    file.unc = native.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"));
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
    }
    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly))
        return Probed<InputFile>::bad(in.error() == QFileDevice::PermissionsError ? ProbeStatus::Denied
                                                                                  : ProbeStatus::Failed,
                                      tr("%1 could not be opened: %2").arg(native, in.errorString()));
    // The size of the open file, not of the name looked at before: it may have changed since.
    file.size = in.size();
    if (file.size > maxBytes)
        return Probed<InputFile>::good(file);
    file.bytes = in.read(maxBytes + 1);
    if (file.bytes.size() > maxBytes) { // grew while being read
        file.bytes.clear();
        file.size = qMax(file.size, maxBytes + 1);
        return Probed<InputFile>::good(file);
    }
    file.read = true;
    return Probed<InputFile>::good(file);
}

} // namespace mars
