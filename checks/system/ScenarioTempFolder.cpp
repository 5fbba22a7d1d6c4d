// SPDX-License-Identifier: MIT
#include "ScenarioTempFolder.h"

#include <algorithm>

namespace mars {

namespace {
void appendHex(QString* text, quint64 number)
{
    char16_t digits[16];
    int count = 0;
    do {
        digits[count++] = u"0123456789ABCDEF"[number & 0xF];
        number >>= 4;
    } while (number != 0);
    for (int pad = count; pad < 4; ++pad)
        text->append(QLatin1Char('0'));
    while (count > 0)
        text->append(QChar(digits[--count]));
}
} // namespace

QString ScenarioTempGenerator::nameOf(qint64 offset) const
{
    QString name;
    name.reserve(prefix.size() + 8 + suffix.size());
    name.append(prefix);
    appendHex(&name, start + quint64(offset));
    name.append(suffix);
    return name;
}

bool ScenarioTempFolder::add(ScenarioTempEntry entry)
{
    const QString folded = entry.name.toCaseFolded();
    if (indexOf(entry.name).has_value())
        return false;
    m_namedIndex.insert(folded, m_total);
    m_named.push_back(std::move(entry));
    if (m_segments.empty() || m_segments.back().generator >= 0)
        m_segments.push_back({m_total, 0, -1, qsizetype(m_named.size()) - 1});
    ++m_segments.back().count;
    ++m_total;
    return true;
}

bool ScenarioTempFolder::addGenerator(ScenarioTempGenerator generator, QString* clash)
{
    const int g = int(m_generators.size());
    m_generators.push_back(std::move(generator));
    m_foldedPrefix.push_back(m_generators.back().prefix.toCaseFolded());
    m_foldedSuffix.push_back(m_generators.back().suffix.toCaseFolded());
    const auto undo = [this] {
        m_generators.pop_back();
        m_foldedPrefix.pop_back();
        m_foldedSuffix.pop_back();
    };
    // A name it shares with a named entry, or with another generator (walking the smaller one);
    // *clash is spelt as this generator makes it. Every name tried counts against the budget.
    if (qint64(m_named.size()) > m_walkBudget) {
        clash->clear();
        undo();
        return false;
    }
    m_walkBudget -= qint64(m_named.size());
    for (const ScenarioTempEntry& named : m_named) {
        if (const qint64 offset = named.deleted ? -1 : offsetIn(g, named.name.toCaseFolded()); offset >= 0) {
            *clash = m_generators.back().nameOf(offset);
            undo();
            return false;
        }
    }
    for (int other = 0; other < g; ++other) {
        const ScenarioTempGenerator& mine = m_generators[std::size_t(g)];
        const ScenarioTempGenerator& theirs = m_generators[std::size_t(other)];
        const QString& p1 = m_foldedPrefix[std::size_t(g)];
        const QString& p2 = m_foldedPrefix[std::size_t(other)];
        const QString& s1 = m_foldedSuffix[std::size_t(g)];
        const QString& s2 = m_foldedSuffix[std::size_t(other)];
        // A shared name starts with both prefixes and ends with both suffixes.
        if (!(p1.startsWith(p2) || p2.startsWith(p1)) || !(s1.endsWith(s2) || s2.endsWith(s1)))
            continue;
        if (p1 == p2 && s1 == s2) { // the same pattern: the same name is the same number
            const quint64 from = std::max(mine.start, theirs.start);
            const quint64 to = std::min(mine.start + quint64(mine.count), theirs.start + quint64(theirs.count));
            if (from < to) {
                *clash = mine.nameOf(qint64(from - mine.start));
                undo();
                return false;
            }
            continue;
        }
        // Overlapping patterns ("t{n}" and "tmp{n}"): walk the smaller one, within a budget, so a
        // hostile file of a thousand such patterns cannot keep the parse busy for minutes.
        const qint64 walk = std::min(mine.count, theirs.count);
        if (walk > m_walkBudget) {
            clash->clear();
            undo();
            return false;
        }
        m_walkBudget -= walk;
        const bool walkNew = mine.count <= theirs.count;
        const int walked = walkNew ? g : other;
        const int probed = walkNew ? other : g;
        for (qint64 i = 0; i < m_generators[std::size_t(walked)].count; ++i) {
            const QString name = m_generators[std::size_t(walked)].nameOf(i);
            if (const qint64 offset = offsetIn(probed, name.toCaseFolded()); offset >= 0) {
                *clash = walkNew ? name : m_generators.back().nameOf(offset);
                undo();
                return false;
            }
        }
    }
    const qint64 count = m_generators.back().count;
    m_deleted.emplace_back(std::size_t(count), false);
    m_segments.push_back({m_total, count, g, 0});
    m_total += count;
    return true;
}

qint64 ScenarioTempFolder::offsetIn(int g, const QString& folded) const
{
    const QString& prefix = m_foldedPrefix[std::size_t(g)];
    const QString& suffix = m_foldedSuffix[std::size_t(g)];
    const qsizetype digits = folded.size() - prefix.size() - suffix.size();
    if (digits < 4 || digits > 16 || !folded.startsWith(prefix) || !folded.endsWith(suffix))
        return -1;
    const QStringView middle = QStringView(folded).mid(prefix.size(), digits);
    bool ok = false;
    const quint64 number = middle.toULongLong(&ok, 16);
    const ScenarioTempGenerator& gen = m_generators[std::size_t(g)];
    if (!ok || number < gen.start || number - gen.start >= quint64(gen.count))
        return -1;
    // Only the spelling the generator makes: "tmp0001A.tmp" is not "tmp001A.tmp".
    QString canonical;
    appendHex(&canonical, number);
    if (canonical.toCaseFolded() != middle)
        return -1;
    return qint64(number - gen.start);
}

std::optional<qint64> ScenarioTempFolder::indexOf(const QString& name) const
{
    const QString folded = name.toCaseFolded();
    if (const auto it = m_namedIndex.constFind(folded); it != m_namedIndex.cend())
        return *it;
    for (const Segment& s : m_segments) {
        if (s.generator < 0)
            continue;
        const qint64 offset = offsetIn(s.generator, folded);
        if (offset >= 0 && !m_deleted[std::size_t(s.generator)][std::size_t(offset)])
            return s.begin + offset;
    }
    return std::nullopt;
}

const ScenarioTempFolder::Segment& ScenarioTempFolder::segmentOf(qint64 index) const
{
    // The last segment that begins at or before `index`.
    const auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), index,
                                     [](qint64 i, const Segment& s) { return i < s.begin; });
    return *(it - 1);
}

