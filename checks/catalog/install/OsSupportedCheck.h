// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A3 os_supported — is this Windows release one the MARS agent supports (MATRIX 12/2022)?
//  Probe:    SystemProbe::osInfo() (Win32: RtlGetVersion numbers, wProductType, and ProductName,
//            EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion).
//  States:   Pass Windows Server 2012/2012 R2/2016/2019/2022 (any edition the matrix lists,
//            Storage Server included) and Windows 8/8.1/10/11 (files and folders only);
//            Warning Server 2025 (newer than the matrix we ship with; UNCONFIRMED) and the
//            end-of-support releases Windows 7, Server 2008 R2, Server 2008 SP2 (ESU needed);
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
};

} // namespace mars
