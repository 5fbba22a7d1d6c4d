// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QCoreApplication>

namespace mars {

// The volume of a path as statfs(2) tells it, for PosixSystem::volumeInfo when the kernel's
// mount table (what QStorageInfo reads) has no entry covering the path: inside a chroot the
// table lists only mounts below the chroot's root, so nothing covers its `/`; some containers
// are the same. statfs still works there, but it knows the file system, not its mount point,
// so the answer's root is empty (unknown) rather than a guess. Linux only.
class PosixStatfsVolume
{
    Q_DECLARE_TR_FUNCTIONS(mars::PosixStatfsVolume)

public:
    // The volume holding `existingPath`, which must exist (PosixSystem passes the nearest
    // existing parent). root is empty; fileSystem and driveType come from the f_type magic.
    static Probed<VolumeInfo> probe(const QString& existingPath);

    // The name the mount table would give a file system with this statfs f_type magic
    // ("xfs", "tmpfs", ...); empty for magics not in the list.
    static QString fileSystemName(quint32 magic);
    // What GetDriveTypeW would say, as PosixSystem says it for a mount: network file systems
    // remote, memory ones RAM disks, file systems that live on a block device fixed, the rest
    // (virtual, overlay, FUSE, unknown magics) unknown.
    static DriveType driveType(quint32 magic);

    // Whether the mount at `mountRoot` (a QStorageInfo rootPath) holds `canonicalPath`; when it
    // does not (or there is no mount), PosixSystem asks probe() instead.
    static bool covers(const QString& mountRoot, const QString& canonicalPath);
};

} // namespace mars
