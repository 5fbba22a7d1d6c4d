// SPDX-License-Identifier: MIT
#pragma once

#include "ProxySettings.h"
#include "engine/FactsCache.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mars {

struct CheckContext;

// One distinct way this server may reach Azure for HTTPS: directly, or through one proxy
// (host:port), or through a configuration script that only the OS can evaluate. Settings that
// name the same proxy are one route, with every one of them named (name "system-wininet+winhttp",
// source listing both places). The network prober (issue #11) probes every endpoint through
// every route; the report names the route by `name`.
struct ProxyRoute
{
    QString name; // short, stable: "direct", "system-wininet", "winhttp", "user-wininet", "cli", joined by "+"
    QString label; // translated, for sentences: "the SYSTEM account's WinINet proxy"
    QString host; // empty for direct and for a script-only route
    quint16 port = 0;
    bool direct = false;
    QString source; // where it was read, every place, "; "-separated (credentials redacted)
    QStringList bypass; // ProxyOverride / WinHTTP bypass list, as written
    QString pacUrl; // a configuration script (AutoConfigURL); the prober cannot evaluate it
    QString hostPort() const; // "host:port" ("[v6]:port")
};

class ProxyRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mars::ProxyRoutes)

public:
    // The facts-cache key of the run's ProxySettings (settings read once, routes derived from them).
    static QString factKey() { return QStringLiteral("proxy.routes"); }

    // The machine's proxy settings, read once per run and shared by C1 and the prober.
    static FactsCache::Fact<ProxySettings> obtain(const CheckContext& context);

    // The run's routes in one call (obtain + derive): what the network prober iterates over.
    // Failed/Cancelled when the settings could not be read at all.
    static FactsCache::Fact<QList<ProxyRoute>> forRun(const CheckContext& context);

    // Every distinct route the settings name, in this order: SYSTEM (or the machine-wide policy's)
    // WinINet, WinHTTP, the .DEFAULT profile, the signed-in user; then "direct", always last, so a
    // probe can tell a proxy problem from a firewall problem. Unreadable or unusable settings add
    // no route (C1 reports them).
    static QList<ProxyRoute> derive(const ProxySettings& settings);

    // `routes` plus the lab's --proxy URL ("http://host:port") as the route "cli", merged into an
    // existing route with the same host:port. False with *error set when the URL cannot be used.
    static bool withCliProxy(QList<ProxyRoute>* routes, const QString& proxyUrl, QString* error);
};

} // namespace mars
