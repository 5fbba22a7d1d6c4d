// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectivityTypes.h"
#include "SystemTypes.h"

#include <stop_token>

namespace mars {

// Role: whether this machine can reach a URL, one layer at a time (DNS, TCP, proxy, TLS, HTTP).
// The only role that sends traffic. Implemented by SocketConnectivity (Qt sockets on the
// calling thread: schannel on Windows, OpenSSL on Linux; the machine's trust store applies),
// and ScenarioConnectivity (the scenario's "network" section: no traffic at all).
// Thread-safe; each call is bounded by its request's timeout and returns within ~50 ms of a
// stop request.
class ConnectivityProbe
{
public:
    virtual ~ConnectivityProbe() = default;

    // Ok with the layered result when the exchange was attempted (a refused connection is an
    // Ok answer whose result says so); Failed when it could not be attempted at all (no host
    // in the URL, an unknown scheme, https without a TLS backend).
    virtual Probed<ExchangeResult> exchange(const ExchangeRequest& request, const std::stop_token& stop) const = 0;
};

} // namespace mars
