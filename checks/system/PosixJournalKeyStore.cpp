// SPDX-License-Identifier: MIT
// The POSIX JournalKeyStore: /var/lib/mars-troubleshooter/journal-key, 0600 root, in a 0700
// root folder. Every step works on descriptors or refuses links (O_NOFOLLOW), and the owner
// and mode are checked on what was opened: a key someone else planted is never used.
#include "JournalKeyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mars {

namespace {

// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace, so
// they would never match this context at run time (none of them was translated).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::JournalKeyStore)
};

class PosixJournalKeyStore final : public JournalKeyStore
{
public:
    PosixJournalKeyStore(QString folder, uid_t owner)
        : m_folder(std::move(folder))
        , m_owner(owner)
    {
    }

    QString location() const override { return QDir(m_folder).filePath(QStringLiteral("journal-key")); }

    JournalKey read() const override
    {
        JournalKey key;
        const QByteArray folder = QFile::encodeName(m_folder);
        const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (dir < 0)
            return failure(errno, Texts::tr("The journal key folder %1 cannot be opened: %2."), m_folder);
        const int fd = ::openat(dir, "journal-key", O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        const int openError = errno;
        key = checkOwned(dir, m_folder);
        ::close(dir);
        if (fd < 0) {
            if (!key.isOk() && key.state == JournalKey::State::Unsafe)
                return key;
            return failure(openError, Texts::tr("The journal key %1 cannot be read: %2."), location());
        }
        if (!key.isOk()) {
            ::close(fd);
            return key;
        }
        key = checkOwned(fd, location());
        if (key.isOk()) {
            struct stat info = {};
            QByteArray bytes(kKeySize + 1, '\0');
            const ssize_t got =
                    ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) ? ::read(fd, bytes.data(), bytes.size()) : -1;
            if (got != kKeySize) {
                key.state = JournalKey::State::Unsafe;
                key.reason = Texts::tr("The journal key %1 is not a file of %2 bytes.").arg(location()).arg(kKeySize);
            } else {
                bytes.truncate(kKeySize);
                key.bytes = bytes;
            }
        }
        ::close(fd);
        return key;
    }

    JournalKey readOrCreate() const override
    {
        JournalKey key = read();
        if (key.state != JournalKey::State::Missing)
            return key;
        const QByteArray folder = QFile::encodeName(m_folder);
        if (::mkdir(folder.constData(), 0700) != 0 && errno != EEXIST)
            return failure(errno, Texts::tr("The journal key folder %1 cannot be created: %2."), m_folder);
        const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (dir < 0)
            return failure(errno, Texts::tr("The journal key folder %1 cannot be opened: %2."), m_folder);
        key = checkOwned(dir, m_folder);
        if (!key.isOk()) {
            ::close(dir);
            return key;
        }
        // Written under a name of its own, then linked into place: linkat fails when another
        // process got there first, and both then use that one key.
        const QByteArray temp = "journal-key." + QByteArray::number(qint64(::getpid())) + ".new";
        ::unlinkat(dir, temp.constData(), 0);
        const int fd = ::openat(dir, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            const int error = errno;
            ::close(dir);
            return failure(error, Texts::tr("The journal key %1 cannot be created: %2."), location());
        }
        QByteArray bytes(kKeySize, '\0');
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                             reinterpret_cast<quint32*>(bytes.data() + kKeySize));
        const bool written = ::write(fd, bytes.constData(), kKeySize) == kKeySize && ::fsync(fd) == 0;
        const int writeError = errno;
        ::close(fd);
        if (!written) {
            ::unlinkat(dir, temp.constData(), 0);
            ::close(dir);
            return failure(writeError, Texts::tr("The journal key %1 cannot be created: %2."), location());
        }
        if (::linkat(dir, temp.constData(), dir, "journal-key", 0) != 0 && errno != EEXIST) {
            const int error = errno;
            ::unlinkat(dir, temp.constData(), 0);
            ::close(dir);
            return failure(error, Texts::tr("The journal key %1 cannot be created: %2."), location());
        }
        ::unlinkat(dir, temp.constData(), 0);
        ::close(dir);
        return read();
    }

private:
    // The folder or file must belong to the expected owner and grant nothing to group or others.
    JournalKey checkOwned(int fd, const QString& what) const
    {
        JournalKey key;
        struct stat info = {};
        if (::fstat(fd, &info) != 0)
            return failure(errno, Texts::tr("%1 cannot be examined: %2."), what);
        if (info.st_uid != m_owner || (info.st_mode & 077) != 0) {
            key.state = JournalKey::State::Unsafe;
            key.reason =
                    Texts::tr("%1 does not belong to the administrator alone (owner %2, mode %3), so it is not used.")
                            .arg(what)
                            .arg(info.st_uid)
                            .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
            return key;
        }
        key.state = JournalKey::State::Ok;
        return key;
    }

    static JournalKey failure(int error, const QString& sentence, const QString& what)
    {
        JournalKey key;
        key.state = error == ENOENT                      ? JournalKey::State::Missing
                    : error == ELOOP || error == ENOTDIR ? JournalKey::State::Unsafe
                                                         : JournalKey::State::Unreadable;
        key.reason = sentence.arg(what, QString::fromLocal8Bit(std::strerror(error)));
        return key;
    }

    QString m_folder;
    uid_t m_owner;
};

} // namespace

std::shared_ptr<const JournalKeyStore> createNativeJournalKeyStore(const QString& folderOverride)
{
    if (!folderOverride.isEmpty())
        return std::make_shared<PosixJournalKeyStore>(folderOverride, ::geteuid());
    return std::make_shared<PosixJournalKeyStore>(QStringLiteral("/var/lib/mars-troubleshooter"), 0);
}

} // namespace mars
