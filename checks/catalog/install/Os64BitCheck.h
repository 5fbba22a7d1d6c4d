// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A4 os_64bit — is Windows itself 64-bit x64? The agent ships only as an x64 installer and the
// matrix says "operating systems must be 64 bit".
//  Probe:    SystemProbe::osInfo().architecture (Win32: IsWow64Process2 / GetNativeSystemInfo,
//            the machine's native architecture even when this program runs under WOW64).
//  States:   Pass amd64; Warning arm64 (not listed in the matrix; UNCONFIRMED whether the x64
//            agent works under emulation); Fail x86 or any other architecture; NotApplicable
//            off Windows; Error when the architecture was not reported.
//  Deadline: 5 s.
//  Fix:      none (guidance only: another server); nothing to undo.
class Os64BitCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(Os64BitCheck)

public:
    static QString id() { return QStringLiteral("os_64bit"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
