// SPDX-License-Identifier: MIT
#include "OsSupportedCheck.h"

#include "WindowsRelease.h"
#include "catalog/common/DocLinks.h"

namespace mars {

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
        f = makeFinding(Verdict::Warning, tr("%1 is not yet listed in the support matrix we ship with, so it is not "
                                             "confirmed that the agent supports it.")
                                                  .arg(release.name));
        f.remedy = tr("Check the current support matrix at %1. If it lists %2, go ahead with the installation; "
                      "otherwise install the agent on Windows Server 2022 or 2019.")
                           .arg(matrix, release.name);
        break;
    case windows::Support::EndOfSupport:
        f = makeFinding(Verdict::Warning, tr("%1 has reached the end of support, so the agent is supported on it "
                                             "only while Extended Security Updates are installed.")
                                                  .arg(release.name));
        f.remedy = tr("Make sure the server receives Extended Security Updates (ESU) and has all of them installed, "
                      "and plan the move to Windows Server 2019 or 2022. Support for the agent on this version can "
                      "end at any time; see %1.")
                           .arg(matrix);
        break;
    case windows::Support::Unsupported:
        f = makeFinding(Verdict::Fail,
                        tr("%1 is not a Windows version the agent supports, so it cannot be installed here.")
                                .arg(release.name));
        f.remedy = tr("Install the agent on a supported Windows: Windows Server 2012 R2, 2016, 2019 or 2022, or "
                      "Windows 10 or 11 for files and folders. The full list is at %1.")
                           .arg(matrix);
        break;
    }
    f.addEvidence(QStringLiteral("release"), tr("Windows release"), release.name)
            .addEvidence(QStringLiteral("product_name"), tr("Product name"), windows::orNotRecorded(os.productName))
            .addEvidence(QStringLiteral("edition_id"), tr("Edition"), windows::orNotRecorded(os.editionId))
            .addEvidence(QStringLiteral("os_version"), tr("Version"), windows::versionText(os))
            .addEvidence(QStringLiteral("product_type"), tr("Product type"), windows::productTypeId(os.productType));
    f.detail = tr("RtlGetVersion reported %1, product type %2. The support matrix (12/2022 copy) lists Windows "
                  "Server 2022, 2019, 2016, 2012 R2 and 2012 (Standard, Datacenter, Essentials, Foundation, and "
                  "Storage Server) and Windows 11, 10, 8.1 and 8 (files and folders only); Windows 7, Server 2008 R2 "
                  "and Server 2008 SP2 are listed as end of support. Windows 11 is told from Windows 10 by its build "
                  "(22000 and later), since its ProductName still reads \"Windows 10\".")
                       .arg(windows::versionText(os), windows::productTypeId(os.productType));
    if (os.major == 6 && (os.minor == 2 || os.minor == 3) && windows::isServer(os))
        f.detail += QLatin1Char(' ')
                    + tr("Windows Server 2012 and 2012 R2 left extended support in October 2023; whether the live "
                         "matrix still lists them is not confirmed.");
    return f;
}

} // namespace mars
