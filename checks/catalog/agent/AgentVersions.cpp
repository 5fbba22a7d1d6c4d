// SPDX-License-Identifier: MIT
#include "AgentVersions.h"

#include "AgentFootprint.h"

#include <QLocale>

#include <algorithm>

namespace mars::agent {

quint64 VersionFact::packed() const
{
    quint64 value = 0;
    parseVersion(version, &value);
    return value;
}

QString VersionFact::sourceWithDate() const
{
    return AgentVersions::tr("%1 of %2").arg(source, QLocale().toString(sourceDate, QStringLiteral("MMMM yyyy")));
}

QList<VersionFact> AgentVersions::facts()
{
    // Sources, each with the date of the copy read (mars-checks.md §0 and its table "Newer than
    // the rest of this page", which wins where they disagree):
    //  - 2.0.9083.0: SupportArticles-docs backup-service-mars-agent-versions-not-match.md
    //    (KB4096064, ms.date 08/14/2020): below it, error 0x1FBD3; upgrade and register again.
    //  - 2.0.9249.0: MARS agent FAQ (backup-azure-file-folder-backup-faq, ms.date 08/14/2023): "A
    //    new parameter is added to the vault credentials file. It can be parsed correctly only
    //    with MARS agent version 2.0.9249.0 and above."
    //  - 2.0.9415.0 (KB5059322) and 2.0.9506.0 (KB5068415): the newest releases the support
    //    matrix for the MARS agent lists (copy of 11/2025, as recorded in mars-checks.md). A
    //    search of the stored documentation did not find these two numbers again (the stored
    //    copies are older), so they rest on that one reading.
    return {
            {VersionMilestone::MinimumWithoutAcs, QStringLiteral("2.0.9083.0"), QStringLiteral("KB4096064"),
             tr("Microsoft's support article on error 0x1FBD3"), QDate(2020, 8, 14)},
            {VersionMilestone::MinimumForVaultCredentials, QStringLiteral("2.0.9249.0"),
             QStringLiteral("MARS agent FAQ"), tr("Microsoft's MARS agent FAQ"), QDate(2023, 8, 14)},
            {VersionMilestone::Release, QStringLiteral("2.0.9415.0"), QStringLiteral("KB5059322"),
             tr("Microsoft's support matrix for the MARS agent"), QDate(2025, 11, 1)},
            {VersionMilestone::Release, QStringLiteral("2.0.9506.0"), QStringLiteral("KB5068415"),
             tr("Microsoft's support matrix for the MARS agent"), QDate(2025, 11, 1)},
    };
}

VersionFact AgentVersions::minimum(VersionMilestone milestone)
{
    const QList<VersionFact> all = facts();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [milestone](const VersionFact& fact) { return fact.milestone == milestone; });
    Q_ASSERT(it != all.cend());
    return it != all.cend() ? *it : VersionFact{};
}

VersionFact AgentVersions::newestKnown()
{
    VersionFact newest;
    for (const VersionFact& fact : facts()) {
        if (fact.milestone == VersionMilestone::Release && fact.packed() > newest.packed())
            newest = fact;
    }
    return newest;
}

} // namespace mars::agent
