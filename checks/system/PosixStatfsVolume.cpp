// SPDX-License-Identifier: MIT
#include "PosixStatfsVolume.h"

#include <QFile>

#include <sys/vfs.h>

#include <cerrno>
#include <cstring>

namespace mars {

namespace {
struct KnownFileSystem
{
    quint32 magic;
    const char* name;
    DriveType driveType;
};

// statfs f_type values from <linux/magic.h> (ZFS, NTFS and Lustre from their own sources),
// named as /proc/self/mounts names them. Where one magic stands for several mount types the
// name says so: ext2, ext3 and ext4 share 0xEF53, hence "ext2/ext3/ext4"; CIFS mounts of
// SMB 2 and later report SMB2_SUPER_MAGIC whether mounted as "cifs" or "smb3", and are called
// "cifs", the usual type. Every FUSE file system (sshfs, ntfs-3g, glusterfs, virtiofs) is just
// "fuse": statfs does not tell them apart, so its drive type stays unknown.
constexpr KnownFileSystem knownFileSystems[] = {
        {0xEF53, "ext2/ext3/ext4", DriveType::Fixed},
        {0x58465342, "xfs", DriveType::Fixed},
        {0x9123683E, "btrfs", DriveType::Fixed},
        {0x2FC12FC1, "zfs", DriveType::Fixed},
        {0xF2F52010, "f2fs", DriveType::Fixed},
        {0x52654973, "reiserfs", DriveType::Fixed},
        {0x3153464A, "jfs", DriveType::Fixed},
        {0x4D44, "vfat", DriveType::Fixed},
        {0x2011BAB0, "exfat", DriveType::Fixed},
        {0x5346544E, "ntfs", DriveType::Fixed},
        {0x7366746E, "ntfs3", DriveType::Fixed},
        {0x9660, "iso9660", DriveType::Fixed}, // as PosixSystem says for /dev/sr0 or a loop image
        {0x73717368, "squashfs", DriveType::Fixed},
        {0xE0F5E1E2, "erofs", DriveType::Fixed},
        {0x01021994, "tmpfs", DriveType::RamDisk}, // devtmpfs and shm too
        {0x858458F6, "ramfs", DriveType::RamDisk},
        {0x6969, "nfs", DriveType::Remote}, // nfs and nfs4
        {0xFF534D42, "cifs", DriveType::Remote},
        {0xFE534D42, "cifs", DriveType::Remote},
        {0x517B, "smbfs", DriveType::Remote},
        {0x01021997, "9p", DriveType::Remote},
        {0x00C36400, "ceph", DriveType::Remote},
        {0x5346414F, "afs", DriveType::Remote},
        {0x0BD00BD0, "lustre", DriveType::Remote},
        {0x794C7630, "overlay", DriveType::Unknown},
        {0x65735546, "fuse", DriveType::Unknown},
        {0x9FA0, "proc", DriveType::Unknown},
        {0x62656572, "sysfs", DriveType::Unknown},
        {0x1CD1, "devpts", DriveType::Unknown},
        {0x63677270, "cgroup2", DriveType::Unknown},
        {0x0027E0EB, "cgroup", DriveType::Unknown},
};

const KnownFileSystem* find(quint32 magic)
{
    for (const KnownFileSystem& known : knownFileSystems) {
        if (known.magic == magic)
            return &known;
    }
    return nullptr;
}

ProbeStatus statusFromErrno(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR: return ProbeStatus::NotFound;
    case EACCES:
    case EPERM: return ProbeStatus::Denied;
    default: return ProbeStatus::Failed;
    }
}
} // namespace

Probed<VolumeInfo> PosixStatfsVolume::probe(const QString& existingPath)
{
    struct statfs buffer
    {
    };
    if (::statfs(QFile::encodeName(existingPath).constData(), &buffer) != 0) {
        const int error = errno;
        return Probed<VolumeInfo>::bad(statusFromErrno(error),
                                       tr("The volume holding %1 could not be determined: %2.")
                                               .arg(existingPath, QString::fromLocal8Bit(std::strerror(error))),
                                       quint32(error));
    }
    // f_type is a signed long on most architectures: a magic with the top bit set (CIFS) may
    // come sign-extended, and every magic fits in 32 bits.
    const auto magic = quint32(buffer.f_type);
    VolumeInfo info;
    info.root = QString(); // statfs does not name the mount point; any guess could be wrong
    info.fileSystem = fileSystemName(magic);
    info.driveType = driveType(magic);
    info.unc = false;
    return Probed<VolumeInfo>::good(info);
}

QString PosixStatfsVolume::fileSystemName(quint32 magic)
{
    const KnownFileSystem* known = find(magic);
    return known ? QString::fromLatin1(known->name) : QString();
}

DriveType PosixStatfsVolume::driveType(quint32 magic)
{
    const KnownFileSystem* known = find(magic);
    return known ? known->driveType : DriveType::Unknown;
}

bool PosixStatfsVolume::covers(const QString& mountRoot, const QString& canonicalPath)
{
    if (mountRoot.isEmpty() || canonicalPath.isEmpty())
        return false;
    if (canonicalPath == mountRoot)
        return true;
    const QString prefix = mountRoot.endsWith(QLatin1Char('/')) ? mountRoot : mountRoot + QLatin1Char('/');
    return canonicalPath.startsWith(prefix);
}

} // namespace mars
