// SPDX-License-Identifier: MIT
#pragma once

// The registration phase's one network survey, shared by the network, TLS and time checks of a
// run: every endpoint probed through every route, in parallel, under one deadline, once per run
// (the facts cache key "network.paths"). The checks only read the outcomes.
#include "EndpointList.h"
#include "engine/CheckContext.h"
#include "engine/Finding.h"
#include "system/ConnectivityTypes.h"
#include "system/SystemTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace mars {

// One address the agent needs (or the OS's connectivity check uses): EndpointList's entry.
using PathEndpoint = Endpoint;

// A way out of this machine, named for people.
struct PathRoute
{
    NetworkRoute route;
    QString label; // "directly", "through the WinHTTP proxy proxy:8080"
    bool agentRoute = false; // the route the agent's service (LocalSystem) takes
};

struct PathOutcome
{
    PathEndpoint endpoint;
    PathRoute route;
    Probed<ExchangeResult> exchange;
    QDateTime machineUtcAtEnd; // this machine's clock when the exchange ended (for the skew)
};

struct PathPlan
{
    QList<PathEndpoint> endpoints;
    QList<PathRoute> routes; // the agent's route first
    QString source; // where the endpoint list came from, for the report
    AllowList allowList; // what the network team opens, for the cloud of the list
    QStringList notProbed; // routes that cannot be probed (a configuration script), in words
    QList<QSslCertificate> extraRoots; // --trusted-roots, for every exchange of the run
    QString inputError; // a lab input that could not be used (said by the connection check)
};

struct NetworkPaths
{
    PathPlan plan;
    QList<PathOutcome> outcomes; // endpoint-major, in plan order
    int exchangeTimeout_ms = 0;

    // Outcomes of one endpoint role through the agent's route.
    QList<PathOutcome> agentOutcomes() const;
    // Outcomes of the direct route: the only ones whose addresses are what this server's own
    // DNS answers for the endpoint (through a proxy, the proxy looks the name up).
    QList<PathOutcome> directOutcomes() const;
    // True when the agent's service goes through a proxy (it then needs no DNS of its own).
    bool agentUsesProxy() const;
    // Azure's clock: the first HTTPS answer from an Azure address (not NCSI) with a Date header,
    // and this machine's clock when it ended; null when no Azure address answered. The clock
    // check and the vault certificate's validity (TrustedTime) both read time from it.
    const PathOutcome* azureDateReference() const;
    // True when not a single name could be looked up on any route: no network at all.
    bool nothingResolved() const;
};

class NetworkPathsText
{
    Q_DECLARE_TR_FUNCTIONS(mars::NetworkPaths)

public:
    // How one outcome reads: Pass for any HTTP answer below 500 that is not a proxy's block
    // page; Warning for a 5xx or a block page (naming who answered); Fail when a layer failed;
    // Error when the exchange could not be tried at all.
    struct Judgement
    {
        Verdict verdict = Verdict::Error;
        QString sentence;
    };
    static Judgement judge(const PathOutcome& outcome);
    // The outcome as the report's "endpoints" entry.
    static EndpointReport report(const PathOutcome& outcome);

    // "TCP connection to login.microsoftonline.com:443 through the WinHTTP proxy p:8080 timed
    // out after 5 s: ..." — the sentence a network team acts on.
    static QString failureSentence(const PathOutcome& outcome);
    // One line for the network team: "login.microsoftonline.com:443 | route winhttp
    // (proxy:8080) | layer tcp | <evidence>".
    static QString failureLine(const PathOutcome& outcome);
    // "https://host:443" with the port always written.
    static QString hostPort(const QUrl& url);
};

namespace networkPaths {
// Per exchange; the whole survey runs in parallel, so it takes about this long too.
inline constexpr int kExchangeTimeout_ms = 5000;
// What a check that reads the survey should allow for it (every exchange plus the start-up).
inline constexpr int kCheckDeadline_ms = 20000;

// The CA certificates of a PEM file (--trusted-roots); empty with *why set when there are none
// or the file cannot be read.
QList<QSslCertificate> loadTrustedRoots(const QString& path, QString* why);

// The survey of this run (computed by the first check that asks, shared with the others).
// Fails (a Failed or Cancelled fact) only when the survey itself could not run.
FactsCache::Fact<NetworkPaths> survey(const CheckContext& context);

// What to probe: the cloud's endpoint list (EndpointList) and the routes (ProxyRoutes: the
// SYSTEM account's WinINet proxy first when set, the agent's route; WinHTTP's, the other
// profiles', and direct). Reads the machine; called by survey().
PathPlan plan(const CheckContext& context);
} // namespace networkPaths

} // namespace mars
