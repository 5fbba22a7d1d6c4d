// SPDX-License-Identifier: MIT
// LocalFileRead on Linux: stat before open (a FIFO or device is never opened), O_NONBLOCK so an
// open cannot wait for a writer, fstat of the opened descriptor to make sure it is the file that
// was looked at, then chunked reads against a deadline.
#include "LocalFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mars {

namespace {
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

LocalFileRead::Status statusForErrno(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR: return LocalFileRead::Status::Missing;
    case EACCES:
    case EPERM: return LocalFileRead::Status::Denied;
    default: return LocalFileRead::Status::Failed;
    }
}
} // namespace

LocalFileRead::Result LocalFileRead::readNative(const QString& absolutePath, qint64 maxBytes, qint64 deadline_ms,
                                                Span span)
{
    const QDeadlineTimer deadline(deadline_ms);
    const QString shown = QDir::toNativeSeparators(absolutePath);
    const QByteArray name = QFile::encodeName(absolutePath);
    Result result;
    const auto fail = [&result](Status status, const QString& problem) {
        result.status = status;
        result.problem = problem;
        result.bytes.clear();
        return result;
    };
    const auto failErrno = [&](int error) {
        const Status status = statusForErrno(error);
        if (status == Status::Missing)
            return fail(status, tr("There is no file at %1.").arg(shown));
        return fail(status, tr("%1 cannot be read: %2.").arg(shown, QString::fromLocal8Bit(std::strerror(error))));
    };

    struct stat looked = {};
    if (::stat(name.constData(), &looked) != 0)
        return failErrno(errno);
    if (S_ISDIR(looked.st_mode))
        return fail(Status::Folder, tr("%1 is a folder, not a file.").arg(shown));
    if (!S_ISREG(looked.st_mode))
        return fail(Status::NotRegular, tr("%1 is a device, pipe or socket, not an ordinary file; only ordinary "
                                           "files are read.")
                                                .arg(shown));
    result.size = looked.st_size;
    if (span == Span::Whole && looked.st_size > maxBytes)
        return fail(Status::TooLarge, tooLargeSentence(shown, maxBytes, looked.st_size));

    // O_NONBLOCK: should a FIFO be swapped in after the stat, open() returns instead of waiting.
    const Descriptor fd(::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (fd.get() < 0)
        return failErrno(errno);
    struct stat opened = {};
    if (::fstat(fd.get(), &opened) != 0)
        return failErrno(errno);
    if (!S_ISREG(opened.st_mode) || opened.st_dev != looked.st_dev || opened.st_ino != looked.st_ino)
        return fail(Status::Changed, tr("%1 was replaced while it was being opened; it was not read.").arg(shown));
    result.size = opened.st_size;
    if (span == Span::Whole && opened.st_size > maxBytes)
        return fail(Status::TooLarge, tooLargeSentence(shown, maxBytes, opened.st_size));
    if (span == Span::Tail && opened.st_size > maxBytes && ::lseek(fd.get(), opened.st_size - maxBytes, SEEK_SET) < 0)
        return failErrno(errno);

    QByteArray bytes;
    bytes.reserve(qsizetype(qMin<qint64>(opened.st_size, maxBytes)));
    char chunk[64 * 1024];
    for (;;) {
        // A stalled network file system can still make one read() slow; the deadline bounds how
        // many of them there are.
        if (deadline.hasExpired())
            return fail(Status::TimedOut,
                        tr("%1 could not be read within %2 seconds.").arg(shown).arg(deadline_ms / 1000));
        const ssize_t got = ::read(fd.get(), chunk, sizeof chunk);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return failErrno(errno);
        }
        if (got == 0)
            break;
        bytes.append(chunk, qsizetype(got));
        if (bytes.size() > maxBytes && span == Span::Tail) { // grew while being read: the tail asked for
            bytes.truncate(maxBytes);
            break;
        }
        if (bytes.size() > maxBytes) // grew while being read
            return fail(Status::TooLarge, tooLargeSentence(shown, maxBytes, bytes.size()));
    }
    result.status = Status::Ok;
    if (span == Span::Whole)
        result.size = bytes.size();
    result.bytes = std::move(bytes);
    return result;
}

} // namespace mars
