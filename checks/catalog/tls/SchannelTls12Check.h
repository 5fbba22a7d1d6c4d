// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// D1 schannel_tls12_client — may programs on this server use TLS 1.2 for the connections they
// make (Windows' SCHANNEL client settings)? Azure refuses older TLS versions, and the agent talks
// to Azure through SCHANNEL, for registration as for every backup.
//  Probe:    Enabled and DisabledByDefault (REG_DWORD) in the key
//            HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client
//            and the Windows version
//            (MachineProbe::osInfo).
//  States:   Pass when each value is as TLS 1.2 needs (Enabled not 0, DisabledByDefault 0), or
//            absent on Windows Server 2012 R2 / 8.1 (6.3) and later, where Windows' default is on.
//            Fail when Enabled is 0, DisabledByDefault is 1 (any number but 0), a value is not a
//            number, or on Server 2008 / 2008 R2 / 2012 (6.0-6.2) a value is absent: there the
//            values must be created after the update (KB4019276 for 2008 SP2, KB3140245 for 2008
//            R2 / Windows 7 / 2012). Fail without a fix before 6.0 (no TLS 1.2 at all).
//            NotApplicable off Windows; Error when the Windows version or a value cannot be read.
//            Source: "Transport Layer Security in Azure Backup" (ms.date 09/20/2022), see
//            TlsRegistry.h.
//  Deadline: 5 s.
//  Fix:      enable_tls12_schannel (EnableTls12Fix): writes the values that are wrong (creating
//            the keys where missing); undone from the journal (old data back, created values and
//            keys deleted). Takes effect after a restart.
class SchannelTls12Check final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchannelTls12Check)

public:
    static QString id() { return QStringLiteral("schannel_tls12_client"); }

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
