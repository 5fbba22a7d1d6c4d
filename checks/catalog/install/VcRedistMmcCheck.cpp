// SPDX-License-Identifier: MIT
#include "VcRedistMmcCheck.h"

#include "WindowsRelease.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <utility>

namespace mars {

namespace {
const char* const kKb2934202 = "https://support.microsoft.com/help/2934202";
// The permalink of the latest supported Visual C++ v14 Redistributable (x64) ("Latest supported
// Visual C++ Redistributable downloads", 12/2025).
const char* const kVc14Latest = "https://aka.ms/vc14/vc_redist.x64.exe";

// "v14.40.33810.00" -> {14, 40}; {-1, -1} when it is not a version.
std::pair<int, int> majorMinor(const QString& version)
{
    QString text = version.trimmed();
    if (text.startsWith(QLatin1Char('v'), Qt::CaseInsensitive))
        text.remove(0, 1);
    bool majorOk = false;
    bool minorOk = false;
    const int major = text.section(QLatin1Char('.'), 0, 0).toInt(&majorOk);
    const int minor = text.section(QLatin1Char('.'), 1, 1).toInt(&minorOk);
    if (!majorOk || !minorOk)
        return {-1, -1};
    return {major, minor};
}
} // namespace

QString VcRedistMmcCheck::vc90Prefix()
{
    return QStringLiteral("amd64_microsoft.vc90.crt_1fc8b3b9a1e18e3b_9.0.21022.8_");
}

QString VcRedistMmcCheck::vc90Folder()
{
    return vc90Prefix() + QStringLiteral("none_750b37ff97f4f68b");
}

QString VcRedistMmcCheck::vc14Key()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\VisualStudio\\14.0\\VC\\Runtimes\\X64");
}

CheckInfo VcRedistMmcCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A9"),
            .phases = Phase::Install,
            .title = tr("MMC, DISM and Visual C++ runtimes"),
            .whyItMatters = tr("The agent's console is an MMC snap-in; its setup needs DISM and, on Windows Server "
                               "2008 R2, the Visual C++ 2008 runtime; and the support matrix lists the latest Visual "
                               "C++ 2015-2022 runtime (x64) as a prerequisite."),
            .docUrl = docs::supportMatrix(),
            .deadline_ms = 30000};
}

