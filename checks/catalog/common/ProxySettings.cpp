// SPDX-License-Identifier: MIT
#include "ProxySettings.h"

#include "system/SystemProbe.h"

namespace mars {

namespace {
QString hiveName(RegistryHive hive)
{
    switch (hive) {
    case RegistryHive::LocalMachine: return QStringLiteral("HKLM");
    case RegistryHive::Users: return QStringLiteral("HKU");
    case RegistryHive::CurrentUser: break;
    }
    return QStringLiteral("HKCU");
}

// One value; NotFound is "not set" (false, no failure). A refused or failed read marks the
// settings unreadable; NotApplicable (no registry) is left to the caller.
bool readValue(const SystemProbe& system, WinInetSettings* s, const QString& key, const QString& name,
               RegistryValue* out, ProbeStatus* status)
{
    const Probed<RegistryValue> read = system.registry().readRegistry(s->hive, key, name, RegistryView::Native64);
    *status = read.status;
    if (read.ok()) {
        *out = read.value;
        return true;
    }
    if (read.status == ProbeStatus::Denied || read.status == ProbeStatus::Failed) {
        s->readable = false;
        if (s->reason.isEmpty())
            s->reason = read.reason.isEmpty() ? ProxySettingsText::tr("%1\\%2 could not be read.").arg(s->where, name)
                                              : read.reason;
    }
    return false;
}

WinInetSettings readWinInet(const SystemProbe& system, WinInetSettings::Who who, RegistryHive hive,
                            const QString& prefix, bool* notApplicable, QString* naReason)
{
    WinInetSettings s;
    s.who = who;
    s.hive = hive;
    s.key = prefix + ProxySettings::internetSettingsKey();
    s.where = hiveName(hive) + QLatin1Char('\\') + s.key;
    RegistryValue value;
    ProbeStatus status = ProbeStatus::Ok;
    if (readValue(system, &s, s.key, QStringLiteral("ProxyEnable"), &value, &status)) {
        s.proxyEnableSet = true;
        s.proxyEnable = value.data.toUInt() != 0; // REG_DWORD; a REG_SZ "1" reads the same
    }
    if (status == ProbeStatus::NotApplicable) {
        *notApplicable = true;
        *naReason = system.registry()
                            .readRegistry(hive, s.key, QStringLiteral("ProxyEnable"), RegistryView::Native64)
                            .reason;
        return s;
    }
    if (readValue(system, &s, s.key, QStringLiteral("ProxyServer"), &value, &status))
        s.proxyServer = value.data.toString().trimmed();
    if (readValue(system, &s, s.key, QStringLiteral("ProxyOverride"), &value, &status))
        s.proxyOverride = value.data.toString().trimmed();
    if (readValue(system, &s, s.key, QStringLiteral("AutoConfigURL"), &value, &status))
        s.autoConfigUrl = value.data.toString().trimmed();
    if (readValue(system, &s, s.key + QStringLiteral("\\Connections"), QStringLiteral("DefaultConnectionSettings"),
                  &value, &status)) {
        s.blobPresent = true;
        s.connectionBlob = value.data.toByteArray();
    }
    return s;
}
} // namespace

QString ProxySettings::internetSettingsKey()
{
    return QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings");
}

QString ProxySettings::policyKey()
{
    return QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings");
}

QString ProxySettingsText::who(WinInetSettings::Who who)
{
    switch (who) {
    case WinInetSettings::Who::System: return tr("SYSTEM account (WinINet)");
    case WinInetSettings::Who::DefaultProfile: return tr(".DEFAULT profile (WinINet)");
    case WinInetSettings::Who::User: return tr("Signed-in user (WinINet)");
    case WinInetSettings::Who::Machine: break;
    }
    return tr("Machine-wide policy (WinINet)");
}

WinInetSettings::Kind WinInetSettings::kind() const
{
    if (!autoConfigUrl.isEmpty())
        return Kind::Script;
    if (!proxyEnable)
        return Kind::Direct;
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(proxyServer);
    if (entries.isEmpty())
        return Kind::Unusable; // enabled, but no server
    const ProxyServerEntry* https = ProxyServerString::pick(entries, QStringLiteral("https"));
    if (!https)
        return Kind::Direct; // only http=/ftp=/socks= entries: HTTPS goes direct
    return https->valid() ? Kind::Proxy : Kind::Unusable;
}

ProxyServerEntry WinInetSettings::httpsProxy() const
{
    if (!proxyEnable)
        return {};
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(proxyServer);
    const ProxyServerEntry* https = ProxyServerString::pick(entries, QStringLiteral("https"));
    return https && https->valid() ? *https : ProxyServerEntry{};
}

QString WinInetSettings::problem() const
{
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(proxyServer);
    if (entries.isEmpty())
        return ProxySettingsText::tr("the proxy is switched on (ProxyEnable = 1) but no proxy server is set");
    const ProxyServerEntry* https = ProxyServerString::pick(entries, QStringLiteral("https"));
    return https ? https->problem : QString();
}

QString WinInetSettings::describe() const
{
    switch (kind()) {
    case Kind::Direct: return ProxySettingsText::tr("direct");
    case Kind::Proxy: return ProxySettingsText::tr("proxy %1").arg(httpsProxy().hostPort());
    case Kind::Script:
        return ProxySettingsText::tr("configuration script %1").arg(ProxyServerString::redacted(autoConfigUrl));
    case Kind::Unusable: break;
    }
    return ProxySettingsText::tr("unusable proxy setting \"%1\" (%2)")
            .arg(ProxyServerString::redacted(proxyServer), problem());
}

QString WinInetSettings::routeKey() const
{
    switch (kind()) {
    case Kind::Direct: return QStringLiteral("direct");
    case Kind::Proxy: return QStringLiteral("proxy:") + httpsProxy().hostPort().toCaseFolded();
    case Kind::Script: return QStringLiteral("script:") + autoConfigUrl;
    case Kind::Unusable: break;
    }
    return QStringLiteral("unusable:") + proxyServer;
}

int WinInetSettings::blobFlags() const
{
    return blobPresent && connectionBlob.size() >= 9 ? int(quint8(connectionBlob.at(8))) : -1;
}

QString WinInetSettings::blobText() const
{
    if (!blobPresent)
        return ProxySettingsText::tr("not set");
    const int flags = blobFlags();
    if (flags < 0)
        return ProxySettingsText::tr("%1 bytes, too short to hold the flags byte (format not documented)")
                .arg(connectionBlob.size());
    QStringList words;
    if (flags & 0x02)
        words.append(ProxySettingsText::tr("manual proxy"));
    if (flags & 0x04)
        words.append(ProxySettingsText::tr("configuration script"));
    if (flags & 0x08)
        words.append(ProxySettingsText::tr("automatically detect settings (WPAD)"));
    if (words.isEmpty())
        words.append(ProxySettingsText::tr("direct"));
    // The rest of the blob repeats the proxy server and script address; it is never shown raw,
    // since it may carry what was typed as credentials.
    return ProxySettingsText::tr("flags 0x%1: %2 (%3 bytes)")
            .arg(flags, 2, 16, QLatin1Char('0'))
            .arg(words.join(QStringLiteral(", ")))
            .arg(connectionBlob.size());
}

QString ProxySettings::winHttpDescription() const
{
    if (!winHttp.ok())
        return ProxySettingsText::tr("could not be read");
    if (winHttp.value.direct)
        return ProxySettingsText::tr("direct");
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(winHttp.value.proxyServer);
    const ProxyServerEntry* https = ProxyServerString::pick(entries, QStringLiteral("https"));
    if (!https)
        return entries.isEmpty() ? ProxySettingsText::tr("unusable proxy setting (no proxy server)")
                                 : ProxySettingsText::tr("direct");
    if (!https->valid())
        return ProxySettingsText::tr("unusable proxy setting \"%1\" (%2)")
                .arg(ProxyServerString::redacted(winHttp.value.proxyServer), https->problem);
    return ProxySettingsText::tr("proxy %1").arg(https->hostPort());
}

QString ProxySettings::winHttpRouteKey() const
{
    if (!winHttp.ok())
        return QStringLiteral("unreadable");
    if (winHttp.value.direct)
        return QStringLiteral("direct");
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(winHttp.value.proxyServer);
    const ProxyServerEntry* https = ProxyServerString::pick(entries, QStringLiteral("https"));
    if (!https && !entries.isEmpty())
        return QStringLiteral("direct"); // only http=/socks= entries: HTTPS goes direct
    if (https && https->valid())
        return QStringLiteral("proxy:") + https->hostPort().toCaseFolded();
    return QStringLiteral("unusable:") + winHttp.value.proxyServer;
}

ProxyServerEntry ProxySettings::winHttpHttpsProxy() const
{
    if (!winHttp.ok() || winHttp.value.direct)
        return {};
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(winHttp.value.proxyServer);
    const ProxyServerEntry* https = ProxyServerString::pick(entries, QStringLiteral("https"));
    return https && https->valid() ? *https : ProxyServerEntry{};
}

ProxySettings ProxySettings::read(const SystemProbe& system)
{
    ProxySettings s;
    bool notApplicable = false;
    s.system = readWinInet(system, WinInetSettings::Who::System, RegistryHive::Users, QStringLiteral("S-1-5-18\\"),
                           &notApplicable, &s.unavailableReason);
    if (notApplicable) {
        s.registryAvailable = false;
        s.winHttp = system.network().winHttpProxy();
        return s;
    }
    s.defaultProfile = readWinInet(system, WinInetSettings::Who::DefaultProfile, RegistryHive::Users,
                                   QStringLiteral(".DEFAULT\\"), &notApplicable, &s.unavailableReason);
    s.user = readWinInet(system, WinInetSettings::Who::User, RegistryHive::CurrentUser, QString(), &notApplicable,
                         &s.unavailableReason);

    const Probed<RegistryValue> policy = system.registry().readRegistry(
            RegistryHive::LocalMachine, policyKey(), QStringLiteral("ProxySettingsPerUser"), RegistryView::Native64);
    if (policy.ok()) {
        s.policySet = true;
        s.policyValue = policy.value.data.toUInt();
    } else if (policy.status != ProbeStatus::NotFound) {
        s.policyReadable = false;
        s.policyReason = policy.reason;
    }
    // The HKLM settings matter only when the policy makes them everyone's; read them then.
    if (s.perMachine())
        s.machine = readWinInet(system, WinInetSettings::Who::Machine, RegistryHive::LocalMachine, QString(),
                                &notApplicable, &s.unavailableReason);
    s.winHttp = system.network().winHttpProxy();
    return s;
}

} // namespace mars
