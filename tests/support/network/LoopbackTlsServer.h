// SPDX-License-Identifier: MIT
#pragma once

#include "network/LoopbackServerThread.h"
#include "network/RecordedRequest.h"
#include "network/ServerBehaviour.h"
#include "network/TlsIdentity.h"

#include <QHostAddress>
#include <QUrl>

#include <memory>

namespace mars::test {

class LoopbackTlsListener;
struct LoopbackTlsServerState;

// A real HTTPS (or plain HTTP) server on 127.0.0.1 with an ephemeral port, for tests of the
// network checks (DNS -> TCP -> TLS -> HTTP). It only ever listens on 127.0.0.1.
//
// It runs on its own thread (LoopbackServerThread), so it keeps answering while the test thread
// blocks on a synchronous client or waits for a check running on a worker. Every method here is
// thread-safe and may be called from the test thread at any time; the destructor closes every
// connection, stalled ones included, and returns at once.
//
// Each connection carries one request and is closed after the reply ("Connection: close").
//
//     ThrowawayCa ca;
//     LoopbackTlsServer server(ca.issueLeaf());             // TLS, 200 for every path
//     server.setBehaviour(QStringLiteral("/gone"), ServerBehaviour::status(503));
//     QNetworkRequest request(server.url(QStringLiteral("/gone")));
class LoopbackTlsServer
{
public:
    enum class Transport { Tls, PlainHttp };

    // TLS with this identity (certificate, key, chain sent).
    explicit LoopbackTlsServer(const TlsIdentity& identity,
                               const ServerBehaviour& behaviour = ServerBehaviour::ok200());
    // Plain HTTP (the target behind a proxy, or a check that is told to use http://).
    explicit LoopbackTlsServer(const ServerBehaviour& behaviour = ServerBehaviour::ok200());
    ~LoopbackTlsServer();
    LoopbackTlsServer(const LoopbackTlsServer&) = delete;
    LoopbackTlsServer& operator=(const LoopbackTlsServer&) = delete;

    Transport transport() const { return m_transport; }
    bool isListening() const { return m_port != 0; }
    QString errorString() const { return m_errorString; }
    static QHostAddress address() { return QHostAddress(QHostAddress::LocalHost); }
    quint16 port() const { return m_port; }
    // https://127.0.0.1:<port><path> (http:// for PlainHttp).
    QUrl url(const QString& path = QStringLiteral("/")) const;

    // The answer for every path without one of its own.
    void setBehaviour(const ServerBehaviour& behaviour);
    // The answer for requests whose path (without the query) is exactly `path`.
    void setBehaviour(const QString& path, const ServerBehaviour& behaviour);

    // TCP connections accepted, TLS handshakes completed, request heads received.
    int connectionCount() const;
    int handshakeCount() const;
    int requestCount() const;
    // The last request head received (invalid before the first).
    RecordedRequest lastRequest() const;

private:
    void start();

    Transport m_transport;
    std::shared_ptr<LoopbackTlsServerState> m_state;
    LoopbackServerThread m_thread;
    LoopbackTlsListener* m_listener = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace mars::test
