// SPDX-License-Identifier: MIT
#include "AgentLogFiles.h"

#include "AgentFootprint.h"
#include "system/SystemProbe.h"

#include <QCoreApplication>

namespace mars::agent {

namespace {
// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace,
// which only by chance equals a context given at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::agent)
};

constexpr int kMaxListed = 10000; // as I4: a Temp folder of 10,000 entries is not the agent's
} // namespace

QString engineLogName()
{
    return QStringLiteral("CBEngineCurr.errlog");
}

QString newestGatewayLog(const CheckContext& context, const QString& folder, int maxListed, Probed<qint64>* listing)
{
    QString newest;
    QDateTime newestWrite;
    int listed = 0;
    const Probed<qint64> result = context.system().files().forEachEntry(folder, [&](const DirEntry& e) {
        if (e.isRegularFile() && e.name.startsWith(QLatin1String("GatewayProvider"), Qt::CaseInsensitive)
            && e.name.endsWith(QLatin1String(".errlog"), Qt::CaseInsensitive)
            && (newest.isEmpty() || e.lastWriteUtc > newestWrite)) {
            newest = e.name;
            newestWrite = e.lastWriteUtc;
        }
        return ++listed < maxListed && !context.isCancelled();
    });
    if (listing)
        *listing = result;
    return newest;
}

AgentLogList agentLogFiles(const CheckContext& context)
{
    AgentLogList list;
    const Probed<OsInfo> os = context.system().machine().osInfo();
    if (os.ok() && !os.value.isWindows) {
        list.notes.append(Texts::tr("This computer does not run Windows, so there are no agent logs to collect."));
        return list;
    }

    // Setup and the updater write to the system temp folder, also when the agent never installed.
    const Probed<QString> temp = context.system().files().systemTempDir();
    if (temp.ok()) {
        list.files.append({joinPath(temp.value, QStringLiteral("OBInstaller0Curr.errlog")),
                           Texts::tr("the agent's last installation (setup log)")});
        list.files.append({joinPath(temp.value, QStringLiteral("OBPatch.log")), Texts::tr("the agent's updates")});
    } else {
        list.notes.append(Texts::tr("The system temp folder could not be found, so setup's logs are missing: %1")
                                  .arg(temp.reason));
    }

    const Location installed = installedPath(context);
    if (!installed.reason.isEmpty()) {
        list.notes.append(Texts::tr("Where the agent is installed could not be read, so its own logs are missing: %1")
                                  .arg(installed.reason));
        return list;
    }
    const QString installDir = tidyPath(installed.path);
    if (installDir.isEmpty()) {
        list.notes.append(Texts::tr("The agent is not installed, so it has no logs of its own yet."));
        return list;
    }
    const QString folder = joinPath(installDir, QStringLiteral("Temp"));
    list.files.append({joinPath(folder, engineLogName()), Texts::tr("the agent's backup engine")});
    Probed<qint64> listing;
    const QString gateway = newestGatewayLog(context, folder, kMaxListed, &listing);
    if (!gateway.isEmpty())
        list.files.append({joinPath(folder, gateway), Texts::tr("the agent's connection to the vault (newest)")});
    else if (!listing.ok() && listing.status != ProbeStatus::NotFound)
        list.notes.append(Texts::tr("The agent's log folder %1 could not be listed: %2").arg(folder, listing.reason));
    else
        list.notes.append(Texts::tr("There is no GatewayProvider*.errlog in %1.").arg(folder));
    return list;
}

} // namespace mars::agent
