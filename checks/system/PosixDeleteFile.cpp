// SPDX-License-Identifier: MIT
// PosixFiles' deletions (F1's cleanup on Linux): a folder opened once, files removed relative to
// it.
//  - The folder is opened with O_NOFOLLOW | O_DIRECTORY, and the kernel's path of that
//    descriptor (/proc/self/fd) must equal the canonical path asked for: if any part of the path
//    was swapped for a symlink since the listing, nothing in it is touched. The descriptor then
//    names that folder for the whole run, whatever happens to its path meanwhile.
//  - Each file: openat(O_NOFOLLOW | O_NONBLOCK) relative to the folder (a symlink fails with
//    ELOOP, a FIFO cannot block), fstat on the descriptor (only a regular, writable file),
//    flock(LOCK_EX | LOCK_NB) (a process holding a lock means "in use"), then the name must
//    still be that inode, then unlinkat().
#include "PosixFd.h"
#include "PosixSystem.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <cerrno>
#include <climits>

namespace mars {

namespace {
bool isPlainName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
           && !name.contains(QLatin1Char('/')) && !name.contains(QChar(0));
}

// Opens `dir` and checks it is the folder at its canonical path; Deleted means "opened".
DeleteStatus openFolder(const QString& dir, int* fdOut)
{
    const QByteArray wanted = QFile::encodeName(QDir::cleanPath(dir));
    Fd dirFd(::open(wanted.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (dirFd.fd < 0)
        // ELOOP or ENOTDIR (with O_DIRECTORY): the folder itself was swapped for a link.
        return errno == ENOENT                        ? DeleteStatus::Vanished
               : (errno == ELOOP || errno == ENOTDIR) ? DeleteStatus::NotRegular
                                                      : DeleteStatus::Failed;
    char opened[PATH_MAX];
    const QByteArray fdLink = "/proc/self/fd/" + QByteArray::number(dirFd.fd);
    const ssize_t length = ::readlink(fdLink.constData(), opened, sizeof opened - 1);
    if (length < 0)
        return DeleteStatus::Failed;
    if (QByteArray(opened, int(length)) != wanted)
        return DeleteStatus::NotRegular; // reached through a link: not the folder that was listed
    *fdOut = dirFd.fd;
    dirFd.fd = -1;
    return DeleteStatus::Deleted;
}

DeleteStatus deleteIn(int dirFd, const QString& name)
{
    if (!isPlainName(name))
        return DeleteStatus::NotRegular;
    const QByteArray raw = QFile::encodeName(name);
    const Fd file(::openat(dirFd, raw.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    struct stat st
    {
    };
    if (file.fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return DeleteStatus::Vanished;
        if (error == ELOOP)
            return DeleteStatus::NotRegular;
        if (error == EACCES && ::fstatat(dirFd, raw.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
            return !S_ISREG(st.st_mode)       ? DeleteStatus::NotRegular
                   : (st.st_mode & 0222) == 0 ? DeleteStatus::ReadOnly
                                              : DeleteStatus::Denied;
        return error == EPERM ? DeleteStatus::Denied : DeleteStatus::Failed;
    }
    if (::fstat(file.fd, &st) != 0)
        return DeleteStatus::Failed;
    if (!S_ISREG(st.st_mode))
        return DeleteStatus::NotRegular;
    if ((st.st_mode & 0222) == 0)
        return DeleteStatus::ReadOnly;
    // Linux has no share modes; a process that holds a lock on the file is the nearest
    // equivalent of "in use", and is left alone.
    if (::flock(file.fd, LOCK_EX | LOCK_NB) != 0)
        return errno == EWOULDBLOCK ? DeleteStatus::InUse : DeleteStatus::Failed;
    // The name must still point at the file we checked (nobody swapped in a link meanwhile).
    struct stat now
    {
    };
    if (::fstatat(dirFd, raw.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0)
        return DeleteStatus::Vanished;
    if (now.st_ino != st.st_ino || now.st_dev != st.st_dev)
        return DeleteStatus::NotRegular;
    if (::unlinkat(dirFd, raw.constData(), 0) != 0) {
        const int error = errno;
        return error == ENOENT                       ? DeleteStatus::Vanished
               : (error == EACCES || error == EPERM) ? DeleteStatus::Denied
                                                     : DeleteStatus::Failed;
    }
    return DeleteStatus::Deleted;
}

class PosixFolderDeletion final : public FolderDeletion
{
public:
    explicit PosixFolderDeletion(const QString& dir) { m_opened = openFolder(dir, &m_dir.fd); }
    DeleteStatus deleteRegularFile(const QString& name) override
    {
        return m_opened == DeleteStatus::Deleted ? deleteIn(m_dir.fd, name) : m_opened;
    }

private:
    Fd m_dir{-1};
    DeleteStatus m_opened = DeleteStatus::Failed;
};
} // namespace

std::unique_ptr<FolderDeletion> PosixFiles::openFolderForDeletion(const QString& dir) const
{
    return std::make_unique<PosixFolderDeletion>(dir);
}

DeleteStatus PosixFiles::deleteRegularFile(const QString& dir, const QString& name) const
{
    if (!isPlainName(name))
        return DeleteStatus::NotRegular; // refused before the folder is even opened
    return PosixFolderDeletion(dir).deleteRegularFile(name);
}

} // namespace mars
