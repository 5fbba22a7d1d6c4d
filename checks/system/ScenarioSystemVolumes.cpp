// SPDX-License-Identifier: MIT
// ScenarioSystem: disks and volumes, known folders, and the content of files (version
// resources and text).
#include "ScenarioRoles.h"
#include "ScenarioSystemState.h"

#include <QMutexLocker>

namespace mars {

using namespace scenario;

namespace {
QString withTrailingBackslash(const QString& root)
{
    return root.endsWith(QLatin1Char('\\')) ? root : root + QLatin1Char('\\');
}

// "\\server\share\" of a canonical UNC path (isValidAbsolutePath() guarantees both parts).
QString shareRoot(const QString& canonicalUnc)
{
    const QStringList parts = canonicalUnc.mid(2).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    return QStringLiteral("\\\\") + parts.mid(0, 2).join(QLatin1Char('\\')) + QLatin1Char('\\');
}

// The last `maxBytes` bytes of the file, decoded, never starting inside a character: for
// UTF-16LE that is maxBytes / 2 code units without a lone low surrogate, for UTF-8 the last
// maxBytes bytes of the encoding without leading continuation bytes.
QString tailOf(const ScenarioFile& file, qint64 maxBytes)
{
    if (maxBytes <= 0)
        return {};
    const QString& text = file.text;
    if (file.encoding == ScenarioFile::Encoding::Utf16Le) {
        const qint64 units = maxBytes / 2;
        if (units >= text.size())
            return text;
        if (units == 0)
            return {};
        qsizetype from = text.size() - qsizetype(units);
        if (text.at(from).isLowSurrogate())
            ++from;
        return text.mid(from);
    }
    const QByteArray utf8 = text.toUtf8();
    if (maxBytes >= utf8.size())
        return text;
    qsizetype from = utf8.size() - qsizetype(maxBytes);
    while (from < utf8.size() && (quint8(utf8.at(from)) & 0xC0) == 0x80)
        ++from;
    return QString::fromUtf8(utf8.mid(from));
}

template<typename T>
Probed<T> notAFile(const QString& path)
{
    return Probed<T>::bad(ProbeStatus::Failed, ScenarioSystem::tr("%1 is a folder, not a file.").arg(path),
                          kErrorAccessDenied);
}

template<typename T>
Probed<T> readDenied(const QString& path)
{
    return Probed<T>::bad(
            ProbeStatus::Denied,
            ScenarioSystem::tr("Reading %1 was refused (access denied on the simulated machine).").arg(path),
            kErrorAccessDenied);
}
} // namespace

Probed<DiskSpace> ScenarioFiles::diskSpace(const QString& path) const
{
    const QString key = ScenarioKeys::pathKey(path);
    const QMutexLocker lock(&m_mutex);
    const ScenarioDisk* disk = m_state->diskHolding(key);
    if (!disk)
        return Probed<DiskSpace>::bad(ProbeStatus::NotFound, tr("No disk of the simulated machine holds %1.").arg(path),
                                      kErrorFileNotFound);
    if (!disk->online)
        return notReady<DiskSpace>(path);
    return Probed<DiskSpace>::good(disk->space);
}

Probed<VolumeInfo> ScenarioFiles::volumeInfo(const QString& path) const
{
    const QString canonical = ScenarioKeys::canonicalPath(path);
    const QString key = ScenarioKeys::pathKey(path);
    const QMutexLocker lock(&m_mutex);
    const ScenarioDisk* disk = m_state->diskHolding(key);
    VolumeInfo info;
    if (canonical.startsWith(QLatin1String("\\\\"))) {
        // A share is remote whether or not the scenario describes it, as GetDriveTypeW says
        // DRIVE_REMOTE for every \\server\share path.
        info.root = disk ? withTrailingBackslash(disk->space.volumeRoot) : shareRoot(canonical);
        info.driveType = DriveType::Remote;
        info.fileSystem = disk ? disk->fileSystem : QString();
        info.unc = true;
        return Probed<VolumeInfo>::good(info);
    }
    if (!disk)
        return Probed<VolumeInfo>::bad(ProbeStatus::NotFound,
                                       tr("No disk of the simulated machine holds %1.").arg(path), kErrorFileNotFound);
    info.root = withTrailingBackslash(disk->space.volumeRoot);
    info.driveType = disk->driveType;
    info.online = disk->online;
    info.fileSystem = disk->online ? disk->fileSystem : QString(); // an offline volume does not say
    return Probed<VolumeInfo>::good(info);
}

Probed<bool> ScenarioFiles::volumeDeduplicated(const QString& path) const
{
    const QString canonical = ScenarioKeys::canonicalPath(path);
    const QString key = ScenarioKeys::pathKey(path);
    const QMutexLocker lock(&m_mutex);
    if (canonical.startsWith(QLatin1String("\\\\")))
        return Probed<bool>::bad(
                ProbeStatus::NotApplicable,
                tr("%1 is on a network share; whether it is deduplicated is up to the file server.").arg(path));
    const ScenarioDisk* disk = m_state->diskHolding(key);
    if (!disk)
        return Probed<bool>::bad(ProbeStatus::NotFound, tr("No disk of the simulated machine holds %1.").arg(path),
                                 kErrorFileNotFound);
    if (!disk->online)
        return notReady<bool>(withTrailingBackslash(disk->space.volumeRoot));
    return Probed<bool>::good(disk->deduplicated);
}

Probed<QString> ScenarioFiles::knownFolder(KnownFolder folder) const
{
    const auto index = std::size_t(folder) - 1;
    const QMutexLocker lock(&m_mutex);
    if (index >= m_state->model.knownFolders.size())
        return Probed<QString>::bad(ProbeStatus::Failed, tr("The simulated machine does not know this folder."));
    return Probed<QString>::good(m_state->model.knownFolders.at(index));
}

Probed<QString> ScenarioFiles::fileVersion(const QString& path) const
{
    const QString key = ScenarioKeys::pathKey(path);
    const QMutexLocker lock(&m_mutex);
    const auto noVersion = [&path] {
        return Probed<QString>::bad(ProbeStatus::Failed, tr("%1 has no version resource.").arg(path),
                                    kErrorResourceTypeNotFound);
    };
    if (m_state->model.folders.contains(key))
        return notAFile<QString>(path);
    const auto file = m_state->model.files.constFind(key);
    if (file != m_state->model.files.cend()) {
        if (file->readDenied)
            return readDenied<QString>(path);
        return file->version.isEmpty() ? noVersion() : Probed<QString>::good(file->version);
    }
    if (const std::optional<ScenarioTempEntry> entry = m_state->tempEntry(key))
        return entry->attributes.testFlag(FileAttribute::Directory) ? notAFile<QString>(path) : noVersion();
    return notFound<QString>(path);
}

Probed<QString> ScenarioFiles::readTextTail(const QString& path, qint64 maxBytes) const
{
    const QString key = ScenarioKeys::pathKey(path);
    const QMutexLocker lock(&m_mutex);
    if (m_state->model.folders.contains(key))
        return notAFile<QString>(path);
    const auto file = m_state->model.files.constFind(key);
    if (file != m_state->model.files.cend()) {
        if (file->readDenied)
            return readDenied<QString>(path);
        return Probed<QString>::good(tailOf(*file, maxBytes));
    }
    // Entries of tempFolder.files have a size but no described content: they read as empty.
    if (const std::optional<ScenarioTempEntry> entry = m_state->tempEntry(key))
        return entry->attributes.testFlag(FileAttribute::Directory) ? notAFile<QString>(path)
                                                                    : Probed<QString>::good(QString());
    return notFound<QString>(path);
}

} // namespace mars
