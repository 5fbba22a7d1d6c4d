// SPDX-License-Identifier: MIT
#include "ProxyConfigCheck.h"

#include "catalog/common/DocLinks.h"
#include "catalog/common/ProxyRoutes.h"

#include <algorithm>
#include <utility>

namespace mars {

namespace {
bool hasCredentials(const QString& proxyServer)
{
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(proxyServer);
    return std::any_of(entries.cbegin(), entries.cend(), [](const ProxyServerEntry& e) { return e.hasCredentials; });
}

// "proxy proxy:8080 (bypass: <local>)", for the evidence.
QString withBypass(const QString& description, const QString& bypass)
{
    return bypass.trimmed().isEmpty() ? description
                                      : ProxyConfigCheck::tr("%1 (bypass: %2)").arg(description, bypass.trimmed());
}

QString policyText(const ProxySettings& s)
{
    if (!s.policyReadable)
        return ProxyConfigCheck::tr("could not be read: %1").arg(s.policyReason);
    if (!s.policySet)
        return ProxyConfigCheck::tr("not set: every account has its own proxy settings");
    if (s.perMachine())
        return ProxyConfigCheck::tr("0: the machine-wide settings (HKLM) apply to every account");
    return ProxyConfigCheck::tr("%1: every account has its own proxy settings").arg(s.policyValue);
}
} // namespace

CheckInfo ProxyConfigCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C1"),
            .phases = Phase::Register,
            .title = tr("Proxy used by the agent's service"),
            .whyItMatters = tr("The agent's service runs as the SYSTEM account and uses its proxy settings, not "
                               "those of the administrator who is signed in; a stale or different proxy there makes "
                               "registration fail while the browser works."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding ProxyConfigCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding finding;
    if (!readWindows(context, &os, &finding))
        return finding;
    const FactsCache::Fact<ProxySettings> fact = ProxyRoutes::obtain(context);
    if (!fact.ok())
        return probeError(tr("The proxy settings could not be read, so the proxy the agent uses is unknown."),
                          fact.reason);
    const ProxySettings& s = fact.value;
    if (!s.registryAvailable)
        return probeError(tr("The registry could not be read, so the proxy the agent uses is unknown."),
                          s.unavailableReason);

    const WinInetSettings& system = s.effectiveSystem();
    const WinInetSettings& user = s.effectiveUser();
    // "the SYSTEM account's proxy setting" (or the machine-wide one under the policy), for sentences.
    const QString systemSetting =
            s.perMachine() ? tr("the machine-wide proxy setting (policy)") : tr("the SYSTEM account's proxy setting");
    const QString winHttp = s.winHttpDescription();

    QList<Problem> problems;
    QList<const WinInetSettings*> shown{&system};
    if (!s.perMachine())
        shown << &s.defaultProfile << &s.user;
    for (const WinInetSettings* w : std::as_const(shown)) {
        if (!w->readable)
            problems.append({Verdict::Error,
                             tr("The proxy settings of the %1 could not be read.").arg(ProxySettingsText::who(w->who)),
                             tr("Run the troubleshooter as administrator and run this check again."),
                             {}});
    }
    if (!s.policyReadable)
        problems.append({Verdict::Error,
                         tr("The machine-wide proxy policy (ProxySettingsPerUser) could not be read."),
                         tr("Run the troubleshooter as administrator and run this check again."),
                         {}});
    if (!s.winHttp.ok())
        problems.append({Verdict::Error,
                         tr("The WinHTTP proxy setting could not be read."),
                         tr("Run the troubleshooter as administrator and run this check again."),
                         {}});

    const QString agentProxyRemedy =
            tr("Set the proxy the agent must use in the agent itself (agent console: Change Properties > Proxy "
               "Configuration, or Set-OBMachineSetting in PowerShell).");
    if (system.readable) {
        if (system.kind() == WinInetSettings::Kind::Unusable)
            problems.append(
                    {Verdict::Warning,
                     tr("The agent's service cannot use %1 \"%2\": %3.")
                             .arg(systemSetting, ProxyServerString::redacted(system.proxyServer), system.problem()),
                     tr("Correct or remove the SYSTEM account's proxy setting (Microsoft's guide opens "
                        "Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). ")
                             + agentProxyRemedy,
                     {}});
        if (system.kind() == WinInetSettings::Kind::Script)
            problems.append({Verdict::Warning,
                             tr("The agent's service takes its proxy from a configuration script (%1 names %2); "
                                "which proxy the script picks cannot be checked here.")
                                     .arg(systemSetting, ProxyServerString::redacted(system.autoConfigUrl)),
                             tr("Make sure the SYSTEM account can fetch the script and that the proxy it returns "
                                "reaches Azure; the network checks probe the other routes listed."),
                             {}});
        if (hasCredentials(system.proxyServer))
            problems.append({Verdict::Warning,
                             tr("The agent's service reads a user name and password (hidden here) in %1; the "
                                "documented format has no place for them, so the setting may not work, and anyone "
                                "who can read the registry can read them.")
                                     .arg(systemSetting),
                             tr("Remove the credentials from the proxy setting and give them to the agent instead "
                                "(its proxy page or Set-OBMachineSetting)."),
                             {}});
    }
    if (!s.perMachine() && system.readable && user.readable && system.routeKey() != user.routeKey())
        problems.append({Verdict::Warning,
                         tr("The agent's service runs as the SYSTEM account, whose proxy setting is \"%1\", but the "
                            "signed-in user's is \"%2\": what works in your browser may fail for the agent.")
                                 .arg(system.describe(), user.describe()),
                         tr("The agent uses the SYSTEM account's settings, not yours. Decide which proxy the server "
                            "must use, then correct the SYSTEM account's settings (Microsoft's guide opens Internet "
                            "Options as SYSTEM with psexec -i -s and removes stale proxy details). ")
                                 + agentProxyRemedy,
                         {}});
    // WinHTTP cannot hold a configuration script (netsh winhttp sets a named proxy only), so a
    // script is not compared with it.
    if (system.readable && s.winHttp.ok() && system.kind() != WinInetSettings::Kind::Script
        && system.routeKey() != s.winHttpRouteKey())
        problems.append({Verdict::Warning,
                         tr("The agent's service sees two different proxies: %1 says \"%2\" and WinHTTP says "
                            "\"%3\", so parts of the agent may take different routes.")
                                 .arg(systemSetting, system.describe(), winHttp),
                         tr("Make WinHTTP and the SYSTEM account agree. As administrator, netsh winhttp show proxy "
                            "shows WinHTTP's setting, netsh winhttp reset proxy clears it, and netsh winhttp set "
                            "proxy proxy-server=\"host:port\" bypass-list=\"<local>\" sets it."),
                         {}});
    if (s.winHttp.ok() && hasCredentials(s.winHttp.value.proxyServer))
        problems.append({Verdict::Warning,
                         tr("The WinHTTP proxy setting contains a user name and password (hidden here); the "
                            "documented format has no place for them, so the setting may not work."),
                         tr("Remove the credentials with netsh winhttp set proxy (as administrator) and give them "
                            "to the agent instead (its proxy page or Set-OBMachineSetting)."),
                         {}});

    const QString passSentence =
            s.perMachine() ? tr("Every account uses the machine-wide proxy setting \"%1\" and WinHTTP agrees (%2).")
                                     .arg(system.describe(), winHttp)
                           : tr("The agent's service (SYSTEM account: %1), WinHTTP (%2) and the signed-in user "
                                "(%3) use the same route.")
                                     .arg(system.describe(), winHttp, user.describe());
    Finding f = worstOf(problems, passSentence, tr("Several proxy settings could not be read."));

    // Every route by name, for the technician and the network team.
    QStringList lines;
    for (const WinInetSettings* w : std::as_const(shown)) {
        lines.append(w->readable ? tr("%1: %2 (%3)").arg(ProxySettingsText::who(w->who), w->describe(), w->where)
                                 : tr("%1: could not be read: %2").arg(ProxySettingsText::who(w->who), w->reason));
    }
    lines.append(tr("WinHTTP: %1%2")
                         .arg(winHttp, s.winHttp.ok() ? QString() : QStringLiteral(" (%1)").arg(s.winHttp.reason)));
    lines.append(tr("Machine-wide proxy policy (ProxySettingsPerUser): %1").arg(policyText(s)));
    lines.append(tr("The agent's own proxy setting was not read: Microsoft documents no place where it is stored. "
                    "To see it, run Get-OBMachineSetting in an elevated PowerShell on this server."));
    const QList<ProxyRoute> routes = ProxyRoutes::derive(s);
    QStringList routeNames;
    for (const ProxyRoute& r : routes)
        routeNames.append(
                r.direct ? r.name
                         : QStringLiteral("%1 (%2)").arg(r.name, r.pacUrl.isEmpty() ? r.hostPort() : r.pacUrl));
    lines.append(tr("Routes the network checks probe: %1").arg(routeNames.join(QStringLiteral(", "))));
    f.detail = f.verdict == Verdict::Error ? f.detail + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))
                                           : lines.join(QLatin1Char('\n'));

    for (const WinInetSettings* w : std::as_const(shown)) {
        const QString prefix = w->who == WinInetSettings::Who::System           ? QStringLiteral("system")
                               : w->who == WinInetSettings::Who::DefaultProfile ? QStringLiteral("default_profile")
                               : w->who == WinInetSettings::Who::User           ? QStringLiteral("signed_in_user")
                                                                                : QStringLiteral("machine");
        const QString who = ProxySettingsText::who(w->who);
        f.addEvidence(prefix + QStringLiteral("_wininet"), who,
                      w->readable ? withBypass(w->describe(), w->proxyOverride) : w->reason);
        if (w->readable && !w->proxyServer.isEmpty())
            f.addEvidence(prefix + QStringLiteral("_proxy_server"),
                          tr("%1: ProxyServer (ProxyEnable = %2)").arg(who).arg(w->proxyEnable ? 1 : 0),
                          ProxyServerString::redacted(w->proxyServer));
        if (w->readable && w->blobPresent)
            f.addEvidence(prefix + QStringLiteral("_connection_settings"), tr("%1: DefaultConnectionSettings").arg(who),
                          w->blobText());
    }
    f.addEvidence(QStringLiteral("winhttp"), tr("WinHTTP"),
                  s.winHttp.ok() ? withBypass(winHttp, s.winHttp.value.bypassList) : s.winHttp.reason);
    f.addEvidence(QStringLiteral("proxy_settings_per_user"), tr("Machine-wide proxy policy (ProxySettingsPerUser)"),
                  policyText(s));
    f.addEvidence(QStringLiteral("agent_proxy"), tr("The agent's own proxy setting"),
                  tr("not read (no documented location; see Get-OBMachineSetting)"));
    f.addEvidence(QStringLiteral("routes"), tr("Routes the network checks probe"),
                  routeNames.join(QStringLiteral(", ")));
    return f;
}

} // namespace mars
