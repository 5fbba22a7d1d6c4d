// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// C3 https_reachability — can this server reach the addresses registration needs (Entra ID
// sign-in today; the vault's Backup service host once a vault credentials file is read), layer
// by layer, through the route the agent takes?
//  Probe:    the run's network survey (catalog/common/NetworkPaths: ConnectivityProbe::exchange
//            for every endpoint through every route, in parallel, 5 s each): DNS -> TCP ->
//            proxy -> TLS -> HTTP. The agent's route is the SYSTEM account's WinINet proxy
//            when one is set (mars-checks.md C1), else direct; WinHTTP's proxy and the direct
//            path are shown beside it.
//  States:   Pass when every Entra/Backup endpoint answers through the agent's route (any HTTP
//            status below 500); Warning for a 5xx or a proxy's block page, or when only another
//            route works; Fail when one fails at a layer (the sentence names the layer, the
//            host:port, the route and the time); Fail "no network" when no name could be
//            looked up at all; NotApplicable off Windows; Error when the survey could not run.
//            Every endpoint and route goes into the report's "endpoints".
//  Deadline: 20 s (the survey takes about one exchange's 5 s).
//  Fix:      none: the network team acts on the sentence and the allow-list (guidance).
class HttpsReachabilityCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(HttpsReachabilityCheck)

public:
    static QString id() { return QStringLiteral("https_reachability"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