ScenarioTempEntry ScenarioTempFolder::generated(const Segment& segment, qint64 index) const
{
    if (const auto changed = m_changed.find(index); changed != m_changed.end())
        return changed->second;
    const ScenarioTempGenerator& gen = m_generators[std::size_t(segment.generator)];
    const qint64 offset = index - segment.begin;
    ScenarioTempEntry entry;
    entry.name = gen.nameOf(offset);
    entry.size_bytes = gen.size_bytes;
    entry.lastWriteUtc = gen.lastWriteUtc;
    entry.attributes = FileAttribute::Archive; // what Windows gives every new file
    entry.inUse = offset < gen.inUse;
    if (offset >= gen.inUse && offset < gen.inUse + gen.readOnly)
        entry.attributes |= FileAttribute::ReadOnly;
    entry.deleted = m_deleted[std::size_t(segment.generator)][std::size_t(offset)];
    return entry;
}

ScenarioTempEntry ScenarioTempFolder::at(qint64 index) const
{
    const Segment& segment = segmentOf(index);
    if (segment.generator < 0)
        return m_named[std::size_t(segment.namedBegin + (index - segment.begin))];
    return generated(segment, index);
}

ScenarioTempEntry& ScenarioTempFolder::mutableAt(qint64 index)
{
    const Segment& segment = segmentOf(index);
    if (segment.generator < 0)
        return m_named[std::size_t(segment.namedBegin + (index - segment.begin))];
    const auto changed = m_changed.find(index);
    if (changed != m_changed.end())
        return changed->second;
    return m_changed.emplace(index, generated(segment, index)).first->second; // a node: its address stays
}

void ScenarioTempFolder::remove(qint64 index)
{
    const Segment& segment = segmentOf(index);
    if (segment.generator < 0) {
        ScenarioTempEntry& entry = m_named[std::size_t(segment.namedBegin + (index - segment.begin))];
        entry.deleted = true;
        m_namedIndex.remove(entry.name.toCaseFolded());
        return;
    }
    m_deleted[std::size_t(segment.generator)][std::size_t(index - segment.begin)] = true;
    m_changed.erase(index); // a deleted entry needs no copy of its own
}

} // namespace mars
