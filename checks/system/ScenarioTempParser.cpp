// SPDX-License-Identifier: MIT
#include "ScenarioTempParser.h"

#include "ScenarioKeys.h"

#include <QJsonArray>

#include <algorithm>

namespace mars {

namespace {
using Reader = ScenarioJsonReader;
using Need = Reader::Need;
constexpr auto s = &Reader::s;

// GetTempFileName style: upper-case hex, at least four digits ("tmp00A3.tmp").
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

QDateTime hoursBefore(const QDateTime& now, double age_h)
{
    return now.addMSecs(-qint64(age_h * 3600.0 * 1000.0));
}
} // namespace

ScenarioTempParser::ScenarioTempParser(ScenarioJsonReader& in, ScenarioModel& model, QDateTime now)
    : m_in(in)
    , m_model(model)
    , m_now(std::move(now))
{
}

bool ScenarioTempParser::parse(const QJsonValue& section)
{
    const QString field = s("tempFolder");
    QJsonObject o;
    QString path = s("C:\\Windows\\Temp");
    QJsonArray files;
    if (!m_in.object(section, field, &o)
        || !m_in.onlyKnownKeys(o, field, Reader::keyList({"path", "exists", "files", "directories", "symlinks"}))
        || !m_in.windowsPath(o, field, s("path"), Need::Optional, &path)
        || !m_in.boolean(o, field, s("exists"), Need::Optional, &m_model.tempExists))
        return false;
    m_model.tempPath = ScenarioKeys::canonicalPath(path);
    m_model.tempKey = ScenarioKeys::pathKey(path);
    if (!m_model.tempExists) {
        if (o.contains(s("files")) || o.contains(s("directories")) || o.contains(s("symlinks")))
            return m_in.fail(s("tempFolder.exists"),
                             tr("is false, so the folder cannot hold files, directories or symlinks (in a file "
                                "with a base, drop the base's with \"files\": null)"));
        return true;
    }
    if (!m_model.folders.contains(m_model.tempKey))
        m_model.folders.insert(m_model.tempKey, ScenarioFolder{m_model.tempPath, FileAttribute::Directory, false, {}});

    if (o.contains(s("files")) && !m_in.array(o.value(s("files")), s("tempFolder.files"), &files))
        return false;
    // Reserve once: a 70,000-file generator must not reallocate its way to the end.
    qint64 expected = 0;
    for (const QJsonValue item : std::as_const(files)) {
        const double count = item.toObject().value(s("count")).toDouble(1);
        expected += count >= 1 && count <= double(ScenarioModel::kMaxTempEntries) ? qint64(count) : 1;
    }
    expected = std::min(expected, ScenarioModel::kMaxTempEntries);
    m_model.tempEntries.reserve(std::size_t(expected));
    m_model.tempIndex.reserve(expected);

    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString itemField = Reader::at(s("tempFolder.files"), i);
        QJsonObject item;
        if (!m_in.object(files.at(i), itemField, &item))
            return false;
        const bool generator = item.contains(s("pattern"));
        if (generator && item.contains(s("name")))
            return m_in.fail(itemField, tr("has both name and pattern; a file has a name, a generator a pattern"));
        if (!(generator ? parseGenerator(item, itemField) : parseFile(item, itemField)))
            return false;
    }
    return parseNames(o, s("directories"), FileAttribute::Directory)
           && parseNames(o, s("symlinks"), FileAttribute::ReparsePoint);
}

bool ScenarioTempParser::parseFile(const QJsonObject& item, const QString& field)
{
    ScenarioTempEntry entry;
    bool readOnly = false;
    double age_h = 0;
    if (!m_in.onlyKnownKeys(item, field, Reader::keyList({"name", "size", "ageHours", "readOnly", "inUse"}))
        || !m_in.string(item, field, s("name"), Need::Required, &entry.name)
        || !m_in.integer(item, field, s("size"), Need::Optional, 0, ScenarioModel::kMaxBytes, &entry.size_bytes)
        || !m_in.number(item, field, s("ageHours"), Need::Optional, 0, 1e6, &age_h)
        || !m_in.boolean(item, field, s("readOnly"), Need::Optional, &readOnly)
        || !m_in.boolean(item, field, s("inUse"), Need::Optional, &entry.inUse)
        || !plainName(entry.name, Reader::join(field, s("name"))))
        return false;
    entry.attributes = FileAttribute::Archive; // what Windows gives every new file
    if (readOnly)
        entry.attributes |= FileAttribute::ReadOnly;
    entry.lastWriteUtc = hoursBefore(m_now, age_h);
    return addEntry(std::move(entry), Reader::join(field, s("name")));
}

