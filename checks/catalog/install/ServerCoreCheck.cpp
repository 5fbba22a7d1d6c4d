// SPDX-License-Identifier: MIT
#include "ServerCoreCheck.h"

#include "WindowsRelease.h"
#include "catalog/common/DocLinks.h"

namespace mars {

CheckInfo ServerCoreCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A5"),
            .phases = Phase::Install,
            .title = tr("Not Server Core"),
            .whyItMatters = tr("The agent does not support Windows Server Core installations (no desktop); its console "
                               "needs the full Windows desktop."),
            .docUrl = docs::supportMatrix(),
            .deadline_ms = 5000};
}

bool ServerCoreCheck::isCore(const OsInfo& os)
{
    const QString type = os.installationType.trimmed();
    if (type.compare(QLatin1String("Server Core"), Qt::CaseInsensitive) == 0
        || type.compare(QLatin1String("Nano Server"), Qt::CaseInsensitive) == 0)
        return true;
    // Windows Server 2008 R2 and older named Core editions in EditionID ("ServerStandardCore");
    // DISM shortens them to "ServerStandardCor".
    const QString edition = os.editionId.trimmed();
    return edition.startsWith(QLatin1String("Server"), Qt::CaseInsensitive)
           && (edition.endsWith(QLatin1String("Core"), Qt::CaseInsensitive)
               || edition.endsWith(QLatin1String("Cor"), Qt::CaseInsensitive));
}

Finding ServerCoreCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const bool nano = os.installationType.trimmed().compare(QLatin1String("Nano Server"), Qt::CaseInsensitive) == 0;
    if (isCore(os)) {
        f = makeFinding(Verdict::Fail, nano ? tr("This server runs Nano Server, which the agent does not support.")
                                            : tr("This server is a Server Core installation (no desktop), which the "
                                                 "agent does not support."));
        f.remedy = tr("Install the agent on a Windows Server installed with the Desktop Experience. Windows Server "
                      "2016 and later cannot add the desktop to Server Core: use another server or reinstall with "
                      "\"Desktop Experience\". On Windows Server 2012 R2 the desktop can be added with the "
                      "PowerShell command Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.");
    } else if (!windows::isServer(os)) {
        f = makeFinding(Verdict::Pass, tr("This is a desktop edition of Windows, which has no Server Core "
                                          "installations to worry about."));
    } else {
        f = makeFinding(Verdict::Pass, tr("This server is installed with the full desktop, not as Server Core."));
    }
    f.addEvidence(QStringLiteral("installation_type"), tr("Installation type"),
                  windows::orNotRecorded(os.installationType))
            .addEvidence(QStringLiteral("edition_id"), tr("Edition"), windows::orNotRecorded(os.editionId))
            .addEvidence(QStringLiteral("product_type"), tr("Product type"), windows::productTypeId(os.productType));
    f.detail = tr("Read InstallationType and EditionID from HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion. "
                  "\"Server Core\" and \"Nano Server\" installation types, and editions ending in \"Core\", have no "
                  "desktop; the support matrix excludes Server Core SKUs.");
    if (windows::isServer(os) && os.installationType.trimmed().isEmpty() && os.editionId.trimmed().isEmpty())
        f.detail += QLatin1Char(' ')
                    + tr("Neither value is recorded on this server, so Server Core could not be ruled out from the "
                         "registry; Server Core has no Explorer, so a desktop in front of you settles it.");
    return f;
}

} // namespace mars
