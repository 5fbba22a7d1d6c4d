// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>

namespace mars {

// enable_tls12_schannel (for D1 schannel_tls12_client) and enable_tls12_dotnet (for D2
// dotnet_strong_crypto): one class, two instances chosen by the constructor, each owned by the
// check whose values it writes, so the re-run of that check verifies exactly what it changed.
//  Changes:  the REG_DWORD values of its part that are not as "Transport Layer Security in Azure
//            Backup" (09/2022) asks: SCHANNEL TLS 1.2 Client Enabled = 1 and DisabledByDefault = 0
//            (only those the check finds wrong: absent values are Windows' default from 2012 R2
//            on and are left absent there), or .NET v4.0.30319 SystemDefaultTlsVersions = 1 and
//            SchUseStrongCrypto = 1 in the 64-bit and the 32-bit view. A missing key (and any
//            missing key above it) is created. Needs the full administrator token. Windows and
//            the agent read these values when they start: a restart is needed, and the preview
//            and the result say so (the fix does not restart anything).
//  Preview:  every key it creates and every value it sets, with its current and new value; the
//            update to install first on Server 2008 / 2008 R2 / 2012; the restart; the rights.
//  Apply:    re-reads every value and key and refuses when anything changed since the preview;
//            records the before-state (value absent / key absent / old data) in the journal,
//            writes, reads each value back.
//  Undo:     re-reads each value: one still holding what the fix wrote gets its old data back (or
//            is deleted when the fix created it); one changed since by someone else is named and
//            left alone. Keys the fix created are deleted only when empty again. A value that
//            held data other than a number or a string is not changed (the preview refuses),
//            so every change can be put back.
class EnableTls12Fix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(EnableTls12Fix)

public:
    enum class Part : quint8 {
        Schannel = 1, // D1
        DotNet, // D2
    };
    static QString id(Part part)
    {
        return part == Part::Schannel ? QStringLiteral("enable_tls12_schannel") : QStringLiteral("enable_tls12_dotnet");
    }
    // The button text (the checks' remedies name it).
    static QString title(Part part);

    explicit EnableTls12Fix(Part part);

    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;
    FixPlan previewUndo(const CheckContext& context, const JournalEntry& entry) const override;
    FixOutcome undo(const CheckContext& context, const QJsonObject& undoData) const override;

private:
    Part m_part;
};

} // namespace mars
