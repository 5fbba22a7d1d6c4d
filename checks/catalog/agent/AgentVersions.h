// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// What this tool knows about MARS agent versions (mars-checks.md §1.4 "Version milestones" and
// its table "Newer than the rest of this page"), as data: one row per fact, each with the
// document it comes from and that document's date. The checks ask this table and say in their
// sentences how old the knowledge is; a new agent release is one more row here.
namespace mars::agent {

enum class VersionMilestone : quint8 {
    // Below this version the agent used the retired Azure ACS: it must be upgraded and the
    // server registered again (error 0x1FBD3).
    MinimumWithoutAcs = 1,
    // Below this version the agent cannot parse current vault credentials files.
    MinimumForVaultCredentials,
    // A published agent release; the newest of these rows is the newest version known.
    Release,
};

struct VersionFact
{
    VersionMilestone milestone = VersionMilestone::Release;
    QString version; // four numbers, "2.0.9506.0"
    QString reference; // KB number or article the version is listed under, "KB5068415"
    QString source; // the document, in words (translated), "Microsoft's support matrix for the MARS agent"
    QDate sourceDate; // the date of the copy read (day 1 when only the month is known)

    quint64 packed() const; // for comparison (parseVersion)
    // "Microsoft's support matrix for the MARS agent of November 2025" (month and year in the
    // user's language).
    QString sourceWithDate() const;
};

class AgentVersions
{
    Q_DECLARE_TR_FUNCTIONS(mars::agent::AgentVersions)

public:
    // Every row, oldest version first.
    static QList<VersionFact> facts();
    // The row of a minimum (MinimumWithoutAcs, MinimumForVaultCredentials).
    static VersionFact minimum(VersionMilestone milestone);
    // The newest Release row.
    static VersionFact newestKnown();
};

} // namespace mars::agent
