// SPDX-License-Identifier: MIT
#include "OsSupportedCheck.h"

#include "WindowsRelease.h"
#include "catalog/common/DocLinks.h"

namespace mars {

// What to do on a Windows version that cannot run .NET Framework 4.8 (the release names are
// those of windows::classify).
QString OsSupportedCheck::noDotNet48Remedy(const OsInfo& os, const QString& matrix)
{
    if (os.major == 6 && os.minor == 1)
        return tr("Install Service Pack 1 for this Windows version, then .NET Framework 4.8, then the agent. This "
                  "Windows version is at the end of support: the agent is supported on it only with Extended "
                  "Security Updates (see %1); plan the move to Windows Server 2022 or 2025.")
                .arg(matrix);
    if (windows::isServer(os))
        return tr("Upgrade or migrate this server to Windows Server 2016 or later (2019, 2022 or 2025) and install "
                  "the agent there, or move the server to an Azure virtual machine and protect it with Azure VM "
                  "backup, as the support matrix advises for servers at the end of support (%1).")
                .arg(matrix);
    return tr("Upgrade this computer to Windows 10 or 11 (or at least Windows 8.1), install .NET Framework 4.8 if "
              "Windows Update has not, then install the agent. The supported versions are listed at %1.")
            .arg(matrix);
}

CheckInfo OsSupportedCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A3"),
            .phases = Phase::Install,
            .title = tr("Supported Windows version"),
            .whyItMatters =
                    tr("The agent installs and is supported only on the Windows versions in Microsoft's support "
                       "matrix."),
            .docUrl = docs::supportMatrix(),
            .deadline_ms = 5000};
}

Finding OsSupportedCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const windows::Release release = windows::classify(os);
    const QString matrix = docs::supportMatrix();
    switch (release.support) {
    case windows::Support::Supported:
        f = makeFinding(Verdict::Pass, tr("%1 is a Windows version the agent supports.").arg(release.name));
        break;
    case windows::Support::FilesAndFoldersOnly:
        f = makeFinding(Verdict::Pass, tr("%1 is a Windows version the agent supports, for backing up files and "
                                          "folders only.")
                                               .arg(release.name));
        break;
    case windows::Support::NotYetListed:
        f = makeFinding(Verdict::Warning, tr("%1 is not yet listed in the support matrix (it is newer than Windows "
                                             "Server 2025), so it is not confirmed that the agent supports it.")
                                                  .arg(release.name));
        f.remedy = tr("Check the current support matrix at %1. If it lists %2, go ahead with the installation; "
                      "otherwise install the agent on Windows Server 2025 or 2022.")
                           .arg(matrix, release.name);
        break;
    case windows::Support::EndOfSupport:
        f = makeFinding(Verdict::Warning, tr("%1 has reached the end of support, so the agent is supported on it "
                                             "only while Extended Security Updates are installed.")
                                                  .arg(release.name));
        f.remedy = tr("Make sure the server receives Extended Security Updates (ESU) and has all of them installed, "
                      "and plan the move to Windows Server 2022 or 2025. The current agent also needs .NET "
                      "Framework 4.8 here. Support for the agent on this version can end at any time; see %1.")
                           .arg(matrix);
        break;
    case windows::Support::NoDotNet48:
        f = makeFinding(Verdict::Fail, tr("%1 cannot run .NET Framework 4.8, which the current agent needs, so the "
                                          "agent cannot be installed here.")
                                               .arg(release.name));
        f.remedy = noDotNet48Remedy(os, matrix);
        break;
    case windows::Support::Unsupported:
        f = makeFinding(Verdict::Fail,
                        tr("%1 is not a Windows version the agent supports, so it cannot be installed here.")
                                .arg(release.name));
        f.remedy = tr("Install the agent on a supported Windows: Windows Server 2025, 2022, 2019, 2016, 2012 R2 or "
                      "2012, or Windows 11, 10 or 8.1 for files and folders. The full list is at %1.")
                           .arg(matrix);
        break;
    }
    f.addEvidence(QStringLiteral("release"), tr("Windows release"), release.name)
            .addEvidence(QStringLiteral("product_name"), tr("Product name"), windows::orNotRecorded(os.productName))
            .addEvidence(QStringLiteral("edition_id"), tr("Edition"), windows::orNotRecorded(os.editionId))
            .addEvidence(QStringLiteral("os_version"), tr("Version"), windows::versionText(os))
            .addEvidence(QStringLiteral("product_type"), tr("Product type"), windows::productTypeId(os.productType));
    // Support matrix (11/2025; the 03/2026 revision lists the same), and the .NET 4.8 rule of
    // the install guide (08/2025).
    f.detail = tr("RtlGetVersion reported %1, product type %2. The support matrix lists Windows Server 2025, 2022, "
                  "2019, 2016, 2012 R2 and 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT, and "
                  "Storage Server) and Windows 11, 10, 8.1 and 8 (files and folders only); Windows 7, Server 2008 R2 "
                  "and Server 2008 SP2 are listed as end of support. The current agent's setup requires .NET "
                  "Framework 4.8, which does not run on Windows 8, Server 2008 SP2, or Windows 7 and Server 2008 R2 "
                  "without Service Pack 1. Windows 11 is told from Windows 10 by its build (22000 and later), since "
                  "its ProductName still reads \"Windows 10\".")
                       .arg(windows::versionText(os), windows::productTypeId(os.productType));
    if (os.major == 6 && (os.minor == 2 || os.minor == 3) && windows::isServer(os))
        f.detail += QLatin1Char(' ')
                    + tr("Windows Server 2012 and 2012 R2 left extended support in October 2023; the support matrix "
                         "still lists them, but Windows itself gets security updates only through Extended Security "
                         "Updates.");
    return f;
}

} // namespace mars
