// SPDX-License-Identifier: MIT
#include "PowerShellVersionCheck.h"

#include "WindowsRelease.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

namespace {
// Windows Management Framework 5.1 (Windows PowerShell 5.1) for Server 2012 / 2012 R2 / 2008 R2
// SP1 and Windows 7 SP1 / 8.1; Windows 10, 11 and Server 2016 and later have 5.1 built in.
const char* const kWmf51 = "https://www.microsoft.com/download/details.aspx?id=54616";
} // namespace

QString PowerShellVersionCheck::engineKey(int generation)
{
    return QStringLiteral("SOFTWARE\\Microsoft\\PowerShell\\%1\\PowerShellEngine").arg(generation);
}

CheckInfo PowerShellVersionCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A8"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Windows PowerShell version"),
            .whyItMatters = tr("The current agent's setup needs Windows PowerShell 5.0 or later (5.1 in practice), "
                               "and the agent's scheduled backups run through Windows PowerShell."),
            .docUrl = docs::installAgent(),
            .deadline_ms = 5000};
}

Finding PowerShellVersionCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const auto read = [&](int generation) {
        return context.system().registry().readRegistry(RegistryHive::LocalMachine, engineKey(generation),
                                                        QStringLiteral("PowerShellVersion"), RegistryView::Native64);
    };
    const QString install = tr("Install Windows Management Framework 5.1 (it brings Windows PowerShell 5.1) from %1 "
                               "for this Windows version, restart the server, then run the agent's setup again. WMF "
                               "5.1 needs .NET Framework 4.5 or later first.")
                                    .arg(QLatin1String(kWmf51));

    const Probed<RegistryValue> modern = read(3);
    Probed<RegistryValue> legacy;
    QString found;
    if (modern.ok()) {
        found = modern.value.data.toString().trimmed();
        bool number = false;
        const int major = found.section(QLatin1Char('.'), 0, 0).toInt(&number);
        if (!number) {
            // The PowerShell\3 key exists only for 3.0 and later; a value that is not a version
            // still tells that much, but not whether it is 5.0.
            f = makeFinding(Verdict::Warning, tr("Windows PowerShell 3.0 or later is installed, but its version could "
                                                 "not be read; the agent's setup needs 5.0 or later."));
            f.remedy = tr("Run \"$PSVersionTable.PSVersion\" in Windows PowerShell. If it shows a version below 5.0, "
                          "install Windows Management Framework 5.1 from %1 and restart the server.")
                               .arg(QLatin1String(kWmf51));
        } else if (major < kMinimumMajor) {
            f = makeFinding(Verdict::Fail, tr("Windows PowerShell %1 is installed, but the agent's setup needs Windows "
                                              "PowerShell 5.0 or later.")
                                                   .arg(found));
            f.remedy = install;
        } else {
            f = makeFinding(Verdict::Pass,
                            tr("Windows PowerShell %1 is installed, as the agent needs (5.0 or later).").arg(found));
        }
    } else if (modern.status != ProbeStatus::NotFound) {
        return probeError(tr("The installed Windows PowerShell version could not be read."), modern.reason);
    } else {
        legacy = read(1);
        if (legacy.ok()) {
            found = legacy.value.data.toString().trimmed();
            f = makeFinding(Verdict::Fail, tr("Only Windows PowerShell %1 is installed, but the agent's setup needs "
                                              "Windows PowerShell 5.0 or later.")
                                                   .arg(found.isEmpty() ? QStringLiteral("2.0") : found));
        } else if (legacy.status == ProbeStatus::NotFound) {
            f = makeFinding(Verdict::Fail, tr("Windows PowerShell is not installed, but the agent's setup needs "
                                              "Windows PowerShell 5.0 or later."));
        } else {
            return probeError(tr("The installed Windows PowerShell version could not be read."), legacy.reason);
        }
        f.remedy = install;
    }
    f.addEvidence(QStringLiteral("powershell_version"), tr("Windows PowerShell version"),
                  !found.isEmpty() ? found : (modern.ok() ? tr("not recorded") : tr("not installed")))
            .addEvidence(QStringLiteral("registry_key"), tr("Read from"),
                         QStringLiteral("HKLM\\") + engineKey(modern.ok() || !legacy.ok() ? 3 : 1))
            .addEvidence(QStringLiteral("windows_version"), tr("Windows version"), windows::versionText(os));
    f.detail = tr("PowerShellVersion read from HKLM\\%1 (present for PowerShell 3.0 and later), else from HKLM\\%2 "
                  "(PowerShell 1.0 and 2.0). Microsoft's install guide (08/2025) says the agent's setup requires "
                  "Windows PowerShell 5.0; the troubleshooting guide's \"3.0 or later\" is for scheduled backups. "
                  "PowerShell 7 (pwsh.exe) is a separate product and does not count.")
                       .arg(engineKey(3), engineKey(1));
    return f;
}

} // namespace mars
