// SPDX-License-Identifier: MIT
// PosixSystem: the volume a path lives on (from the mount table, else from statfs: see
// PosixStatfsVolume), and the Windows-only probes and actions of the install phase, which
// answer NotApplicable on Linux.
#include "PosixStatfsVolume.h"
#include "PosixSystem.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace mars {

namespace {
// What GetDriveTypeW would say about a Linux mount: network file systems are remote, memory
// file systems RAM disks, anything on a block device fixed. Linux does not tell a USB stick
// from a disk at this level, so nothing is "removable"; overlay and other virtual file
// systems stay unknown.
DriveType driveTypeOf(const QStorageInfo& storage)
{
    static const QByteArrayList remote{"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "ceph", "glusterfs"};
    const QByteArray type = storage.fileSystemType();
    if (remote.contains(type))
        return DriveType::Remote;
    if (type == "tmpfs" || type == "ramfs")
        return DriveType::RamDisk;
    if (storage.device().startsWith("/dev/"))
        return DriveType::Fixed;
    return DriveType::Unknown;
}
} // namespace

Probed<bool> PosixFiles::volumeDeduplicated(const QString& path) const
{
    Q_UNUSED(path);
    return Probed<bool>::bad(ProbeStatus::NotApplicable,
                             tr("Linux has no Windows Data Deduplication; the agent's cache exists on Windows only."));
}

Probed<VolumeInfo> PosixFiles::volumeInfo(const QString& path) const
{
    if (path.isEmpty())
        return Probed<VolumeInfo>::bad(ProbeStatus::NotFound, tr("No path was given."));
    // The path need not exist yet: the volume of its nearest existing parent is where it
    // would be created.
    QString existing = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            break;
        existing = parent;
    }
    const QStorageInfo storage(existing);
    // Inside a chroot (and some containers) the mount table lists no mount that covers the
    // path although statfs on it works: then the file system is known, the mount point is not.
    if (!storage.isValid() || !PosixStatfsVolume::covers(storage.rootPath(), QFileInfo(existing).canonicalFilePath()))
        return PosixStatfsVolume::probe(existing);
    VolumeInfo info;
    info.root = storage.rootPath();
    info.driveType = driveTypeOf(storage);
    info.fileSystem = QString::fromUtf8(storage.fileSystemType());
    info.unc = false; // Linux mounts shares into the tree; there are no \\server\share paths
    return Probed<VolumeInfo>::good(info);
}

Probed<QString> PosixFiles::knownFolder(KnownFolder folder) const
{
    return Probed<QString>::bad(ProbeStatus::NotApplicable,
                                tr("Linux has no Windows known folders (such as %1).").arg(knownFolderId(folder)));
}

Probed<QString> PosixFiles::fileVersion(const QString&) const
{
    return Probed<QString>::bad(ProbeStatus::NotApplicable,
                                tr("Linux has no Windows version resources in program files."));
}

Probed<ServiceState> PosixServices::stopService(const QString&) const
{
    return Probed<ServiceState>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows services to stop."));
}

Probed<RegistryValue> PosixRegistry::writeRegistryString(RegistryHive, const QString&, const QString&, const QString&,
                                                         RegistryView) const
{
    return Probed<RegistryValue>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows registry to write to."));
}

Probed<RegistryWrite> PosixRegistry::writeRegistryDword(RegistryHive, const QString&, const QString&, quint32,
                                                        RegistryView, KeyCreation) const
{
    return Probed<RegistryWrite>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows registry to write to."));
}

Probed<bool> PosixRegistry::deleteRegistryValue(RegistryHive, const QString&, const QString&, RegistryView) const
{
    return Probed<bool>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows registry to delete from."));
}

Probed<bool> PosixRegistry::deleteRegistryKeyIfEmpty(RegistryHive, const QString&, RegistryView) const
{
    return Probed<bool>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows registry to delete from."));
}

} // namespace mars
