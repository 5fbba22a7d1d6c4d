// SPDX-License-Identifier: MIT
#include "ScenarioBase.h"

#include "LocalFile.h"
#include "ScenarioKeys.h"
#include "ScenarioParser.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace mars {

namespace {
QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

bool isObjectSection(const QString& key)
{
    static const QStringList sections{s("account"),    s("os"),           s("clock"),
                                      s("tempFolder"), s("knownFolders"), s("winHttpProxy"),
                                      s("rootStore"),  s("network"),      s("certificates")};
    return sections.contains(key);
}

// The fields that identify an entry of a keyed list; registry entries also have an optional "view".
QStringList keyFieldsOf(const QString& list)
{
    if (list == QLatin1String("folders") || list == QLatin1String("files"))
        return {s("path")};
    if (list == QLatin1String("disks"))
        return {s("root")};
    if (list == QLatin1String("services"))
        return {s("name")};
    if (list == QLatin1String("registry"))
        return {s("hive"), s("key"), s("name")};
    return {};
}

// Where a file names its base: Qt resources (":/...") and real folders alike.
QString basePathOf(const QString& includingPath, const QString& base)
{
    if (QDir::isAbsolutePath(base) || base.startsWith(QLatin1Char(':')))
        return QDir::cleanPath(base);
    return QDir::cleanPath(QFileInfo(includingPath).path() + QLatin1Char('/') + base);
}

// One spelling per file, so a cycle through "./a.json" and "a.json" is still a cycle.
QString identityOf(const QString& path)
{
    if (path.startsWith(QLatin1Char(':')))
        return QDir::cleanPath(path);
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

// A field-by-field merge; null in `derived` removes the field.
QJsonObject mergeObject(QJsonObject base, const QJsonObject& derived)
{
    for (auto it = derived.begin(); it != derived.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

struct EntryKey
{
    QString id; // compared as ScenarioParser compares duplicates
    QString display; // for messages
};

// Assumes keyFieldsOf(list) are present as strings.
EntryKey entryKey(const QString& list, const QJsonObject& o)
{
    const QString first = o.value(keyFieldsOf(list).constFirst()).toString();
    if (list != QLatin1String("registry")) {
        const bool isPath = list != QLatin1String("services");
        return {isPath ? ScenarioKeys::pathKey(first) : first.toCaseFolded(), first};
    }
    const QString hiveText = o.value(s("hive")).toString();
    const QString key = o.value(s("key")).toString();
    const QString name = o.value(s("name")).toString();
    const RegistryView view =
            o.value(s("view")).toString() == QLatin1String("32") ? RegistryView::Wow32 : RegistryView::Native64;
    const QString display =
            ScenarioBase::tr("the value \"%1\" of %2\\%3").arg(name, hiveText, ScenarioKeys::normalRegistryKey(key));
    static const QHash<QString, RegistryHive> hives{{s("HKLM"), RegistryHive::LocalMachine},
                                                    {s("HKU"), RegistryHive::Users},
                                                    {s("HKCU"), RegistryHive::CurrentUser}};
    const auto hive = hives.constFind(hiveText);
    if (hive == hives.cend()) // the parser rejects the hive; any stable id will do until then
        return {hiveText + QLatin1Char('\n') + key.toCaseFolded() + QLatin1Char('\n') + name.toCaseFolded(), display};
    return {ScenarioKeys::registryValueId(ScenarioKeys::registryKeyId(*hive, view, key), name), display};
}
} // namespace

ScenarioBase::ScenarioBase(QString* error)
    : m_error(error)
{
}

bool ScenarioBase::fail(const QString& name, const QString& problem)
{
    if (m_error)
        *m_error = tr("%1: %2.").arg(name, problem);
    return false;
}

bool ScenarioBase::resolve(QJsonObject* root, const QString& sourcePath, QString* label, QString* error)
{
    ScenarioBase resolver(error);
    if (sourcePath.startsWith(QLatin1Char(':')))
        resolver.m_rootFolder = QStringLiteral(":");
    else
        resolver.m_rootFolder = QFileInfo(QFileInfo(sourcePath).absolutePath()).canonicalFilePath();
    if (!root->contains(s("base")))
        return resolver.refuseRemoveEntries(*root, sourcePath);
    QJsonObject merged;
    if (!resolver.resolveChain(*root, sourcePath, sourcePath, {identityOf(sourcePath)}, {sourcePath}, &merged))
        return false;
    const QString baseName = QFileInfo(basePathOf(sourcePath, root->value(s("base")).toString())).fileName();
    *label = tr("%1 (merged with its base %2)").arg(sourcePath, baseName);
    *root = merged;
    return true;
}

bool ScenarioBase::resolveChain(const QJsonObject& root, const QString& path, const QString& name, QStringList chain,
                                QStringList names, QJsonObject* out)
{
    // The version first, in every file: a schema 2 base deserves "schema 2", not a merge error.
    if (!checkSchema(root, name))
        return false;
    if (!root.contains(s("base"))) {
        *out = root;
        return refuseRemoveEntries(root, name);
    }
    const QJsonValue baseValue = root.value(s("base"));
    if (!baseValue.isString() || baseValue.toString().trimmed().isEmpty())
        return fail(name, tr("base must be a string naming another scenario file, such as "
                             "\"../healthy-server.json\""));
    const QString basePath = basePathOf(path, baseValue.toString());
    const QString identity = identityOf(basePath);
    if (chain.contains(identity)) {
        names.append(basePath);
        return fail(name, tr("base makes a cycle: %1").arg(names.join(QStringLiteral(" -> "))));
    }
    if (chain.size() > kMaxDepth) {
        names.append(basePath);
        return fail(name, tr("base goes deeper than %1 levels: %2").arg(kMaxDepth).arg(names.join(s(" -> "))));
    }
    QJsonObject baseRoot, resolvedBase;
    if (!load(basePath, name, &baseRoot))
        return false;
    chain.append(identity);
    names.append(basePath);
    return resolveChain(baseRoot, basePath, basePath, chain, names, &resolvedBase)
           && merge(resolvedBase, root, name, out);
}

bool ScenarioBase::withinTree(const QString& path, const QString& name)
{
    // A base is another scenario of the same set: the built-in ones, or a file in the folder tree
    // of the scenario named on the command line. Anything else (the kernel log, a share, another
    // user's files) is refused by name before it is opened (issue #14).
    if (path.startsWith(QLatin1Char(':'))) {
        if (path.startsWith(QLatin1String(":/scenarios/")))
            return true;
        return fail(name, tr("base names %1, which is not one of the built-in scenarios (:/scenarios/...)").arg(path));
    }
    if (m_rootFolder.isEmpty() || m_rootFolder.startsWith(QLatin1Char(':')))
        return fail(name, tr("base names %1, but a built-in scenario can only be based on another built-in one "
                             "(:/scenarios/...)")
                                  .arg(path));
    const QFileInfo info(path);
    if (!info.exists())
        return fail(name, tr("base names %1, which does not exist").arg(path));
    // Canonical on both sides: "..", "." and links resolved, so neither can lead out of the tree.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_rootFolder + QLatin1Char('/')))
        return fail(name, tr("base names %1, which is outside the folder of the scenario file (%2); copy it there "
                             "or use a built-in scenario (:/scenarios/...)")
                                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_rootFolder)));
    return true;
}

bool ScenarioBase::load(const QString& path, const QString& name, QJsonObject* out)
{
    if (!withinTree(path, name))
        return false;
    // The same reader as --scenario: ordinary local files only, size-capped, time-bounded.
    const LocalFileRead::Result file = LocalFileRead::read(path, ScenarioParser::kMaxFileBytes);
    switch (file.status) {
    case LocalFileRead::Status::Ok: return ScenarioParser::decode(file.bytes, path, out, m_error);
    case LocalFileRead::Status::Missing: return fail(name, tr("base names %1, which does not exist").arg(path));
    case LocalFileRead::Status::Folder:
    case LocalFileRead::Status::NotRegular: return fail(name, tr("base names %1, which is not a file").arg(path));
    case LocalFileRead::Status::TooLarge: return fail(name, tr("base names %1, which is larger than 16 MB").arg(path));
    default: return fail(name, tr("base names %1, which cannot be read (%2)").arg(path, file.problem));
    }
}

bool ScenarioBase::checkSchema(const QJsonObject& root, const QString& name)
{
    const QJsonValue schema = root.value(s("schema"));
    if (schema.isUndefined())
        return fail(name, tr("schema is missing; this program reads scenario files with \"schema\": %1")
                                  .arg(ScenarioParser::kSchemaVersion));
    if (!schema.isDouble())
        return fail(name, tr("schema must be the number %1").arg(ScenarioParser::kSchemaVersion));
    if (schema.toDouble() != ScenarioParser::kSchemaVersion)
        return fail(name, tr("schema is %1, but this program reads only schema %2")
                                  .arg(QString::number(schema.toDouble()))
                                  .arg(ScenarioParser::kSchemaVersion));
    return true;
}

bool ScenarioBase::refuseRemoveEntries(const QJsonObject& root, const QString& name)
{
    for (const QString& list : {s("folders"), s("files"), s("registry"), s("services"), s("disks")}) {
        const QJsonArray items = root.value(list).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).toObject().contains(s("remove")))
                return fail(name,
                            tr("%1[%2] has \"remove\", but the file has no base to remove it from").arg(list).arg(i));
        }
    }
    return true;
}

