// SPDX-License-Identifier: MIT
#include "DotNetStrongCryptoCheck.h"

#include "EnableTls12Fix.h"
#include "TlsRegistry.h"
#include "catalog/common/DocLinks.h"

namespace mars {

namespace {
// "SchUseStrongCrypto (32-bit view)": how a sentence names one of the four values.
QString shortName(const tls::Setting& setting)
{
    return setting.view == RegistryView::Wow32 ? DotNetStrongCryptoCheck::tr("%1 (32-bit view)").arg(setting.name)
                                               : DotNetStrongCryptoCheck::tr("%1 (64-bit view)").arg(setting.name);
}
} // namespace

CheckInfo DotNetStrongCryptoCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("D2"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("TLS 1.2 for .NET programs"),
            .whyItMatters =
                    tr("The agent is a .NET program. Unless .NET is told to use strong cryptography and the TLS "
                       "versions Windows offers, it may still try TLS 1.0, which Azure refuses: registration, "
                       "backups and restores then fail, often with error 10054 \"An existing connection was "
                       "forcibly closed by the remote host\", and with TLS 1.0 turned off the agent's console "
                       "and services may not start (KB4022913)."),
            .docUrl = docs::transportLayerSecurity(),
            .deadline_ms = 5000};
}

Finding DotNetStrongCryptoCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;

    const QList<tls::Setting> settings = tls::dotNetSettings();
    QList<tls::DwordRead> reads;
    QStringList wrong, missing, unreadable;
    for (const tls::Setting& setting : settings) {
        reads.append(tls::readDword(context, setting));
        const tls::DwordRead& read = reads.last();
        if (read.state == tls::DwordRead::State::Unreadable)
            unreadable.append(QStringLiteral("%1: %2").arg(setting.where(), read.reason));
        else if (read.state == tls::DwordRead::State::Missing)
            missing.append(shortName(setting));
        else if (!tls::dotNetValueOk(read))
            wrong.append(tr("%1 = %2").arg(shortName(setting), read.text()));
    }
    if (!unreadable.isEmpty())
        return probeError(tr("The .NET Framework's TLS settings could not be read."),
                          unreadable.join(QStringLiteral("; ")));

    // Only a missing value makes TLS 1.0 matter (KB4022913).
    tls::DwordRead tls10;
    tls10.state = tls::DwordRead::State::Missing;
    if (!missing.isEmpty()) {
        tls10 = tls::readDword(context, tls::tls10ClientKey(), QStringLiteral("Enabled"), RegistryView::Native64);
        if (tls10.state == tls::DwordRead::State::Unreadable)
            return probeError(tr("Whether TLS 1.0 is turned off (SCHANNEL) could not be read, so the missing .NET TLS "
                                 "settings cannot be judged."),
                              tls10.reason);
    }
    const bool tls10Off = tls10.is(0);
    const QString missingText = missing.size() == settings.size()
                                        ? tr("all four: SystemDefaultTlsVersions and SchUseStrongCrypto in the 64-bit "
                                             "and the 32-bit view")
                                        : missing.join(QStringLiteral(", "));
    const QString fix = tr("Use \"%1\" to set all four values to 1 (it needs administrator rights), then restart the "
                           "server so that the agent's services start with them.")
                                .arg(EnableTls12Fix::title(EnableTls12Fix::Part::DotNet));

    if (!wrong.isEmpty()) {
        f = makeFinding(Verdict::Fail, tr("The .NET settings that let the agent use TLS 1.2 are set wrong (%1), so its "
                                          "connections to Azure can fail with error 10054.")
                                               .arg(wrong.join(QStringLiteral(", "))));
        f.remedy = fix;
    } else if (!missing.isEmpty() && tls10Off) {
        f = makeFinding(Verdict::Fail,
                        tr("TLS 1.0 is turned off on this server and the .NET settings that make the agent use TLS 1.2 "
                           "instead are missing (%1), so backups fail and the agent's console and services may not "
                           "start (KB4022913).")
                                .arg(missingText));
        f.remedy = fix;
    } else if (!missing.isEmpty()) {
        f = makeFinding(Verdict::Warning,
                        tr("The .NET settings Microsoft asks for with TLS 1.2 are missing (%1). .NET Framework 4.7 "
                           "and later usually use TLS 1.2 without them, but Azure Backup's TLS page asks for all "
                           "four.")
                                .arg(missingText));
        f.remedy = fix;
    } else {
        f = makeFinding(Verdict::Pass, tr("The .NET settings for TLS 1.2 (SystemDefaultTlsVersions and "
                                          "SchUseStrongCrypto) are set to 1 in both registry views."));
    }
    if (f.verdict != Verdict::Pass)
        f.fixIds = QStringList{EnableTls12Fix::id(EnableTls12Fix::Part::DotNet)};
    for (qsizetype i = 0; i < settings.size(); ++i)
        f.addEvidence(settings.at(i).evidenceId(), shortName(settings.at(i)), reads.at(i).text());
    if (!missing.isEmpty())
        f.addEvidence(QStringLiteral("tls10_client_enabled"), tr("TLS 1.0 Client Enabled (SCHANNEL)"),
                      tls10.state == tls::DwordRead::State::Missing ? tr("not set (TLS 1.0 on)") : tls10.text());
    f.detail = tr("Read HKLM\\%1 SystemDefaultTlsVersions and SchUseStrongCrypto (REG_DWORD) in the 64-bit and the "
                  "32-bit (WOW6432Node) registry view. Microsoft's \"Transport Layer Security in Azure Backup\" "
                  "(09/2022) asks for all four set to 1. KB4022913: with TLS 1.0 turned off (HKLM\\%2 Enabled = 0), "
                  ".NET Framework 4.5 still prefers TLS 1.0 unless SchUseStrongCrypto is set, and backups, the "
                  "agent's console and its services fail.")
                       .arg(tls::dotNetKey(), tls::tls10ClientKey());
    return f;
}

} // namespace mars
