// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// D2 dotnet_strong_crypto — are the .NET Framework settings that make .NET programs (the agent is
// one) use the TLS versions Windows offers, TLS 1.2 among them, set as Microsoft asks?
//  Probe:    HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319 SystemDefaultTlsVersions and
//            SchUseStrongCrypto (REG_DWORD) in the 64-bit and the 32-bit (WOW6432Node) view;
//            HKLM\...\SCHANNEL\Protocols\TLS 1.0\Client Enabled, only when a value is missing.
//  States:   Pass when all four are 1. Fail when one is set to anything else (0, another number,
//            not a number), or when one is missing while TLS 1.0 is turned off for clients
//            (TLS 1.0 Client Enabled = 0): KB4022913, .NET 4.5 then still prefers TLS 1.0 and
//            backups, the agent's console and its services fail. Warning when one is missing
//            otherwise: .NET 4.7 and later usually follow Windows' TLS settings on their own, but
//            Microsoft's TLS page for Azure Backup asks for all four. NotApplicable off Windows;
//            Error when the Windows version or a value that decides the verdict cannot be read.
//            Sources: "Transport Layer Security in Azure Backup" (ms.date 09/20/2022) and
//            KB4022913, see TlsRegistry.h.
//  Deadline: 5 s.
//  Fix:      enable_tls12_dotnet (EnableTls12Fix): sets the values that are not 1 (creating the
//            key where missing); undone from the journal. Takes effect after a restart.
class DotNetStrongCryptoCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(DotNetStrongCryptoCheck)

public:
    static QString id() { return QStringLiteral("dotnet_strong_crypto"); }

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