bool ScenarioBase::merge(const QJsonObject& base, const QJsonObject& derived, const QString& name, QJsonObject* out)
{
    m_removedFolders.clear();
    QJsonObject result = base;
    // Never inherited: they describe the derived machine, not the base's.
    for (const char* own : {"name", "description", "expected", "base"})
        result.remove(s(own));
    for (auto it = derived.begin(); it != derived.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("base"))
            continue;
        if (value.isNull()) {
            result.remove(key);
        } else if (isObjectSection(key) && value.isObject()) {
            result.insert(key, mergeObject(result.value(key).toObject(), value.toObject()));
        } else if (!keyFieldsOf(key).isEmpty() && value.isArray()) {
            QJsonArray merged;
            if (!mergeList(key, result.value(key).toArray(), value.toArray(), name, &merged))
                return false;
            result.insert(key, merged);
        } else {
            result.insert(key, value); // the parser judges what it is
        }
    }
    *out = result;
    return checkRemovedFoldersAreEmpty(result, name);
}

bool ScenarioBase::checkRemovedFoldersAreEmpty(const QJsonObject& merged, const QString& name)
{
    // What is left inside a removed folder would bring it back as an implied folder: say so
    // instead of describing a machine that still has the folder.
    QStringList inside; // paths that imply their parents
    for (const char* list : {"folders", "files"}) {
        for (const QJsonValue item : merged.value(s(list)).toArray())
            inside.append(item.toObject().value(s("path")).toString());
    }
    for (const QJsonValue disk : merged.value(s("disks")).toArray())
        inside.append(disk.toObject().value(s("root")).toString());
    const QJsonObject temp = merged.value(s("tempFolder")).toObject();
    if (temp.value(s("exists")).toBool(true))
        inside.append(temp.value(s("path")).toString(s("C:\\Windows\\Temp")));
    for (const auto& [field, folder] : std::as_const(m_removedFolders)) {
        const QString removedKey = ScenarioKeys::pathKey(folder) + QLatin1Char('\\');
        for (const QString& path : std::as_const(inside)) {
            if (ScenarioKeys::pathKey(path).startsWith(removedKey))
                return fail(name, tr("%1 removes %2, but %3 is still inside it; remove that too, or keep the folder")
                                          .arg(field, folder, path));
        }
    }
    return true;
}

