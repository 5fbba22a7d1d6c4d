// SPDX-License-Identifier: MIT
#include "ProxyRoutes.h"

#include "engine/CheckContext.h"

#include <algorithm>
#include <utility>

namespace mars {

namespace {
struct Names
{
    QString proxyName, scriptName, proxyLabel, scriptLabel;
};

Names namesOf(WinInetSettings::Who who)
{
    switch (who) {
    case WinInetSettings::Who::System:
        return {QStringLiteral("system-wininet"), QStringLiteral("system-pac"),
                ProxyRoutes::tr("the SYSTEM account's WinINet proxy"),
                ProxyRoutes::tr("the SYSTEM account's configuration script")};
    case WinInetSettings::Who::DefaultProfile:
        return {QStringLiteral("default-wininet"), QStringLiteral("default-pac"),
                ProxyRoutes::tr("the .DEFAULT profile's WinINet proxy"),
                ProxyRoutes::tr("the .DEFAULT profile's configuration script")};
    case WinInetSettings::Who::User:
        return {QStringLiteral("user-wininet"), QStringLiteral("user-pac"),
                ProxyRoutes::tr("the signed-in user's WinINet proxy"),
                ProxyRoutes::tr("the signed-in user's configuration script")};
    case WinInetSettings::Who::Machine: break;
    }
    return {QStringLiteral("machine-wininet"), QStringLiteral("machine-pac"),
            ProxyRoutes::tr("the machine-wide WinINet proxy (policy)"),
            ProxyRoutes::tr("the machine-wide configuration script (policy)")};
}

class Builder
{
public:
    QList<ProxyRoute> routes;

    void add(ProxyRoute route)
    {
        const QString key = keyOf(route);
        for (ProxyRoute& existing : routes) {
            if (keyOf(existing) != key)
                continue;
            if (!existing.direct)
                existing.name += QLatin1Char('+') + route.name;
            existing.label = ProxyRoutes::tr("%1 and %2").arg(existing.label, route.label);
            existing.source += QStringLiteral("; ") + route.source;
            for (const QString& name : std::as_const(route.bypass)) {
                if (!existing.bypass.contains(name, Qt::CaseInsensitive))
                    existing.bypass.append(name);
            }
            return;
        }
        routes.append(route);
    }

    void addDirect(const QString& source)
    {
        ProxyRoute direct;
        direct.name = QStringLiteral("direct");
        direct.label = ProxyRoutes::tr("no proxy (direct)");
        direct.direct = true;
        direct.source = source;
        add(direct);
    }

    void addProxy(const QString& name, const QString& label, const ProxyServerEntry& entry, const QString& source,
                  const QStringList& bypass)
    {
        ProxyRoute route;
        route.name = name;
        route.label = label;
        route.host = entry.host;
        route.port = entry.port;
        route.source = source;
        route.bypass = bypass;
        add(route);
    }