Finding VcRedistMmcCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const SystemProbe& system = context.system();
    const Probed<QString> system32 = system.files().knownFolder(KnownFolder::System32);
    if (!system32.ok())
        return probeError(tr("The Windows system folder could not be found, so MMC and DISM could not be checked."),
                          system32.reason);

    QList<Problem> problems;
    QList<Evidence> evidence;
    const QString repair = tr("Restore the Windows system files: run \"sfc /scannow\" in a command prompt as "
                              "administrator and restart, or repair Windows from its installation media.");

    const QString mmcPath = agent::joinPath(system32.value, QStringLiteral("mmc.exe"));
    const Probed<QString> mmc = system.files().fileVersion(mmcPath);
    QString mmcText;
    if (mmc.ok()) {
        mmcText = mmc.value;
        bool number = false;
        const int major = mmc.value.section(QLatin1Char('.'), 0, 0).toInt(&number);
        if (!number)
            problems.append({Verdict::Error,
                             tr("The version of %1 (\"%2\") could not be understood.").arg(mmcPath, mmc.value),
                             {},
                             {}});
        else if (major < 6)
            problems.append({Verdict::Fail,
                             tr("The Microsoft Management Console is version %1, older than the MMC "
                                "3.0 the agent's console needs.")
                                     .arg(mmc.value),
                             tr("Install Microsoft Management Console 3.0 (included in every supported Windows) "
                                "through Windows Update."),
                             {}});
    } else if (mmc.status == ProbeStatus::NotFound) {
        mmcText = tr("missing");
        problems.append({Verdict::Fail,
                         tr("The Microsoft Management Console (mmc.exe) is missing, and the agent's "
                            "console needs MMC 3.0."),
                         repair,
                         {}});
    } else {
        mmcText = tr("not readable");
        problems.append(
                {Verdict::Error, tr("The version of %1 could not be read: %2").arg(mmcPath, mmc.reason), {}, {}});
    }
    evidence.append({QStringLiteral("mmc_version"), tr("mmc.exe version"), mmcText});

    const QString dismPath = agent::joinPath(system32.value, QStringLiteral("dism.exe"));
    const Probed<FileAttributes> dism = system.files().fileAttributes(dismPath);
    // The matrix lists DISM.exe in the rows of Windows Server 2012 and 2008 R2.
    const bool dismRequired = windows::isServer(os) && os.major == 6 && (os.minor == 1 || os.minor == 2);
    if (dism.ok()) {
        evidence.append({QStringLiteral("dism"), tr("DISM.exe"), tr("present")});
    } else if (dism.status == ProbeStatus::NotFound) {
        evidence.append({QStringLiteral("dism"), tr("DISM.exe"), tr("missing")});
        problems.append({dismRequired ? Verdict::Fail : Verdict::Warning,
                         dismRequired ? tr("DISM.exe is missing from %1, and the agent's setup needs it on this "
                                           "Windows version.")
                                                .arg(system32.value)
                                      : tr("DISM.exe is missing from %1, and the agent's support matrix lists it as a "
                                           "prerequisite.")
                                                .arg(system32.value),
                         repair,
                         {}});
    } else {
        evidence.append({QStringLiteral("dism"), tr("DISM.exe"), tr("not readable")});
        problems.append({Verdict::Error, tr("%1 could not be checked: %2").arg(dismPath, dism.reason), {}, {}});
    }

    if (os.major == 6 && os.minor == 1) { // KB2934202: only Windows 7 / Server 2008 R2
        const Probed<QString> windowsDir = system.files().knownFolder(KnownFolder::Windows);
        if (!windowsDir.ok()) {
            // Keep what MMC and DISM already showed: the missing Windows folder is one more problem.
            evidence.append({QStringLiteral("vc90_runtime"), tr("Visual C++ 2008 runtime (x64)"), tr("not readable")});
            problems.append({Verdict::Error,
                             tr("The Windows folder could not be found, so the Visual C++ 2008 runtime could not be "
                                "checked: %1")
                                     .arg(windowsDir.reason),
                             {},
                             {}});
        }
    }
    if (os.major == 6 && os.minor == 1 && system.files().knownFolder(KnownFolder::Windows).ok()) {
        const Probed<QString> windowsDir = system.files().knownFolder(KnownFolder::Windows);
        const QString winSxS = agent::joinPath(windowsDir.value, QStringLiteral("WinSxS"));
        // The runtime's usual folder first: one query instead of a listing of tens of thousands
        // of entries (and what a scenario can describe); then any folder with its prefix.
        QString match;
        Probed<qint64> listed = Probed<qint64>::good(0);
        const Probed<FileAttributes> usual = system.files().fileAttributes(agent::joinPath(winSxS, vc90Folder()));
        if (usual.ok() && usual.value.testFlag(FileAttribute::Directory)) {
            match = vc90Folder();
        } else {
            listed = system.files().forEachEntry(winSxS, [&](const DirEntry& entry) {
                if (context.isCancelled())
                    return false;
                if (entry.isDirectory() && entry.name.startsWith(vc90Prefix(), Qt::CaseInsensitive)) {
                    match = entry.name;
                    return false;
                }
                return true;
            });
        }
        if (context.isCancelled())
            return makeFinding(Verdict::Cancelled, tr("The check was cancelled while reading %1.").arg(winSxS));
        // KB2934202 names the package but links no download; the runtime it needs is 9.0.21022.8.
        const QString vcRemedy = tr("Install the \"Microsoft Visual C++ 2008 Redistributable Package (x64)\" (runtime "
                                    "9.0.21022.8) from the Microsoft Download Center, then run the agent's setup "
                                    "again. A newer Visual C++ runtime does not fix this (KB2934202: %1).")
                                         .arg(QLatin1String(kKb2934202));
        if (listed.ok() || listed.status == ProbeStatus::NotFound) { // no WinSxS folder: no runtime either
            evidence.append({QStringLiteral("vc90_runtime"), tr("Visual C++ 2008 runtime (x64)"),
                             match.isEmpty() ? tr("not installed") : match});
            if (match.isEmpty())
                problems.append({Verdict::Fail,
                                 tr("The Microsoft Visual C++ 2008 Redistributable (x64) is missing, so "
                                    "the agent's setup fails with \"Unable to execute the embedded "
                                    "application\"."),
                                 vcRemedy,
                                 {}});
        } else {
            evidence.append({QStringLiteral("vc90_runtime"), tr("Visual C++ 2008 runtime (x64)"), tr("not readable")});
            problems.append({Verdict::Error, tr("%1 could not be listed: %2").arg(winSxS, listed.reason), {}, {}});
        }
    }

    checkVc14(context, os, &problems, &evidence);

    const bool vc90Checked = os.major == 6 && os.minor == 1;
    f = worstOf(problems,
                vc90Checked ? tr("MMC 3.0, DISM, the Visual C++ 2008 runtime (x64) and the Visual C++ 2015-2022 "
                                 "runtime (x64) that the agent needs are all installed.")
                            : tr("MMC 3.0, DISM and the Visual C++ 2015-2022 runtime (x64), which the agent needs, are "
                                 "installed."),
                tr("The agent's smaller prerequisites (MMC, DISM, Visual C++ runtimes) could not all be checked."));
    f.evidence = evidence;
    if (f.verdict != Verdict::Error) {
        for (const Problem& p : problems)
            f.detail += p.sentence + QLatin1Char(' ');
        f.detail += tr("Checked %1 (file version 6.x or later is MMC 3.0), %2, on Windows 7 / Server 2008 R2 a "
                       "%3\\WinSxS folder starting with %4 (the VC++ 2008 x64 runtime, KB2934202), and HKLM\\%5 "
                       "Installed and Version in the 64-bit and the 32-bit registry view (the VC++ 2015-2022 x64 "
                       "runtime the support matrix of 11/2025 lists).")
                            .arg(mmcPath, dismPath, QStringLiteral("%windir%"), vc90Prefix(), vc14Key());
    }
    return f;
}