bool ScenarioBase::mergeList(const QString& list, const QJsonArray& base, const QJsonArray& derived,
                             const QString& name, QJsonArray* out)
{
    const QStringList keyFields = keyFieldsOf(list);
    const auto hasKey = [&keyFields](const QJsonObject& o) {
        return std::all_of(keyFields.cbegin(), keyFields.cend(),
                           [&o](const QString& f) { return o.value(f).isString(); });
    };
    QList<QJsonValue> entries(base.cbegin(), base.cend());
    QList<bool> removed(entries.size(), false);
    QHash<QString, qsizetype> index; // entry id -> position in `entries`
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        if (hasKey(o)) // a base entry without its key is left to the parser to reject
            index.insert(entryKey(list, o).id, i);
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < derived.size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(list).arg(i);
        if (!derived.at(i).isObject())
            return fail(name, tr("%1 must be an object ({ ... })").arg(field));
        const QJsonObject o = derived.at(i).toObject();
        for (const QString& keyField : keyFields) {
            if (!o.value(keyField).isString())
                return fail(name, tr("%1.%2 must be given as a string: in a file with a base, entries are matched "
                                     "to the base's entries by %3")
                                          .arg(field, keyField, keyFields.join(QStringLiteral(", "))));
        }
        const EntryKey key = entryKey(list, o);
        if (seen.contains(key.id))
            return fail(name, tr("%1 names %2 a second time").arg(field, key.display));
        seen.insert(key.id);
        const auto match = index.constFind(key.id);
        if (!o.contains(s("remove"))) {
            if (match != index.cend()) {
                entries[*match] = mergeObject(entries.at(*match).toObject(), o);
            } else {
                index.insert(key.id, entries.size());
                entries.append(o);
                removed.append(false);
            }
            continue;
        }
        if (o.value(s("remove")) != QJsonValue(true))
            return fail(name, tr("%1.remove must be true; leave it out to keep or change the entry").arg(field));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool allowed = keyFields.contains(it.key()) || it.key() == QLatin1String("remove")
                                 || (list == QLatin1String("registry") && it.key() == QLatin1String("view"));
            if (!allowed)
                return fail(name, tr("%1 removes %2, so it takes only %3 and remove, not \"%4\"")
                                          .arg(field, key.display, keyFields.join(QStringLiteral(", ")), it.key()));
        }
        if (match == index.cend())
            return fail(name, tr("%1 removes %2, which its base does not have").arg(field, key.display));
        removed[*match] = true; // marked, not erased: the other positions stay valid
        index.erase(match);
        if (list == QLatin1String("folders"))
            m_removedFolders.append({field, key.display});
    }
    QJsonArray result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!removed.at(i))
            result.append(entries.at(i));
    }
    *out = result;
    return true;
}

} // namespace mars
