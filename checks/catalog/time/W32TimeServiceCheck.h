// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// E3 w32time_service — does anything keep this server's clock right? Windows Time (W32Time)
// synchronises the clock with the domain hierarchy or NTP servers; stopped for good, disabled,
// or set to NoSync, the clock drifts until registration fails on time (E1).
//  Probe:    ServicesProbe::service("W32Time") (state, start type) and the registry value
//            HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Parameters Type (NT5DS = the
//            domain hierarchy, NTP = the NtpServer list, AllSync = both, NoSync = none) with
//            NtpServer. Not read: the result of the last synchronisation (w32tm /query
//            /status has no documented API); the clock check (E1) measures the outcome.
//  States:   Warning when the service is not installed, disabled, stopped although set to start
//            automatically, or Type is NoSync; Pass naming the state and the source otherwise (a
//            stopped service set to start manually is how Windows runs it outside a domain: it
//            starts when needed); Error when the service cannot be read; NotApplicable off
//            Windows.
//  Deadline: 5 s (local reads only).
//  Fix:      start_time_service (StartTimeServiceFix) for a stopped automatic service; the rest
//            is guidance (a disabled service or NoSync is an administrator's decision).
class W32TimeServiceCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(W32TimeServiceCheck)

public:
    static QString id() { return QStringLiteral("w32time_service"); }
    static QString serviceName() { return QStringLiteral("W32Time"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