bool ScenarioTempParser::parseGenerator(const QJsonObject& item, const QString& field)
{
    QString pattern;
    qint64 count = 0, start = 1, size = 0, inUse = 0, readOnly = 0;
    double age_h = 0;
    if (!m_in.onlyKnownKeys(item, field,
                            Reader::keyList({"pattern", "count", "start", "size", "ageHours", "inUse", "readOnly"}))
        || !m_in.string(item, field, s("pattern"), Need::Required, &pattern)
        || !m_in.integer(item, field, s("count"), Need::Required, 0, ScenarioModel::kMaxTempEntries, &count)
        || !m_in.integer(item, field, s("start"), Need::Optional, 0, 0xFFFFFFFFLL, &start)
        || !m_in.integer(item, field, s("size"), Need::Optional, 0, ScenarioModel::kMaxBytes, &size)
        || !m_in.number(item, field, s("ageHours"), Need::Optional, 0, 1e6, &age_h)
        || !m_in.integer(item, field, s("inUse"), Need::Optional, 0, count, &inUse)
        || !m_in.integer(item, field, s("readOnly"), Need::Optional, 0, count - inUse, &readOnly))
        return false;
    const QString placeholder = s("{n}");
    const QString patternField = Reader::join(field, s("pattern"));
    if (pattern.count(placeholder) != 1)
        return m_in.fail(patternField, tr("must contain {n} exactly once, such as \"tmp{n}.tmp\""));
    const qsizetype cut = pattern.indexOf(placeholder);
    const QString prefix = pattern.left(cut);
    const QString suffix = pattern.mid(cut + placeholder.size());
    if (!plainName(prefix + s("0") + suffix, patternField))
        return false;
    if (qint64(m_model.tempEntries.size()) + count > ScenarioModel::kMaxTempEntries)
        return m_in.fail(
                Reader::join(field, s("count")),
                tr("would make the temp folder hold more than %1 entries").arg(ScenarioModel::kMaxTempEntries));
    const QDateTime lastWrite = hoursBefore(m_now, age_h);
    for (qint64 i = 0; i < count; ++i) {
        ScenarioTempEntry entry;
        entry.name.reserve(prefix.size() + 8 + suffix.size());
        entry.name.append(prefix);
        appendHex(&entry.name, quint64(start + i));
        entry.name.append(suffix);
        entry.size_bytes = size;
        entry.lastWriteUtc = lastWrite;
        entry.attributes = FileAttribute::Archive;
        entry.inUse = i < inUse; // the first `inUse` names, then the next `readOnly` ones
        if (i >= inUse && i < inUse + readOnly)
            entry.attributes |= FileAttribute::ReadOnly;
        if (!addEntry(std::move(entry), patternField))
            return false;
    }
    return true;
}

bool ScenarioTempParser::parseNames(const QJsonObject& section, const QString& key, FileAttributes attributes)
{
    QStringList list;
    const QString field = Reader::join(s("tempFolder"), key);
    if (!m_in.strings(section, s("tempFolder"), key, Need::Optional, &list))
        return false;
    if (qint64(m_model.tempEntries.size()) + list.size() > ScenarioModel::kMaxTempEntries)
        return m_in.fail(
                field, tr("would make the temp folder hold more than %1 entries").arg(ScenarioModel::kMaxTempEntries));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemField = Reader::at(field, i);
        if (!plainName(list.at(i), itemField))
            return false;
        ScenarioTempEntry entry;
        entry.name = list.at(i);
        entry.attributes = attributes;
        entry.lastWriteUtc = m_now;
        if (!addEntry(std::move(entry), itemField))
            return false;
    }
    return true;
}

bool ScenarioTempParser::plainName(const QString& name, const QString& field)
{
    if (!ScenarioKeys::isPlainFileName(name))
        return m_in.fail(field, tr("must be a plain file name (no folder, none of \\ / : * ? \" < > |)"));
    return true;
}

bool ScenarioTempParser::addEntry(ScenarioTempEntry entry, const QString& field)
{
    const qsizetype before = m_model.tempIndex.size();
    qsizetype& slot = m_model.tempIndex[entry.name.toCaseFolded()]; // one hash lookup per entry
    if (m_model.tempIndex.size() == before)
        return m_in.fail(field, tr("names \"%1\" a second time in the temp folder (names are compared without "
                                   "regard to case)")
                                        .arg(entry.name));
    slot = qsizetype(m_model.tempEntries.size());
    m_model.tempEntries.push_back(std::move(entry));
    return true;
}

} // namespace mars
