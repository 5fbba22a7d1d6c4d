// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace mars {

// The content of a scenario file (docs/scenario-schema.md) as plain data: built and validated
// by ScenarioParser, then owned by ScenarioSystem, which guards it with its mutex. The lookup
// tables are keyed by the parser's comparison keys (ScenarioParser::pathKey() and friends) so
// every probe compares paths, names and registry keys the way Windows does: case-insensitively.

struct ScenarioFolder
{
    QString path; // canonical spelling, for messages
    FileAttributes attributes; // always includes Directory
    bool writableWithoutElevation = false;
};

// One entry directly inside the simulated temp folder. Kept small on purpose: scenarios hold
// 70,000 of them and the folder must materialise in a few milliseconds.
struct ScenarioTempEntry
{
    QString name;
    qint64 size_bytes = 0;
    QDateTime lastWriteUtc;
    FileAttributes attributes; // Directory, ReparsePoint, ReadOnly, Archive
    bool inUse = false;
    // Deleted entries stay in the vector as tombstones so indices stay valid while another
    // thread walks the folder in chunks (see ScenarioSystem::forEachEntry).
    bool deleted = false;
};

struct ScenarioModel
{
    // Caps that keep hostile or mistyped files from exhausting memory.
    static constexpr qint64 kMaxTempEntries = 1000000; // about 100 MB of entries
    static constexpr qint64 kMaxBytes = qint64(1) << 50; // 1 PiB: more than any simulated disk or file

    QString name;
    QString summary;
    AccountInfo account;
    OsInfo os;

    QDateTime fixedUtc; // invalid: the host clock shifted by skew_s
    qint64 skew_s = 0;
    QString timeZoneId;
    int utcOffset_s = 0;

    QHash<QString, ScenarioFolder> folders; // by pathKey; the temp folder too when it exists

    QString tempPath; // what systemTempDir() answers
    QString tempKey; // pathKey(tempPath)
    bool tempExists = true;
    std::vector<ScenarioTempEntry> tempEntries;
    QHash<QString, qsizetype> tempIndex; // case-folded name -> index of a live entry

    QHash<QString, RegistryValue> registryValues; // by registryValueId
    QSet<QString> registryKeys; // by registryKeyId, every ancestor included
    QHash<QString, ServiceInfo> services; // by case-folded service name
    QList<DiskSpace> disks;
    QStringList pendingReboot;
    ProxyConfig winHttpProxy;
};

} // namespace mars
