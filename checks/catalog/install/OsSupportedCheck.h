// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A3 os_supported — is this Windows release one the current MARS agent supports (support
// matrix 11/2025; install guide 08/2025 for the .NET 4.8 requirement)?
//  Probe:    SystemProbe::osInfo() (Win32: RtlGetVersion numbers, wProductType, and ProductName,
//            EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion).
//  States:   Pass Windows Server 2012/2012 R2/2016/2019/2022/2025 (any edition the matrix lists:
//            Standard, Datacenter, Essentials, Foundation, Server IoT, Storage Server) and
//            Windows 8.1/10/11 (files and folders only);
//            Warning a Windows Server build newer than 2025 (no matrix lists it yet) and the
//            end-of-support releases Windows 7 SP1 and Server 2008 R2 SP1 (ESU needed);
//            Fail Windows 8, Server 2008 SP2 and Windows 7 / 2008 R2 without SP1: the matrix
//            listed them, but they cannot run .NET Framework 4.8, which the current agent's
//            setup requires (see WindowsRelease.h for the .NET sources);
//            Fail anything else; NotApplicable off Windows; Error when the version is unreadable.
//  Deadline: 5 s.
//  Fix:      none (guidance only: a supported Windows); nothing to undo.
class OsSupportedCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(OsSupportedCheck)

public:
    static QString id() { return QStringLiteral("os_supported"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

private:
    static QString noDotNet48Remedy(const OsInfo& os, const QString& matrix);
};

} // namespace mars
