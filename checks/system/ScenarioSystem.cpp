// SPDX-License-Identifier: MIT
#include "ScenarioSystem.h"

#include "LocalFile.h"
#include "ScenarioParser.h"
#include "ScenarioRoles.h"
#include "ScenarioSystemState.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <algorithm>
#include <optional>
#include <vector>

namespace mars {

using namespace scenario;

namespace {
// How many entries forEachEntry() copies under the lock before it calls the visitor
// unlocked: small enough that deleters wait microseconds, large enough to amortise locking.
constexpr std::size_t kListingChunk = 256;

DirEntry toDirEntry(const ScenarioTempEntry& entry)
{
    return DirEntry{entry.name, entry.attributes, entry.size_bytes, entry.lastWriteUtc};
}

// The folders and files the scenario describes directly inside the folder `key` (listed or
// implied), folders first, each group sorted by name so a listing is the same every time.
std::vector<DirEntry> describedEntries(const ScenarioModel& model, const QString& key)
{
    std::vector<DirEntry> entries;
    const auto nameOf = [](const QString& path) { return path.mid(path.lastIndexOf(QLatin1Char('\\')) + 1); };
    for (auto it = model.folders.cbegin(); it != model.folders.cend(); ++it) {
        if (ScenarioKeys::parentKey(it.key()) == key)
            entries.push_back(DirEntry{nameOf(it->path), it->attributes, 0, it->lastWriteUtc});
    }
    const auto folders = qsizetype(entries.size());
    for (auto it = model.files.cbegin(); it != model.files.cend(); ++it) {
        if (ScenarioKeys::parentKey(it.key()) == key)
            entries.push_back(DirEntry{nameOf(it->path), it->attributes, it->size_bytes, it->lastWriteUtc});
    }
    const auto byName = [](const DirEntry& a, const DirEntry& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    };
    std::sort(entries.begin(), entries.begin() + folders, byName);
    std::sort(entries.begin() + folders, entries.end(), byName);
    return entries;
}
} // namespace

namespace scenario {
StateHolder::StateHolder(std::shared_ptr<ScenarioState> state)
    : m_state(std::move(state))
    , m_mutex(m_state->mutex)
{
}
} // namespace scenario

ScenarioSystem::ScenarioSystem(std::shared_ptr<ScenarioState> state)
    : SystemProbe(tr("SIMULATED: %1").arg(state->model.name), true,
                  SystemRoles{.machine = std::make_shared<ScenarioMachine>(state),
                              .files = std::make_shared<ScenarioFiles>(state),
                              .registry = std::make_shared<ScenarioRegistry>(state),
                              .services = std::make_shared<ScenarioServices>(state),
                              .network = std::make_shared<ScenarioNetworkSettings>(state),
                              .connectivity = std::make_shared<ScenarioConnectivity>(state)})
    , m_state(std::move(state))
{
}

ScenarioSystem::~ScenarioSystem() = default;

std::unique_ptr<ScenarioSystem> ScenarioSystem::fromFile(const QString& filePath, QString* error)
{
    const auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<ScenarioSystem>();
    };
    // Only an ordinary local file (or a built-in one), size-capped, read within a time bound:
    // a device or FIFO named here used to block before any window appeared (issue #14).
    const LocalFileRead::Result file = LocalFileRead::read(filePath, ScenarioParser::kMaxFileBytes);
    if (file.status == LocalFileRead::Status::Missing)
        return failWith(tr("%1: the scenario file does not exist.").arg(filePath));
    if (file.status == LocalFileRead::Status::Folder)
        return failWith(tr("%1: this is not a file; give the path of a scenario .json file.").arg(filePath));
    if (file.status == LocalFileRead::Status::TooLarge)
        return failWith(tr("%1: the file is larger than 16 MB; scenario files describe many temp files with "
                           "generators and stay small.")
                                .arg(filePath));
    if (!file.ok())
        return failWith(tr("The scenario file was not read: %1").arg(file.problem));
    return fromJson(file.bytes, filePath, error);
}

std::unique_ptr<ScenarioSystem> ScenarioSystem::fromJson(const QByteArray& json, const QString& sourceName,
                                                         QString* error)
{
    std::optional<ScenarioModel> model = ScenarioParser::parse(json, sourceName, error);
    if (!model)
        return nullptr;
    auto state = std::make_shared<ScenarioState>();
    state->model = std::move(*model);
    // The constructor is private: only a parsed, validated machine becomes a ScenarioSystem.
    return std::unique_ptr<ScenarioSystem>(new ScenarioSystem(std::move(state)));
}

