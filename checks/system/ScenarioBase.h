// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace mars {

// "base" inheritance of scenario files (docs/scenario-schema.md, "Extending another scenario"):
// a fault scenario names a healthy machine and states only what differs. Works on the JSON
// before ScenarioParser validates the merged result, so a derived file is exactly as strict
// as a complete one.
//  - The base is resolved relative to the folder of the file that names it (also inside Qt
//    resources, ":/scenarios/..."), and must be a built-in scenario or an ordinary local file
//    inside the folder tree of the scenario named on the command line; at most kMaxDepth bases in a chain; a cycle is
//    an error naming the files.
//  - Objects (account, os, clock, tempFolder, knownFolders, winHttpProxy) merge field by
//    field; keyed lists (folders, files, registry, services, disks) merge entry by entry on
//    their key, an entry with "remove": true removes the base's entry; everything else, other
//    lists included, is replaced. null removes a field. name, description and expected are
//    never inherited.
class ScenarioBase
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioBase)
public:
    static constexpr int kMaxDepth = 4;

    // When *root names a base: replaces *root with the merged machine (without "base") and
    // sets *label to the name parse errors should start with. Without a base: leaves both
    // alone, refusing only "remove" entries, which need a base. False with *error set (one
    // sentence naming the file at fault) when something is wrong.
    static bool resolve(QJsonObject* root, const QString& sourcePath, QString* label, QString* error);

private:
    explicit ScenarioBase(QString* error);

    bool resolveChain(const QJsonObject& root, const QString& path, const QString& name, QStringList chain,
                      QStringList names, QJsonObject* out);
    bool withinTree(const QString& path, const QString& name);
    bool load(const QString& path, const QString& name, QJsonObject* out);
    bool merge(const QJsonObject& base, const QJsonObject& derived, const QString& name, QJsonObject* out);
    bool mergeList(const QString& list, const QJsonArray& base, const QJsonArray& derived, const QString& name,
                   QJsonArray* out);
    bool checkRemovedFoldersAreEmpty(const QJsonObject& merged, const QString& name);
    bool checkSchema(const QJsonObject& root, const QString& name);
    bool refuseRemoveEntries(const QJsonObject& root, const QString& name);
    bool fail(const QString& name, const QString& problem);

    QString* m_error;
    QString m_rootFolder; // canonical folder of the file named on the command line; ":" for a built-in one
    QList<std::pair<QString, QString>> m_removedFolders; // field, path: of the merge in progress
};

} // namespace mars
