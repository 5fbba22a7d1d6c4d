// SPDX-License-Identifier: MIT
#include "AntivirusExclusionsCheck.h"

#include "DefenderExclusions.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <algorithm>

namespace mars {

namespace {
struct Product
{
    const char* service;
    const char* name;
};
// Services of antivirus products that scan files in real time (service name -> product).
constexpr Product kThirdParty[] = {
        {"SepMasterService", "Symantec Endpoint Protection"},
        {"mfemms", "McAfee (Trellix) Endpoint Security"},
        {"McShield", "McAfee VirusScan"},
        {"Sophos MCS Agent", "Sophos"},
        {"SAVService", "Sophos Anti-Virus"},
        {"ntrtscan", "Trend Micro"},
        {"CSFalconService", "CrowdStrike Falcon"},
        {"SentinelAgent", "SentinelOne"},
        {"ekrn", "ESET"},
        {"AVP", "Kaspersky"},
        {"VSSERV", "Bitdefender"},
};

// The list of one key: NotFound is an empty list (nothing excluded there).
struct List
{
    QStringList names;
    Probed<QStringList> probe;
};
List valueNames(const CheckContext& context, const QString& key)
{
    List list{{},
              context.system().registry().registryValueNames(RegistryHive::LocalMachine, key, RegistryView::Native64)};
    if (list.probe.ok())
        list.names = list.probe.value;
    return list;
}

// A DWORD policy or setting: -1 when absent, -2 when it cannot be read.
qint64 dword(const CheckContext& context, const QString& key, const char* name)
{
    const Probed<RegistryValue> v = context.system().registry().readRegistry(
            RegistryHive::LocalMachine, key, QLatin1String(name), RegistryView::Native64);
    if (v.status == ProbeStatus::NotFound)
        return -1;
    if (!v.ok())
        return -2;
    return qint64(v.value.data.toULongLong());
}

defender::Environment environment(const CheckContext& context)
{
    defender::Environment env;
    const auto folder = [&context](KnownFolder f) {
        const Probed<QString> p = context.system().files().knownFolder(f);
        return p.ok() ? p.value : QString();
    };
    const QString windows = folder(KnownFolder::Windows);
    env.insert(QStringLiteral("programfiles"), folder(KnownFolder::ProgramFiles));
    env.insert(QStringLiteral("programdata"), folder(KnownFolder::ProgramData));
    env.insert(QStringLiteral("systemroot"), windows);
    env.insert(QStringLiteral("windir"), windows);
    env.insert(QStringLiteral("systemdrive"), windows.left(2));
    return env;
}
} // namespace

CheckInfo AntivirusExclusionsCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("I3"),
            .phases = Phase::Register,
            .title = tr("Antivirus exclusions for the agent"),
            .whyItMatters = tr("Antivirus that scans the agent's engine and cache folder can lock its files and make "
                               "registration fail with \"Invalid vault credentials provided\" (ID: 34513) or "
                               "\"unable to connect\" (ID: 100050)."),
            .docUrl = docs::slowBackupAntivirus(),
            .deadline_ms = 5000};
}