QString ScenarioSystem::name() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->model.name;
}

QString ScenarioSystem::summary() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->model.summary;
}

QList<ScenarioExpectation> ScenarioSystem::expectations() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->model.expectations;
}

Probed<AccountInfo> ScenarioMachine::account() const
{
    const QMutexLocker lock(&m_mutex);
    return Probed<AccountInfo>::good(m_state->model.account);
}

Probed<FileAttributes> ScenarioFiles::fileAttributes(const QString& path) const
{
    const QString key = ScenarioKeys::pathKey(path);
    const QMutexLocker lock(&m_mutex);
    if (m_state->onOfflineDisk(key))
        return notReady<FileAttributes>(path);
    const auto folder = m_state->model.folders.constFind(key);
    if (folder != m_state->model.folders.cend())
        return Probed<FileAttributes>::good(folder->attributes);
    if (const std::optional<ScenarioTempEntry> entry = m_state->tempEntry(key))
        return Probed<FileAttributes>::good(entry->attributes);
    const auto file = m_state->model.files.constFind(key);
    if (file != m_state->model.files.cend())
        return Probed<FileAttributes>::good(file->attributes);
    return notFound<FileAttributes>(path);
}

Probed<PathDetails> ScenarioFiles::pathDetails(const QString& path) const
{
    const QString key = ScenarioKeys::pathKey(path);
    const QMutexLocker lock(&m_mutex);
    if (m_state->onOfflineDisk(key))
        return notReady<PathDetails>(path);
    // The final path is the object's own spelling (as GetFinalPathNameByHandleW gives it):
    // "c:/program files/x/" names "C:\Program Files\X" when the scenario spells it so.
    PathDetails details;
    const auto folder = m_state->model.folders.constFind(key);
    if (folder != m_state->model.folders.cend()) {
        details.attributes = folder->attributes;
        details.lastWriteUtc = folder->lastWriteUtc;
        details.finalPath = folder->path;
    } else if (const std::optional<ScenarioTempEntry> entry = m_state->tempEntry(key)) {
        details.attributes = entry->attributes;
        details.lastWriteUtc = entry->lastWriteUtc;
        if (!entry->attributes.testFlag(FileAttribute::Directory))
            details.size_bytes = entry->size_bytes;
        details.finalPath = m_state->model.tempPath + QLatin1Char('\\') + entry->name;
    } else if (const auto file = m_state->model.files.constFind(key); file != m_state->model.files.cend()) {
        details.attributes = file->attributes;
        details.lastWriteUtc = file->lastWriteUtc;
        details.size_bytes = file->size_bytes;
        details.finalPath = file->path;
    } else {
        return notFound<PathDetails>(path);
    }
    // A link's target is not described: where it leads is unknown, as for a broken link.
    if (details.attributes.testFlag(FileAttribute::ReparsePoint)) {
        details.finalPath.clear();
        details.finalPathReason = tr("%1 is a link whose target the simulated machine does not describe.").arg(path);
    }
    return Probed<PathDetails>::good(details);
}

Probed<QString> ScenarioFiles::systemTempDir() const
{
    // Answered even when the folder is missing: %SystemRoot%\Temp still names it, and the
    // listing is what reports NotFound, as on a real machine.
    const QMutexLocker lock(&m_mutex);
    return Probed<QString>::good(m_state->model.tempPath);
}

Probed<qint64> ScenarioFiles::forEachEntry(const QString& dir, const DirVisitor& visit) const
{
    const QString key = ScenarioKeys::pathKey(dir);
    std::optional<std::vector<DirEntry>> described; // a folder other than the temp folder
    {
        const QMutexLocker lock(&m_mutex);
        if (m_state->onOfflineDisk(key))
            return notReady<qint64>(dir);
        if (!m_state->isTempFolder(key)) {
            if (!m_state->model.folders.contains(key))
                return notFound<qint64>(dir);
            described = describedEntries(m_state->model, key);
        }
    }
    if (described) { // visited without the lock: the visitor may call back into this machine
        qint64 visited = 0;
        for (const DirEntry& entry : *described) {
            ++visited;
            if (!visit(entry))
                break;
        }
        return Probed<qint64>::good(visited);
    }
    // Copy a chunk under the lock, visit it unlocked: the visitor may call deleteRegularFile()
    // on this object (TempCleanupFix does), and other threads may delete concurrently. An
    // entry deleted after it was copied is still visited once; deleting it then answers
    // Vanished, exactly as on a real folder. Tombstones keep the cursor valid.
    qint64 visited = 0;
    qint64 cursor = 0;
    std::vector<DirEntry> chunk;
    chunk.reserve(kListingChunk);
    for (;;) {
        chunk.clear();
        {
            const QMutexLocker lock(&m_mutex);
            const ScenarioTempFolder& temp = m_state->model.temp;
            while (cursor < temp.total() && chunk.size() < kListingChunk) {
                const ScenarioTempEntry entry = temp.at(cursor++);
                if (!entry.deleted)
                    chunk.push_back(toDirEntry(entry));
            }
        }
        if (chunk.empty())
            return Probed<qint64>::good(visited);
        for (const DirEntry& entry : chunk) {
            ++visited; // the entry that stops the walk was visited too
            if (!visit(entry))
                return Probed<qint64>::good(visited);
        }
    }
}

