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
    if (m_model.temp.total() + count > ScenarioModel::kMaxTempEntries)
        return m_in.fail(
                Reader::join(field, s("count")),
                tr("would make the temp folder hold more than %1 entries").arg(ScenarioModel::kMaxTempEntries));
    if (m_model.temp.generatorCount() >= ScenarioTempFolder::kMaxGenerators)
        return m_in.fail(patternField, tr("is one pattern too many: a temp folder is described with at most %1")
                                               .arg(ScenarioTempFolder::kMaxGenerators));
    // Not made here: the folder makes each entry when it is listed or looked up (issue #16).
    ScenarioTempGenerator generator;
    generator.prefix = prefix;
    generator.suffix = suffix;
    generator.start = quint64(start);
    generator.count = count;
    generator.size_bytes = size;
    generator.lastWriteUtc = hoursBefore(m_now, age_h);
    generator.inUse = inUse; // the first `inUse` names, then the next `readOnly` ones
    generator.readOnly = readOnly;
    QString clash;
    if (!m_model.temp.addGenerator(std::move(generator), &clash) && clash.isEmpty())
        return m_in.fail(patternField, tr("makes names that other patterns could make too, more than can be checked; "
                                          "describe the folder with fewer patterns"));
    if (!clash.isEmpty())
        return m_in.fail(patternField, tr("names \"%1\" a second time in the temp folder (names are compared "
                                          "without regard to case)")
                                               .arg(clash));
    return true;
}

bool ScenarioTempParser::parseNames(const QJsonObject& section, const QString& key, FileAttributes attributes)
{
    QStringList list;
    const QString field = Reader::join(s("tempFolder"), key);
    if (!m_in.strings(section, s("tempFolder"), key, Need::Optional, &list))
        return false;
    if (m_model.temp.total() + list.size() > ScenarioModel::kMaxTempEntries)
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
    const QString name = entry.name;
    if (!m_model.temp.add(std::move(entry)))
        return m_in.fail(field, tr("names \"%1\" a second time in the temp folder (names are compared without "
                                   "regard to case)")
                                        .arg(name));
    return true;
}

} // namespace mars