void VcRedistMmcCheck::checkVc14(const CheckContext& context, const OsInfo& os, QList<Problem>* problems,
                                 QList<Evidence>* evidence) const
{
    struct View
    {
        RegistryView view;
        const char* name;
    };
    const View views[] = {{RegistryView::Native64, "64-bit"}, {RegistryView::Wow32, "32-bit"}};
    QString newest; // the Version of the newest installed runtime
    std::pair<int, int> newestNumber{-1, -1};
    bool installed = false;
    QStringList unreadable;
    for (const View& v : views) {
        const auto read = [&](const char* name) {
            return context.system().registry().readRegistry(RegistryHive::LocalMachine, vc14Key(), QLatin1String(name),
                                                            v.view);
        };
        const Probed<RegistryValue> flag = read("Installed");
        const Probed<RegistryValue> version = read("Version");
        for (const Probed<RegistryValue>* value : {&flag, &version}) {
            if (!value->ok() && value->status != ProbeStatus::NotFound)
                unreadable.append(tr("%1 registry view: %2").arg(QLatin1String(v.name), value->reason));
        }
        // Installed = 0 is an uninstalled runtime; a Version without the flag still counts.
        const bool flagOff = flag.ok() && flag.value.data.toUInt() == 0;
        if (flagOff || (!flag.ok() && !version.ok()))
            continue;
        installed = true;
        const QString text = version.ok() ? version.value.data.toString().trimmed() : QString();
        const std::pair<int, int> number = majorMinor(text);
        if (newest.isEmpty() || number > newestNumber) {
            newest = text;
            newestNumber = number;
        }
    }

    const QString label = tr("Visual C++ 2015-2022 runtime (x64)");
    if (!installed && !unreadable.isEmpty()) {
        evidence->append({QStringLiteral("vc14_runtime"), label, tr("not readable")});
        problems->append({Verdict::Error,
                          tr("The Visual C++ 2015-2022 runtime (x64) could not be checked: %1")
                                  .arg(unreadable.join(QStringLiteral("; "))),
                          {},
                          {}});
        return;
    }
    evidence->append({QStringLiteral("vc14_runtime"), label,
                      !installed         ? tr("not installed")
                      : newest.isEmpty() ? tr("installed (version not recorded)")
                                         : newest});
    // The newest v14 package supports Windows 10/11 and Server 2016 and later only (12/2025);
    // older Windows needs an earlier v14 package (my.visualstudio.com keeps them).
    QString remedy = tr("Install the latest supported Microsoft Visual C++ Redistributable (x64) from %1, then run the "
                        "agent's setup again.")
                             .arg(QLatin1String(kVc14Latest));
    if (os.major < 10)
        remedy += QLatin1Char(' ')
                  + tr("The newest package installs only on Windows 10 and 11 and Windows Server 2016 and later; on "
                       "this Windows version, install the Visual Studio 2022 version of the Visual C++ "
                       "Redistributable (x64), which my.visualstudio.com offers.");
    if (!installed) {
        problems->append({Verdict::Warning,
                          tr("The Microsoft Visual C++ 2015-2022 Redistributable (x64) is not installed, and the "
                             "support matrix lists it as a prerequisite of the agent."),
                          remedy,
                          {}});
    } else if (newestNumber.first == 14 && newestNumber.second < 10) {
        // 14.0.x is the Visual Studio 2015 runtime; 2017 and later are 14.1x and up.
        problems->append({Verdict::Warning,
                          tr("Only the Visual C++ 2015 Redistributable (x64) %1 is installed, whose support ended in "
                             "October 2025; the support matrix asks for the latest supported one.")
                                  .arg(newest),
                          remedy,
                          {}});
    }
}

} // namespace mars