Probed<bool> ScenarioFiles::canModifyFolder(const QString& dir) const
{
    const QMutexLocker lock(&m_mutex);
    const auto folder = m_state->model.folders.constFind(ScenarioKeys::pathKey(dir));
    if (folder == m_state->model.folders.cend())
        return notFound<bool>(dir);
    return Probed<bool>::good(m_state->canWrite(*folder));
}

DeleteStatus ScenarioFiles::deleteRegularFile(const QString& dir, const QString& name) const
{
    const QMutexLocker lock(&m_mutex);
    // Only the temp folder holds simulated files; anywhere else there is nothing to delete.
    if (!m_state->isTempFolder(ScenarioKeys::pathKey(dir)) || !ScenarioKeys::isPlainFileName(name))
        return DeleteStatus::Vanished;
    const std::optional<qint64> index = m_state->model.temp.indexOf(name);
    if (!index)
        return DeleteStatus::Vanished;
    const ScenarioTempEntry entry = m_state->model.temp.at(*index);
    // The order a real deletion meets the obstacles: the DACL when the handle is opened, the
    // sharing mode (in use), then what the handle says the object is, then its attributes.
    if (!m_state->canWrite(m_state->model.folders.value(m_state->model.tempKey)))
        return DeleteStatus::Denied;
    if (entry.attributes.testAnyFlags(FileAttribute::Directory | FileAttribute::ReparsePoint))
        return DeleteStatus::NotRegular;
    if (entry.inUse)
        return DeleteStatus::InUse;
    if (entry.attributes.testFlag(FileAttribute::ReadOnly))
        return DeleteStatus::ReadOnly;
    m_state->model.temp.remove(*index);
    // A file of the "files" section dies with its entry: its text and version go too.
    m_state->model.files.remove(m_state->model.tempKey + QLatin1Char('\\') + name.toCaseFolded());
    return DeleteStatus::Deleted;
}

Probed<FileAttributes> ScenarioFiles::changeAttributes(const QString& path, FileAttributes set,
                                                       FileAttributes clear) const
{
    const QString key = ScenarioKeys::pathKey(path);
    const QMutexLocker lock(&m_mutex);
    FileAttributes* attributes = nullptr;
    const auto folder = m_state->model.folders.find(key);
    if (folder != m_state->model.folders.end())
        attributes = &folder->attributes;
    else if (const std::optional<qint64> index = m_state->tempIndex(key))
        attributes = &m_state->model.temp.mutableAt(*index).attributes;
    else if (const auto file = m_state->model.files.find(key); file != m_state->model.files.end())
        attributes = &file->attributes;
    if (!attributes)
        return notFound<FileAttributes>(path);
    if (!m_state->isElevated())
        return needsElevation<FileAttributes>(tr("Changing the attributes of %1").arg(path));
    // Directory and reparse point say what the object is; SetFileAttributes cannot change them.
    const FileAttributes fixed = FileAttribute::Directory | FileAttribute::ReparsePoint;
    *attributes = (*attributes | (set & ~fixed)) & ~(clear & ~fixed);
    return Probed<FileAttributes>::good(*attributes);
}

RelaunchResult ScenarioMachine::relaunchElevated(const QStringList& arguments) const
{
    Q_UNUSED(arguments); // nothing is started: the simulated token changes in place
    const QMutexLocker lock(&m_mutex);
    AccountInfo& account = m_state->model.account;
    if (!account.adminMember)
        return {RelaunchStatus::NotSupported,
                tr("This account is not an administrator, so there is no elevated token to switch to. "
                   "Log on with an administrator account.")};
    account.elevation = TokenElevation::Elevated;
    return {RelaunchStatus::SimulatedElevated,
            tr("SIMULATED: the scenario now runs with the administrator's full token. No program was started.")};
}

} // namespace mars
