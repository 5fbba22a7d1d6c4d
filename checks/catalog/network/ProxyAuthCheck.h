// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// C4 proxy_auth_407 — does a proxy on the way ask for credentials the agent does not give?
// The agent's error for it is "(407) Proxy Authentication Required".
//  Probe:    the run's network survey: the proxy's answer to CONNECT (https) or to the request
//            (http) on every proxy route, with the schemes its Proxy-Authenticate headers offer.
//  States:   Fail when the agent's route answers 407; Warning when only another route does;
//            Pass when the proxies on the routes let the requests through; NotApplicable when
//            no route uses a proxy, and off Windows; Error when the survey could not run.
//  Deadline: 20 s (it reads the shared survey).
//  Fix:      none: credentials are the customer's (Set-OBMachineSetting -ProxyUsername and
//            -ProxyPassword, or an exemption on the proxy for this server); never typed here.
class ProxyAuthCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProxyAuthCheck)

public:
    static QString id() { return QStringLiteral("proxy_auth_407"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
