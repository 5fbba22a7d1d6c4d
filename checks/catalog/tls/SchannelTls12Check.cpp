// SPDX-License-Identifier: MIT
#include "SchannelTls12Check.h"

#include "EnableTls12Fix.h"
#include "TlsRegistry.h"
#include "catalog/common/DocLinks.h"

namespace mars {

CheckInfo SchannelTls12Check::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("D1"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("TLS 1.2 in Windows (SCHANNEL)"),
            .whyItMatters = tr("Azure accepts only TLS 1.2 connections. When Windows does not offer TLS 1.2 for the "
                               "connections this server makes, the agent's registration, backups and restores fail, "
                               "often with error 10054 \"An existing connection was forcibly closed by the remote "
                               "host\". Microsoft's install guide lists TLS 1.2 under \"before you start\"."),
            .docUrl = docs::transportLayerSecurity(),
            .deadline_ms = 5000};
}

Finding SchannelTls12Check::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;

    const QList<tls::Setting> settings = tls::schannelSettings();
    const tls::Setting& enabled = settings.at(0);
    const tls::Setting& disabledByDefault = settings.at(1);
    const tls::DwordRead enabledRead = tls::readDword(context, enabled);
    const tls::DwordRead defaultRead = tls::readDword(context, disabledByDefault);
    for (const tls::DwordRead* read : {&enabledRead, &defaultRead}) {
        if (read->state == tls::DwordRead::State::Unreadable)
            return probeError(tr("Windows' TLS 1.2 settings (SCHANNEL) could not be read."), read->reason);
    }

    const bool defaultsOn = tls::schannelDefaultsOn(os);
    const QString windows = tls::windowsName(os);
    const QString update = tls::tls12Update(os);
    const bool enabledOk = tls::schannelValueOk(enabled, enabledRead, defaultsOn);
    const bool defaultOk = tls::schannelValueOk(disabledByDefault, defaultRead, defaultsOn);
    const QString fixTitle = EnableTls12Fix::title(EnableTls12Fix::Part::Schannel);
    if (os.major < 6) {
        f = makeFinding(Verdict::Fail, tr("%1 cannot use TLS 1.2, which Azure requires, so the agent cannot connect "
                                          "to Azure from this server.")
                                               .arg(windows));
        f.remedy = tr("Move the backup to a server running a Windows version the agent supports (Windows Server "
                      "2012 or later).");
    } else if (enabledOk && defaultOk) {
        const bool explicitlySet = enabledRead.state == tls::DwordRead::State::Number
                                   || defaultRead.state == tls::DwordRead::State::Number;
        f = makeFinding(Verdict::Pass,
                        explicitlySet ? tr("TLS 1.2 is turned on for the connections this server makes (SCHANNEL "
                                           "TLS 1.2 Client settings).")
                                      : tr("TLS 1.2 is on for the connections this server makes: the SCHANNEL "
                                           "settings are not set, and %1 turns TLS 1.2 on by default.")
                                                .arg(windows));
    } else {
        QString sentence;
        if (enabledRead.is(0)) {
            sentence = tr("TLS 1.2 is turned off for the connections this server makes (SCHANNEL TLS 1.2 Client "
                          "Enabled = 0), so the agent cannot connect to Azure.");
        } else if (defaultRead.state == tls::DwordRead::State::Number && !defaultOk) {
            sentence = tr("TLS 1.2 is off by default for the connections this server makes (SCHANNEL TLS 1.2 "
                          "Client DisabledByDefault = %1), so the agent cannot connect to Azure.")
                               .arg(defaultRead.number);
        } else if (!enabledOk && enabledRead.state == tls::DwordRead::State::OtherType) {
            sentence = tr("The SCHANNEL TLS 1.2 Client setting Enabled holds %1 instead of the number 1, so TLS 1.2 "
                          "may be off for the connections this server makes.")
                               .arg(enabledRead.text());
        } else if (!defaultOk && defaultRead.state == tls::DwordRead::State::OtherType) {
            sentence = tr("The SCHANNEL TLS 1.2 Client setting DisabledByDefault holds %1 instead of the number 0, "
                          "so TLS 1.2 may be off for the connections this server makes.")
                               .arg(defaultRead.text());
        } else {
            // Absent on 6.0-6.2: TLS 1.2 stays off for clients until the values are written.
            sentence = tr("TLS 1.2 is not turned on for the connections this server makes: on %1 the SCHANNEL TLS "
                          "1.2 Client settings must be created after update %2 is installed.")
                               .arg(windows, update);
        }
        f = makeFinding(Verdict::Fail, sentence);
        f.remedy = update.isEmpty()
                           ? tr("Use \"%1\" to set the values (it needs administrator rights), then restart the "
                                "server: Windows reads these settings when it starts.")
                                     .arg(fixTitle)
                           : tr("Make sure update %1 is installed (Windows Update or the Microsoft Update Catalog). "
                                "Then use \"%2\" to create the values (it needs administrator rights) and restart "
                                "the server: Windows reads these settings when it starts.")
                                     .arg(update, fixTitle);
        f.fixIds = QStringList{EnableTls12Fix::id(EnableTls12Fix::Part::Schannel)};
    }
    f.addEvidence(enabled.evidenceId(), tr("TLS 1.2 Client Enabled"), enabledRead.text())
            .addEvidence(disabledByDefault.evidenceId(), tr("TLS 1.2 Client DisabledByDefault"), defaultRead.text())
            .addEvidence(QStringLiteral("windows_version"), tr("Windows"),
                         QStringLiteral("%1 (%2.%3.%4)").arg(windows).arg(os.major).arg(os.minor).arg(os.build))
            .addEvidence(QStringLiteral("windows_default"), tr("Windows' default when the settings are absent"),
                         defaultsOn ? tr("TLS 1.2 on (Windows Server 2012 R2 / 8.1 and later)")
                                    : tr("TLS 1.2 off for clients (before Windows Server 2012 R2)"));
    f.detail = tr("Read HKLM\\%1 Enabled and DisabledByDefault (REG_DWORD). Microsoft's \"Transport Layer Security "
                  "in Azure Backup\" (09/2022) asks for Enabled = 1 and DisabledByDefault = 0; both are Windows' "
                  "default from Windows Server 2012 R2 on, so absent values are fine there. On Windows Server 2008 "
                  "SP2 install KB4019276, on 2008 R2 / Windows 7 / 2012 KB3140245, then create the values.")
                       .arg(tls::tls12ClientKey());
    return f;
}

} // namespace mars
