// SPDX-License-Identifier: MIT
#pragma once

#include "network/LoopbackServerThread.h"
#include "network/ProxyBehaviour.h"
#include "network/RecordedRequest.h"

#include <QHostAddress>
#include <QNetworkProxy>

#include <memory>

namespace mars::test {

class LoopbackProxyListener;
struct LoopbackHttpProxyState;

// A real HTTP proxy on 127.0.0.1 with an ephemeral port: `CONNECT host:port` tunnelling and
// absolute-URI GET forwarding ("GET http://127.0.0.1:8080/x HTTP/1.1"), for tests of the checks
// that go through the agent's or the machine's proxy.
//
// SAFETY RULE: it only ever connects to loopback. A target whose host is not literally
// 127.0.0.1, localhost or ::1 is answered "403 Forbidden" before anything is resolved or
// connected (refusedTargetCount() counts those, upstreamConnectionCount() does not move).
// "localhost" is never looked up: it is taken as 127.0.0.1.
//
// Like LoopbackTlsServer it runs on its own thread, every method is thread-safe, and the
// destructor closes every connection (stalled and tunnelled ones too) and returns at once.
// It never logs; the recorded Proxy-Authorization value stays in memory for the test to read,
// and RecordedRequest::description() redacts it.
//
//     LoopbackHttpProxy proxy(ProxyBehaviour::requireAuth("alice", "s3cret"));
//     manager.setProxy(proxy.networkProxy());
class LoopbackHttpProxy
{
public:
    explicit LoopbackHttpProxy(const ProxyBehaviour& behaviour = ProxyBehaviour::tunnel());
    ~LoopbackHttpProxy();
    LoopbackHttpProxy(const LoopbackHttpProxy&) = delete;
    LoopbackHttpProxy& operator=(const LoopbackHttpProxy&) = delete;

    bool isListening() const { return m_port != 0; }
    QString errorString() const { return m_errorString; }
    static QHostAddress address() { return QHostAddress(QHostAddress::LocalHost); }
    quint16 port() const { return m_port; }
    // QNetworkProxy(HttpProxy, "127.0.0.1", port()), without credentials.
    QNetworkProxy networkProxy() const;

    void setBehaviour(const ProxyBehaviour& behaviour);

    // Client connections accepted; request heads received (CONNECT, GET, the retry after 407);
    // connections the proxy itself opened to a target; targets refused as not loopback.
    int connectionCount() const;
    int requestCount() const;
    int upstreamConnectionCount() const;
    int refusedTargetCount() const;
    RecordedRequest lastRequest() const;

    // The rule above, on the host part of a target: "127.0.0.1", "localhost", "::1", "[::1]".
    static bool isLoopbackTarget(const QString& host);

private:
    std::shared_ptr<LoopbackHttpProxyState> m_state;
    LoopbackServerThread m_thread;
    LoopbackProxyListener* m_listener = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace mars::test
