// SPDX-License-Identifier: MIT
#include "PosixSystem.h"

#include "PosixFd.h"
#include "SocketConnectivity.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSysInfo>
#include <QTimeZone>

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

namespace mars {

namespace {
QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
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

template<typename T>
Probed<T> fromErrno(const QString& what, int error)
{
    return Probed<T>::bad(statusFromErrno(error), QStringLiteral("%1: %2").arg(what, errnoText(error)), quint32(error));
}

FileAttributes attributesOf(const struct stat& st)
{
    FileAttributes attributes;
    if (S_ISDIR(st.st_mode))
        attributes |= FileAttribute::Directory;
    if (S_ISLNK(st.st_mode))
        attributes |= FileAttribute::ReparsePoint; // the Windows notion closest to a symlink
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        attributes |= FileAttribute::Device; // never counted or planned as a .tmp file
    if ((st.st_mode & 0222) == 0)
        attributes |= FileAttribute::ReadOnly;
    return attributes;
}

// chmod of the object an O_PATH descriptor holds (fchmod refuses O_PATH descriptors): through
// /proc/self/fd, which names that very inode whatever happens to the path meanwhile. Without
// /proc (a minimal container), a second descriptor opened by name (O_NOFOLLOW, non-blocking) is
// used only when fstat shows it is the same inode as `opened`: ESTALE when it is not.
// 0 or an errno value.
int changeModeOf(const QByteArray& raw, int pathFd, const struct stat& opened, mode_t mode)
{
    const QByteArray proc = "/proc/self/fd/" + QByteArray::number(pathFd);
    if (::chmod(proc.constData(), mode) == 0)
        return 0;
    const int error = errno;
    if (::access("/proc/self/fd", F_OK) == 0)
        return error; // /proc is there: the failure is real
    const Fd real(::open(raw.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (real.fd < 0)
        return errno;
    struct stat now
    {
    };
    if (::fstat(real.fd, &now) != 0)
        return errno;
    if (now.st_dev != opened.st_dev || now.st_ino != opened.st_ino)
        return ESTALE;
    return ::fchmod(real.fd, mode) == 0 ? 0 : errno;
}

} // namespace

PosixSystem::PosixSystem(QString tempDirOverride)
    : SystemProbe(QStringLiteral("Linux"), false,
                  SystemRoles{.machine = std::make_shared<PosixMachine>(),
                              .files = std::make_shared<PosixFiles>(std::move(tempDirOverride)),
                              .registry = std::make_shared<PosixRegistry>(),
                              .services = std::make_shared<PosixServices>(),
                              .network = std::make_shared<PosixNetworkSettings>(),
                              .connectivity = std::make_shared<SocketConnectivity>()})
{
}

PosixFiles::PosixFiles(QString tempDirOverride)
    : m_tempDirOverride(std::move(tempDirOverride))
{
}

Probed<AccountInfo> PosixMachine::account() const
{
    AccountInfo info;
    const uid_t euid = ::geteuid();
    // The _r variants: two checks ask for the account at the same time on different threads.
    std::vector<char> buffer(16384);
    passwd pwd{};
    passwd* pw = nullptr;
    if (::getpwuid_r(euid, &pwd, buffer.data(), buffer.size(), &pw) == 0 && pw)
        info.userName = QString::fromLocal8Bit(pw->pw_name);
    else
        info.userName = QStringLiteral("uid %1").arg(euid);
    if (euid == 0) {
        info.adminMember = true;
        info.adminSource = tr("running as root (uid 0)");
        info.elevation = TokenElevation::Elevated;
        return Probed<AccountInfo>::good(info);
    }
    const int count = ::getgroups(0, nullptr);
    if (count < 0)
        return fromErrno<AccountInfo>(tr("Cannot read the groups of this process"), errno);
    std::vector<gid_t> groups(size_t(count) + 1);
    const int got = ::getgroups(int(groups.size()), groups.data());
    if (got < 0)
        return fromErrno<AccountInfo>(tr("Cannot read the groups of this process"), errno);
    groups.resize(size_t(got));
    groups.push_back(::getegid());
    for (gid_t gid : groups) {
        group grp{};
        group* gr = nullptr;
        if (::getgrgid_r(gid, &grp, buffer.data(), buffer.size(), &gr) != 0 || !gr)
            continue; // unknown gid, or a group too large for the buffer: not an admin group we know
        const QString name = QString::fromLocal8Bit(gr->gr_name);
        if (name == QLatin1String("sudo") || name == QLatin1String("wheel") || name == QLatin1String("admin")) {
            info.adminMember = true;
            info.adminSource = tr("member of the group %1").arg(name);
            info.elevation = TokenElevation::Limited; // may use sudo, but this process is not root
            return Probed<AccountInfo>::good(info);
        }
    }
    info.adminSource = tr("not root and not in the sudo, wheel or admin group");
    info.elevation = TokenElevation::NotAdmin;
    return Probed<AccountInfo>::good(info);
}

Probed<FileAttributes> PosixFiles::fileAttributes(const QString& path) const
{
    struct stat st
    {
    };
    if (::lstat(encoded(path).constData(), &st) != 0)
        return fromErrno<FileAttributes>(path, errno);
    return Probed<FileAttributes>::good(attributesOf(st));
}

Probed<PathDetails> PosixFiles::pathDetails(const QString& path) const
{
    struct stat st
    {
    };
    if (::lstat(encoded(path).constData(), &st) != 0)
        return fromErrno<PathDetails>(path, errno);
    PathDetails details;
    details.attributes = attributesOf(st);
    if (!S_ISDIR(st.st_mode))
        details.size_bytes = qint64(st.st_size);
    details.lastWriteUtc = QDateTime::fromSecsSinceEpoch(qint64(st.st_mtim.tv_sec), Qt::UTC)
                                   .addMSecs(qint64(st.st_mtim.tv_nsec / 1000000));
    // realpath: symlinks anywhere on the way resolved, "." and ".." gone.
    char resolved[PATH_MAX];
    if (::realpath(encoded(path).constData(), resolved))
        details.finalPath = QFile::decodeName(resolved);
    else
        details.finalPathReason = tr("%1 cannot be resolved: %2").arg(path, errnoText(errno));
    return Probed<PathDetails>::good(details);
}

Probed<QString> PosixFiles::systemTempDir() const
{
    const QString dir = m_tempDirOverride.isEmpty() ? QDir::tempPath() : QDir(m_tempDirOverride).absolutePath();
    // The canonical path (no symlinks, no ..): the preview shows it, and deleteRegularFile()
    // refuses any folder that does not resolve to exactly this path.
    char resolved[PATH_MAX];
    if (!::realpath(encoded(dir).constData(), resolved)) {
        const int error = errno;
        return Probed<QString>::bad(statusFromErrno(error),
                                    tr("The temp folder %1 cannot be opened: %2").arg(dir, errnoText(error)),
                                    quint32(error));
    }
    const QString canonical = QFile::decodeName(resolved);
    struct stat st
    {
    };
    if (::stat(resolved, &st) != 0) {
        const int error = errno;
        return Probed<QString>::bad(statusFromErrno(error),
                                    tr("The temp folder %1 cannot be opened: %2").arg(dir, errnoText(error)),
                                    quint32(error));
    }
    if (!S_ISDIR(st.st_mode))
        return Probed<QString>::bad(ProbeStatus::NotFound, tr("%1 is not a folder.").arg(dir));
    return Probed<QString>::good(canonical);
}

Probed<qint64> PosixFiles::forEachEntry(const QString& dir, const DirVisitor& visit) const
{
    const int dirFd = ::open(encoded(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fromErrno<qint64>(dir, errno);
    DIR* stream = ::fdopendir(dirFd);
    if (!stream) {
        const int error = errno;
        ::close(dirFd);
        return fromErrno<qint64>(dir, error);
    }
    qint64 visited = 0;
    // errno is reset before every readdir(): only readdir's own failure may end the listing as
    // an error, not a stale ENOENT from an entry that vanished before fstatat().
    for (errno = 0;; errno = 0) {
        const dirent* ent = ::readdir(stream);
        if (!ent)
            break;
        const char* raw = ent->d_name;
        if (std::strcmp(raw, ".") == 0 || std::strcmp(raw, "..") == 0)
            continue;
        struct stat st
        {
        };
        if (::fstatat(dirFd, raw, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // vanished between readdir and stat
        DirEntry entry;
        entry.name = QFile::decodeName(raw);
        entry.attributes = attributesOf(st);
        entry.size_bytes = S_ISREG(st.st_mode) ? qint64(st.st_size) : 0;
        entry.lastWriteUtc = QDateTime::fromSecsSinceEpoch(qint64(st.st_mtim.tv_sec), Qt::UTC);
        ++visited;
        if (!visit(entry)) {
            errno = 0;
            break;
        }
    }
    const int error = errno;
    ::closedir(stream);
    if (error != 0)
        return fromErrno<qint64>(dir, error);
    return Probed<qint64>::good(visited);
}

Probed<bool> PosixFiles::canModifyFolder(const QString& dir) const
{
    if (::faccessat(AT_FDCWD, encoded(dir).constData(), W_OK | X_OK, AT_EACCESS) == 0)
        return Probed<bool>::good(true);
    if (errno == EACCES || errno == EROFS || errno == EPERM)
        return Probed<bool>::good(false);
    return fromErrno<bool>(dir, errno);
}

Probed<DiskSpace> PosixFiles::diskSpace(const QString& path) const
{
    struct statvfs vfs
    {
    };
    if (::statvfs(encoded(path).constData(), &vfs) != 0)
        return fromErrno<DiskSpace>(path, errno);
    DiskSpace space;
    space.volumeRoot = path;
    space.total_bytes = qint64(vfs.f_blocks) * qint64(vfs.f_frsize);
    space.free_bytes = qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
    return Probed<DiskSpace>::good(space);
}

Probed<OsInfo> PosixMachine::osInfo() const
{
    OsInfo os;
    os.productName = QSysInfo::prettyProductName();
    os.installationType = QStringLiteral("Linux");
    const QStringList version = QSysInfo::kernelVersion().split(QLatin1Char('.'));
    os.major = version.value(0).toInt();
    os.minor = version.value(1).toInt();
    os.build = version.value(2).section(QLatin1Char('-'), 0, 0).toInt();
    os.architecture = QSysInfo::currentCpuArchitecture() == QLatin1String("x86_64")
                              ? QStringLiteral("amd64")
                              : QSysInfo::currentCpuArchitecture();
    os.isWindows = false;
    return Probed<OsInfo>::good(os);
}

Probed<ClockInfo> PosixMachine::clock() const
{
    ClockInfo clock;
    clock.utcNow = QDateTime::currentDateTimeUtc();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    clock.timeZoneId = QString::fromUtf8(zone.id());
    clock.utcOffset_s = zone.offsetFromUtc(clock.utcNow);
    // LANG=nl_NL says the Netherlands; C or POSIX says nothing.
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory != QLocale::AnyTerritory)
        clock.region = QLocale::territoryToCode(territory);
#ifdef CLOCK_BOOTTIME
    timespec sinceBoot{}; // Linux: counts suspended time too, as Windows' tick count does
    if (::clock_gettime(CLOCK_BOOTTIME, &sinceBoot) == 0)
        clock.uptime_s = qint64(sinceBoot.tv_sec);
#endif
    return Probed<ClockInfo>::good(clock);
}

Probed<FileAttributes> PosixFiles::changeAttributes(const QString& path, FileAttributes set, FileAttributes clear) const
{
    const FileAttributes supported = FileAttribute::ReadOnly;
    if (((set | clear) & ~supported) != FileAttributes())
        return Probed<FileAttributes>::bad(ProbeStatus::NotApplicable,
                                           tr("Only the read-only attribute exists on Linux (as write permission)."));
    // Act on the object that was looked at, not on whatever the name means a moment later:
    // lstat + chmod by name let a symbolic link swapped in between redirect the change (issue #14:
    // a 0400 file outside became 0755). O_PATH | O_NOFOLLOW opens the name itself (a link stays
    // a link, and is refused), needs no read access and has no side effects on devices.
    const QByteArray raw = encoded(path);
    const Fd node(::open(raw.constData(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
    if (node.fd < 0)
        return fromErrno<FileAttributes>(path, errno);
    struct stat st
    {
    };
    if (::fstat(node.fd, &st) != 0)
        return fromErrno<FileAttributes>(path, errno);
    if (S_ISLNK(st.st_mode))
        return Probed<FileAttributes>::bad(ProbeStatus::Failed,
                                           tr("%1 is a symbolic link; it is not followed.").arg(path));
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
        return Probed<FileAttributes>::bad(ProbeStatus::Failed,
                                           tr("%1 is not a file or a folder; it is left alone.").arg(path));
    mode_t mode = st.st_mode & 07777;
    if (set.testFlag(FileAttribute::ReadOnly))
        mode &= ~mode_t(0222);
    if (clear.testFlag(FileAttribute::ReadOnly))
        mode |= S_IWUSR;
    const int error = changeModeOf(raw, node.fd, st, mode);
    if (error == ESTALE)
        return Probed<FileAttributes>::bad(
                ProbeStatus::Failed, tr("%1 was replaced while it was being changed; nothing was changed.").arg(path));
    if (error != 0)
        return fromErrno<FileAttributes>(path, error);
    return fileAttributes(path);
}

Probed<QString> PosixFiles::readTextTail(const QString& path, qint64 maxBytes) const
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below anyway).
    const Fd file(::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (file.fd < 0)
        return fromErrno<QString>(tr("The file %1 cannot be opened for reading").arg(path), errno);
    struct stat st
    {
    };
    if (::fstat(file.fd, &st) != 0)
        return fromErrno<QString>(tr("The file %1 cannot be read").arg(path), errno);
    if (S_ISDIR(st.st_mode))
        return Probed<QString>::bad(ProbeStatus::Failed, tr("%1 is a folder, not a text file.").arg(path));
    if (!S_ISREG(st.st_mode))
        return Probed<QString>::bad(ProbeStatus::Failed, tr("%1 is not a regular file.").arg(path));

    // Up to `size` bytes from `offset`; fewer when the file ends first (it may shrink meanwhile).
    const auto readAt = [&file](qint64 offset, qint64 size, QByteArray* bytes) {
        bytes->resize(size);
        qint64 done = 0;
        while (done < size) {
            const ssize_t got = ::pread(file.fd, bytes->data() + done, size_t(size - done), off_t(offset + done));
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                return false;
            if (got == 0)
                break;
            done += got;
        }
        bytes->truncate(done);
        return true;
    };
    // The first bytes tell the encoding (a BOM); the tail is what the checks look at.
    const qint64 size = qint64(st.st_size);
    const qint64 tailSize = qBound<qint64>(0, maxBytes, size);
    const qint64 tailOffset = size - tailSize;
    QByteArray head;
    QByteArray tail;
    if (!readAt(0, qMin<qint64>(4, size), &head) || !readAt(tailOffset, tailSize, &tail))
        return fromErrno<QString>(tr("The file %1 cannot be read").arg(path), errno);
    return Probed<QString>::good(decodeTextTail(head, tail, tailOffset).text);
}

Probed<QStringList> PosixMachine::pendingRebootReasons() const
{
    // Debian's own marker, written by packages that need a reboot.
    QStringList reasons;
    if (QFile::exists(QStringLiteral("/var/run/reboot-required")))
        reasons.append(QStringLiteral("/var/run/reboot-required"));
    return Probed<QStringList>::good(reasons);
}

} // namespace mars