Finding AntivirusExclusionsCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const Probed<ServiceInfo> defenderService = context.system().services().service(defender::serviceName());
    if (!defenderService.ok() && defenderService.status != ProbeStatus::NotFound)
        return probeError(tr("Whether Microsoft Defender is running could not be read."), defenderService.reason);
    QStringList others;
    for (const Product& p : kThirdParty) {
        const Probed<ServiceInfo> s = context.system().services().service(QLatin1String(p.service));
        const QString name = QLatin1String(p.name);
        if (s.ok() && s.value.state == ServiceState::Running && !others.contains(name))
            others.append(name);
    }

    QList<Problem> problems;
    QString passSentence;
    QStringList evidence;
    const bool defenderOn = defenderService.ok() && defenderService.value.state == ServiceState::Running;
    qint64 realTimeOff = defenderOn ? dword(context, defender::policyRealTimeKey(), "DisableRealtimeMonitoring") : -1;
    if (defenderOn && realTimeOff < 0)
        realTimeOff = dword(context, defender::realTimeKey(), "DisableRealtimeMonitoring");
    if (!defenderOn) {
        passSentence = defenderService.ok() ? tr("Microsoft Defender is installed but not running, so it does not "
                                                 "scan the agent's files.")
                                            : tr("Microsoft Defender is not installed on this server.");
    } else if (realTimeOff == 1) {
        passSentence = tr("Microsoft Defender's real-time protection is off, so it does not scan the agent's files "
                          "as they are used.");
    } else {
        const agent::Location install = agent::installDir(context);
        const agent::Location scratch = agent::scratchDir(context);
        if (install.path.isEmpty())
            return probeError(tr("The agent's install folder could not be worked out, so its exclusions cannot be "
                                 "checked."),
                              install.reason);
        const QString bin = agent::joinPath(install.path, QStringLiteral("bin"));
        const QString engine = agent::joinPath(install.path, agent::engineBinary());
        const bool policyOnly =
                dword(context, defender::policyKey(), "DisableLocalAdminMerge") == 1; // local lists ignored
        const QString local = defender::exclusionsKey(), policy = defender::policyExclusionsKey();
        QList<List> paths{valueNames(context, policy + QStringLiteral("\\Paths"))};
        QList<List> processes{valueNames(context, policy + QStringLiteral("\\Processes"))};
        if (!policyOnly) {
            paths.append(valueNames(context, local + QStringLiteral("\\Paths")));
            processes.append(valueNames(context, local + QStringLiteral("\\Processes")));
        }
        bool denied = false;
        QString failure;
        QStringList excludedPaths, excludedProcesses;
        for (const QList<List>* lists : {&paths, &processes}) {
            for (const List& l : *lists) {
                denied = denied || l.probe.status == ProbeStatus::Denied;
                if (!l.probe.ok() && l.probe.status != ProbeStatus::NotFound && l.probe.status != ProbeStatus::Denied)
                    failure = l.probe.reason;
                (lists == &paths ? excludedPaths : excludedProcesses) += l.names;
            }
        }
        if (!failure.isEmpty())
            return probeError(tr("Microsoft Defender's exclusions could not be read."), failure);
        if (denied) {
            problems.append({Verdict::Warning,
                             tr("Microsoft Defender scans in real time, but its exclusions could not be read without "
                                "elevation, so whether it leaves the agent's files alone is unknown."),
                             tr("Run the troubleshooter as administrator (Restart as administrator) to read them."),
                             {}});
        } else {
            const defender::Environment env = environment(context);
            const auto anyPath = [&](const QString& target) {
                return std::any_of(excludedPaths.cbegin(), excludedPaths.cend(),
                                   [&](const QString& e) { return defender::pathCovered(e, target, env); });
            };
            QStringList missingProcesses, missingPaths, missing;
            if (std::none_of(excludedProcesses.cbegin(), excludedProcesses.cend(),
                             [&](const QString& e) { return defender::processCovered(e, engine, env); })) {
                missingProcesses.append(engine);
                missing.append(tr("the process %1").arg(engine));
            }
            for (const QString& folder : {bin, scratch.path}) {
                if (!folder.isEmpty() && !anyPath(folder)) {
                    missingPaths.append(folder);
                    missing.append(tr("the folder %1").arg(folder));
                }
            }
            if (missing.isEmpty()) {
                passSentence = tr("Microsoft Defender excludes the agent's engine (cbengine.exe), its bin folder and "
                                  "its cache folder.");
            } else {
                const QString command = defender::addMpPreferenceCommand(missingProcesses, missingPaths);
                problems.append({Verdict::Warning,
                                 tr("Microsoft Defender scans in real time but does not exclude %1.")
                                         .arg(missing.join(QStringLiteral("; "))),
                                 policyOnly ? tr("Group Policy decides Defender's exclusions here "
                                                 "(DisableLocalAdminMerge): ask the administrator to add them there "
                                                 "(the PowerShell equivalent is: %1).")
                                                      .arg(command)
                                            : tr("In PowerShell run as administrator: %1 (Tamper Protection or "
                                                 "Group Policy may refuse it; then ask the administrator).")
                                                      .arg(command),
                                 {}});
            }
            evidence = {excludedPaths.join(QStringLiteral("; ")), excludedProcesses.join(QStringLiteral("; "))};
        }
        if (scratch.path.isEmpty())
            f.detail = tr("The cache folder could not be worked out (%1), so its exclusion was not checked.")
                               .arg(scratch.reason);
    }
    if (!others.isEmpty()) {
        const QString names = others.join(QStringLiteral(", "));
        problems.append({Verdict::Warning,
                         tr("Other antivirus is running on this server (%1); whether it excludes the agent is not "
                            "known here.")
                                 .arg(names),
                         tr("Add the same exclusions in %1: the process cbengine.exe, the agent's bin folder and its "
                            "cache folder.")
                                 .arg(names),
                         {}});
    }
    const QString detail = f.detail;
    f = worstOf(problems, passSentence, QString());
    if (problems.size() > 1) {
        QStringList sentences;
        for (const Problem& p : problems)
            sentences.append(p.sentence);
        f.summary = sentences.join(u' ');
    }
    f.detail = detail;
    if (!f.detail.isEmpty())
        f.detail += u' ';
    f.detail += tr("Older Microsoft advice also excludes csc.exe of each .NET Framework (for example "
                   "%windir%\\Microsoft.NET\\Framework64\\v4.0.30319\\csc.exe); it is not checked here.");
    f.addEvidence(QStringLiteral("defender"), tr("Microsoft Defender (WinDefend)"),
                  defenderService.ok() ? (defenderOn ? tr("running") : tr("not running")) : tr("not installed"));
    if (defenderOn)
        f.addEvidence(QStringLiteral("real_time"), tr("Real-time protection"),
                      realTimeOff == 1 ? tr("off") : (realTimeOff == -2 ? tr("unknown (unreadable)") : tr("on")));
    if (!evidence.isEmpty()) {
        f.addEvidence(QStringLiteral("excluded_paths"), tr("Excluded paths"),
                      evidence.at(0).isEmpty() ? tr("none") : evidence.at(0));
        f.addEvidence(QStringLiteral("excluded_processes"), tr("Excluded processes"),
                      evidence.at(1).isEmpty() ? tr("none") : evidence.at(1));
    }
    if (!others.isEmpty())
        f.addEvidence(QStringLiteral("other_antivirus"), tr("Other antivirus running"),
                      others.join(QStringLiteral(", ")));
    return f;
}

} // namespace mars