    void addWinInet(const WinInetSettings& s)
    {
        if (!s.readable)
            return;
        const Names names = namesOf(s.who);
        const QString who = ProxySettingsText::who(s.who);
        const QStringList bypass = ProxyServerString::bypassList(s.proxyOverride);
        if (!s.autoConfigUrl.isEmpty()) {
            ProxyRoute script;
            script.name = names.scriptName;
            script.label = names.scriptLabel;
            script.pacUrl = ProxyServerString::redacted(s.autoConfigUrl);
            script.source = QStringLiteral("%1: %2\\AutoConfigURL").arg(who, s.where);
            add(script);
        }
        const ProxyServerEntry proxy = s.httpsProxy();
        if (!proxy.host.isEmpty())
            addProxy(names.proxyName, names.proxyLabel, proxy, QStringLiteral("%1: %2\\ProxyServer").arg(who, s.where),
                     bypass);
        else if (s.kind() == WinInetSettings::Kind::Direct)
            addDirect(QStringLiteral("%1: %2").arg(who, s.where));
    }

private:
    static QString keyOf(const ProxyRoute& r)
    {
        if (r.direct)
            return QStringLiteral("direct");
        if (!r.pacUrl.isEmpty())
            return QStringLiteral("script:") + r.pacUrl;
        return QStringLiteral("proxy:") + r.hostPort().toCaseFolded();
    }
};
} // namespace

QString ProxyRoute::hostPort() const
{
    const QString shown = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(shown).arg(port);
}

FactsCache::Fact<ProxySettings> ProxyRoutes::obtain(const CheckContext& context)
{
    return context.facts().obtain<ProxySettings>(factKey(), context.stopToken(),
                                                 [&context] { return ProxySettings::read(context.system()); });
}

FactsCache::Fact<QList<ProxyRoute>> ProxyRoutes::forRun(const CheckContext& context)
{
    const FactsCache::Fact<ProxySettings> settings = obtain(context);
    FactsCache::Fact<QList<ProxyRoute>> routes;
    routes.state = settings.state;
    routes.reason = settings.reason;
    if (settings.ok())
        routes.value = derive(settings.value);
    return routes;
}

QList<ProxyRoute> ProxyRoutes::derive(const ProxySettings& settings)
{
    Builder b;
    if (settings.registryAvailable) {
        if (settings.perMachine()) {
            b.addWinInet(settings.machine);
        } else {
            b.addWinInet(settings.system);
        }
    }
    if (settings.winHttp.ok()) {
        const QString source = tr("WinHTTP (netsh winhttp show proxy)");
        const ProxyServerEntry https = settings.winHttpHttpsProxy();
        if (!https.host.isEmpty())
            b.addProxy(QStringLiteral("winhttp"), tr("the WinHTTP proxy"), https, source,
                       ProxyServerString::bypassList(settings.winHttp.value.bypassList));
        else if (settings.winHttpRouteKey() == QLatin1String("direct"))
            b.addDirect(source);
    }
    if (settings.registryAvailable && !settings.perMachine()) {
        b.addWinInet(settings.defaultProfile);
        b.addWinInet(settings.user);
    }
    // Direct is always probed (last): a proxy that fails while direct works, or both failing,
    // tells the network team which one to fix.
    if (std::none_of(b.routes.cbegin(), b.routes.cend(), [](const ProxyRoute& r) { return r.direct; }))
        b.addDirect(tr("no setting uses it; probed for comparison"));
    QList<ProxyRoute> routes = b.routes;
    const auto direct = std::find_if(routes.begin(), routes.end(), [](const ProxyRoute& r) { return r.direct; });
    if (direct != routes.end() && direct != routes.end() - 1) {
        const ProxyRoute moved = *direct;
        routes.erase(direct);
        routes.append(moved);
    }
    return routes;
}

bool ProxyRoutes::withCliProxy(QList<ProxyRoute>* routes, const QString& proxyUrl, QString* error)
{
    const QList<ProxyServerEntry> entries = ProxyServerString::parse(proxyUrl);
    if (entries.size() != 1 || !entries.first().forScheme.isEmpty()) {
        *error = tr("--proxy must be one proxy address such as http://proxy.contoso.com:8080.");
        return false;
    }
    const ProxyServerEntry& entry = entries.first();
    if (!entry.valid()) {
        *error = tr("--proxy %1 cannot be used: %2.").arg(ProxyServerString::redacted(proxyUrl), entry.problem);
        return false;
    }
    if (!entry.proxyScheme.isEmpty() && entry.proxyScheme != QLatin1String("http")) {
        *error = tr("--proxy must be an http:// proxy address (HTTPS goes through it with CONNECT).");
        return false;
    }
    Builder b;
    b.routes = *routes;
    b.addProxy(QStringLiteral("cli"), tr("the proxy given with --proxy"), entry,
               tr("command line (--proxy %1)").arg(ProxyServerString::redacted(proxyUrl)), {});
    // Keep "direct" last.
    QList<ProxyRoute> result = b.routes;
    const auto direct = std::find_if(result.begin(), result.end(), [](const ProxyRoute& r) { return r.direct; });
    if (direct != result.end() && direct != result.end() - 1) {
        const ProxyRoute moved = *direct;
        result.erase(direct);
        result.append(moved);
    }
    *routes = result;
    return true;
}

} // namespace mars
