// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

namespace mars {

// One entry directly inside the simulated temp folder, as it is listed.
struct ScenarioTempEntry
{
    QString name;
    qint64 size_bytes = 0;
    QDateTime lastWriteUtc;
    FileAttributes attributes; // Directory, ReparsePoint, ReadOnly, Archive
    bool inUse = false;
    bool deleted = false;
};

// A generated run of names ("pattern": "tmp{n}.tmp", "count": 70000): prefix, the number in
// upper-case hex with at least four digits, suffix. The first `inUse` are in use, the next
// `readOnly` read-only.
struct ScenarioTempGenerator
{
    QString prefix;
    QString suffix;
    quint64 start = 1;
    qint64 count = 0;
    qint64 size_bytes = 0;
    QDateTime lastWriteUtc;
    qint64 inUse = 0;
    qint64 readOnly = 0;

    QString nameOf(qint64 offset) const;
};

// The simulated temp folder's entries in listing order (issue #16): a generator's entries are
// made when they are listed or looked up, never stored, so memory does not grow with a
// scenario's 70,000 .tmp files. What changes is kept small: a deleted generated entry is one bit,
// one whose attributes changed an entry of its own. Named entries ("name", directories, symlinks,
// files of the "files" section) are stored. Indexes stay valid for ever (a deleted entry keeps
// its place), so a listing can walk the folder in chunks while another thread deletes.
// Not thread-safe: ScenarioState's mutex guards it.
class ScenarioTempFolder
{
public:
    // Every entry ever, deleted ones included: the range of a listing's cursor.
    qint64 total() const { return m_total; }

    // False when the name is taken (names compare case-insensitively, as Windows does).
    bool add(ScenarioTempEntry entry);
    // False with *clash the first name it shares with an entry already there; false with *clash
    // empty when its names overlap other patterns' more than can be checked (kWalkBudget names in
    // all, for a hostile file).
    bool addGenerator(ScenarioTempGenerator generator, QString* clash);
    static constexpr qint64 kWalkBudget = 2000000;
    // Every look-up tries each generator: a scenario may describe at most this many.
    static constexpr int kMaxGenerators = 1000;
    int generatorCount() const { return int(m_generators.size()); }

    // The live entry of that name, or nothing.
    std::optional<qint64> indexOf(const QString& name) const;
    // The entry at `index` (0 <= index < total()), deleted ones too (their `deleted` set).
    ScenarioTempEntry at(qint64 index) const;
    // For a change: the entry's stored copy (made for a generated one on first use).
    ScenarioTempEntry& mutableAt(qint64 index);
    void remove(qint64 index);

private:
    struct Segment
    {
        qint64 begin = 0; // its first index in the folder
        qint64 count = 0;
        int generator = -1; // index into m_generators; -1: m_named[namedBegin, namedBegin + count)
        qsizetype namedBegin = 0;
    };
    const Segment& segmentOf(qint64 index) const;
    // The offset of `foldedName` in generator `g`, or -1.
    qint64 offsetIn(int g, const QString& foldedName) const;
    ScenarioTempEntry generated(const Segment& segment, qint64 index) const;

    std::vector<Segment> m_segments;
    std::vector<ScenarioTempEntry> m_named;
    QHash<QString, qint64> m_namedIndex; // case-folded name -> its index in the folder (live only)
    std::vector<ScenarioTempGenerator> m_generators;
    std::vector<QString> m_foldedPrefix, m_foldedSuffix; // per generator
    std::vector<std::vector<bool>> m_deleted; // per generator, per offset
    std::unordered_map<qint64, ScenarioTempEntry> m_changed; // generated entries changed (by index)
    qint64 m_total = 0;
    qint64 m_walkBudget = kWalkBudget;
};

} // namespace mars
