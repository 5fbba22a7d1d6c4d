// SPDX-License-Identifier: MIT
#include "ScenarioFilesParser.h"

#include "ScenarioKeys.h"

#include <QJsonArray>

#include <algorithm>

namespace mars {

namespace {
using Reader = ScenarioJsonReader;
using Need = Reader::Need;
constexpr auto s = &Reader::s;

// Four numbers 0-65535, as VS_FIXEDFILEINFO holds them and Explorer shows them: "2.0.9262.0".
bool isFileVersion(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    return parts.size() == 4 && std::all_of(parts.cbegin(), parts.cend(), [](const QString& part) {
               const bool digits =
                       !part.isEmpty() && part.size() <= 5 && std::all_of(part.cbegin(), part.cend(), [](QChar c) {
                           return c >= QLatin1Char('0') && c <= QLatin1Char('9');
                       });
               return digits && part.toUInt() <= 0xFFFF;
           });
}

// The bytes the text takes on disk: UTF-16LE files start with their byte-order mark, as
// Windows tools write them; UTF-8 files have none.
qint64 encodedSize(const ScenarioFile& file)
{
    if (file.encoding == ScenarioFile::Encoding::Utf16Le)
        return 2 + 2 * qint64(file.text.size());
    return file.text.toUtf8().size();
}
} // namespace

ScenarioFilesParser::ScenarioFilesParser(ScenarioJsonReader& in, ScenarioModel& model, const QDateTime& now)
    : m_in(in)
    , m_model(model)
    , m_now(now)
{
}

bool ScenarioFilesParser::parse(const QJsonValue& section)
{
    QJsonArray items;
    if (!m_in.array(section, s("files"), &items))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = Reader::at(s("files"), i);
        QJsonObject item;
        if (!m_in.object(items.at(i), field, &item) || !parseFile(item, field))
            return false;
    }
    return true;
}

bool ScenarioFilesParser::parseFile(const QJsonObject& item, const QString& field)
{
    static const QStringList known =
            Reader::keyList({"path", "version", "text", "encoding", "size", "attributes", "readDenied", "ageHours"});
    const Reader::Choices<ScenarioFile::Encoding> encodings{{s("utf-8"), ScenarioFile::Encoding::Utf8},
                                                            {s("utf-16le"), ScenarioFile::Encoding::Utf16Le}};
    ScenarioFile file;
    QStringList attributeNames{s("archive")}; // what Windows gives every new file
    double age_h = 0;
    const QString pathField = Reader::join(field, s("path"));
    if (!m_in.onlyKnownKeys(item, field, known) || !m_in.windowsPath(item, field, s("path"), Need::Required, &file.path)
        || !m_in.string(item, field, s("version"), Need::Optional, &file.version)
        || !m_in.string(item, field, s("text"), Need::Optional, &file.text)
        || !m_in.choice(item, field, s("encoding"), Need::Optional, encodings, &file.encoding)
        || !m_in.strings(item, field, s("attributes"), Need::Optional, &attributeNames)
        || !m_in.boolean(item, field, s("readDenied"), Need::Optional, &file.readDenied)
        || !m_in.number(item, field, s("ageHours"), Need::Optional, 0, 1e6, &age_h))
        return false;
    if (item.contains(s("version")) && !isFileVersion(file.version))
        return m_in.fail(Reader::join(field, s("version")),
                         tr("must be four numbers from 0 to 65535 separated by dots, such as \"2.0.9262.0\""));
    if (item.contains(s("ageHours")))
        file.lastWriteUtc = m_now.addMSecs(-qint64(age_h * 3600.0 * 1000.0));
    file.size_bytes = encodedSize(file);
    if (!m_in.integer(item, field, s("size"), Need::Optional, 0, ScenarioModel::kMaxBytes, &file.size_bytes))
        return false;
    for (qsizetype a = 0; a < attributeNames.size(); ++a) {
        FileAttribute attribute{};
        const QString attributeField = Reader::at(Reader::join(field, s("attributes")), a);
        if (!fileAttributeFromName(attributeNames.at(a), &attribute))
            return m_in.fail(attributeField, tr("must be one of readonly, hidden, system, archive, sparse, "
                                                "reparse_point, compressed, encrypted"));
        if (attribute == FileAttribute::Directory)
            return m_in.fail(attributeField, tr("is directory, but a file is not a folder; list folders under "
                                                "\"folders\""));
        file.attributes |= attribute;
    }

    const QString key = ScenarioKeys::pathKey(file.path);
    const QString parent = ScenarioKeys::parentKey(key);
    if (parent.isEmpty())
        return m_in.fail(pathField, tr("is the root of a drive or share, which is a folder, not a file"));
    if (m_model.files.contains(key))
        return m_in.fail(pathField,
                         tr("repeats the file %1 (paths are compared without regard to case)").arg(file.path));
    const bool inTemp = key.startsWith(m_model.tempKey + QLatin1Char('\\'));
    if (inTemp && !m_model.tempExists)
        return m_in.fail(pathField, tr("is inside %1, but tempFolder.exists is false").arg(m_model.tempPath));
    if (parent == m_model.tempKey && !addToTempFolder(file, age_h, item.contains(s("size")), pathField))
        return false;
    // The parent folder exists; ScenarioParser adds its ancestors with the other implied folders.
    if (!m_model.folders.contains(parent)) {
        const QString parentPath = file.path.left(file.path.lastIndexOf(QLatin1Char('\\')));
        m_model.folders.insert(
                parent, ScenarioFolder{ScenarioKeys::canonicalPath(parentPath), FileAttribute::Directory, false, {}});
    }
    m_model.files.insert(key, file);
    m_fields.append(field);
    m_keys.append(key);
    return true;
}

bool ScenarioFilesParser::addToTempFolder(const ScenarioFile& file, double age_h, bool sizeGiven, const QString& field)
{
    ScenarioTempEntry entry;
    entry.name = file.path.mid(file.path.lastIndexOf(QLatin1Char('\\')) + 1);
    entry.size_bytes = sizeGiven ? file.size_bytes : encodedSize(file);
    entry.lastWriteUtc = m_now.addMSecs(-qint64(age_h * 3600.0 * 1000.0));
    entry.attributes = file.attributes;
    if (m_model.temp.total() >= ScenarioModel::kMaxTempEntries)
        return m_in.fail(
                field, tr("would make the temp folder hold more than %1 entries").arg(ScenarioModel::kMaxTempEntries));
    const QString name = entry.name;
    if (!m_model.temp.add(std::move(entry)))
        return m_in.fail(field, tr("names \"%1\", which tempFolder already lists; describe the file in one place "
                                   "only (in files, with ageHours, when it needs text)")
                                        .arg(name));
    return true;
}

bool ScenarioFilesParser::checkNoFileIsAFolder()
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const auto folder = m_model.folders.constFind(m_keys.at(i));
        if (folder != m_model.folders.cend())
            return m_in.fail(Reader::join(m_fields.at(i), s("path")),
                             tr("names %1, which is a folder (listed in folders, a disk root, the temp folder, "
                                "or the parent of another file)")
                                     .arg(folder->path));
    }
    return true;
}

} // namespace mars
