// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// I3 antivirus_exclusions — does antivirus leave the agent's engine and folders alone?
//  Sources:  mars-checks.md I3 and §4.7 (TSG rows 34513 and 100050, AVINC 2022: cbengine.exe,
//            <InstallPath>\Bin\*, <InstallPath>\Scratch\*; SLOW: also csc.exe, the whole install
//            folder); third-party service names after PingCastle's AntivirusScanner and
//            Velociraptor's Windows.System.CriticalServices (public lists).
//  Probe:    services().service(WinDefend) and a short table of third-party antivirus services;
//            registry (HKLM, 64-bit): Windows Defender\Real-Time Protection\DisableRealtimeMonitoring
//            and its Policies twin (the policy wins), registryValueNames of
//            Windows Defender\Exclusions\Paths and \Processes and their Policies twins (the value
//            NAMES are the exclusions; no WMI), Policies\...\DisableLocalAdminMerge (1: only the
//            policy's lists count); the install and cache folders (agent/AgentFootprint).
//  States:   Warning when Defender scans in real time and misses cbengine.exe (process),
//            <install>\bin or the cache folder (each missing one named; the remedy is the
//            Add-MpPreference line, never run by the tool: the catalog's ASSIST is left to a person,
//            as Tamper Protection or Group Policy may refuse it); Warning when the exclusion keys
//            refuse reading (a process that is not elevated); Warning naming a running third-party
//            product (its own console sets exclusions); Pass when everything is excluded, real-time
//            protection is off, or no antivirus is found; Error when a probe cannot run. csc.exe
//            (SLOW, older text) is mentioned in the detail only.
//            Kaspersky's versioned service names (AVP<version>) are not enumerated: only "AVP"
//            is asked (UNCONFIRMED which names current releases use).
//  Deadline: 5 s.
//  Fix:      none (guidance: the exact PowerShell line).
class AntivirusExclusionsCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(AntivirusExclusionsCheck)

public:
    static QString id() { return QStringLiteral("antivirus_exclusions"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
