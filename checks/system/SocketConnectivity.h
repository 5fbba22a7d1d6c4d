// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectivityProbe.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <functional>

namespace mars {

// The real ConnectivityProbe, the same on Windows and Linux: Qt's sockets, driven layer by
// layer on the calling worker thread by a local event loop that wakes every 50 ms to honour
// the deadline and the stop token (Qt's blocking waitForConnected() would abort a connection
// when a short wait ends, so slices of it cannot be used).
//  - DNS: QHostInfo::lookupHost (the OS resolver), aborted on stop or deadline; an IP literal
//    is not looked up.
//  - TCP: each resolved address in turn until one connects.
//  - Proxy: for https a CONNECT tunnel (then TLS inside it), for http an absolute-URI request;
//    407 and any non-2xx answer to CONNECT stop at the proxy layer.
//  - TLS: QSslSocket with the machine's trust store (schannel on Windows: the LocalMachine and
//    user stores; OpenSSL's system CAs on Linux) plus the request's extra roots; verification
//    errors are recorded and the handshake finished so the chain can be shown, then the
//    exchange stops at the TLS layer: no request is sent over an untrusted channel.
//  - HTTP: one GET with "Connection: close", the head and at most maxBodyBytes of the body.
// Nothing is sent but that GET (no credentials, no cookies); traffic goes only to the URL's
// host or the route's proxy.
class SocketConnectivity final : public ConnectivityProbe
{
    Q_DECLARE_TR_FUNCTIONS(mars::SocketConnectivity)

public:
    // What a name lookup found.
    struct HostLookup
    {
        enum class Status : quint8 { Found = 1, NoSuchName, Failed, NoAnswer, Cancelled };
        Status status = Status::Failed;
        QList<QHostAddress> addresses;
        QString error; // the resolver's words, for Failed
    };
    // Looks a name up within timeout_ms, returning soon after a stop request.
    using HostResolver = std::function<HostLookup(const QString& host, int timeout_ms, const std::stop_token& stop)>;

    // `resolver` replaces the OS resolver (tests: names that point at 127.0.0.1, a name that
    // does not exist, a DNS server that never answers, without any DNS traffic).
    explicit SocketConnectivity(HostResolver resolver = {});

    // The OS resolver: QHostInfo::lookupHost, aborted at the deadline or on stop.
    static HostLookup lookUpWithOs(const QString& host, int timeout_ms, const std::stop_token& stop);

    Probed<ExchangeResult> exchange(const ExchangeRequest& request, const std::stop_token& stop) const override;

private:
    HostResolver m_resolver;
};

} // namespace mars
