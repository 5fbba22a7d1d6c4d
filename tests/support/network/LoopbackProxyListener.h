// SPDX-License-Identifier: MIT
#pragma once

#include "network/LoopbackHttpProxy.h"

#include <QMutex>
#include <QTcpServer>

class QTcpSocket;

namespace mars::test {

// What LoopbackHttpProxy (test thread) and its listener (proxy thread) share, under the mutex.
struct LoopbackHttpProxyState
{
    mutable QMutex mutex;
    ProxyBehaviour behaviour = ProxyBehaviour::tunnel();
    int connections = 0;
    int requests = 0;
    int upstreamConnections = 0;
    int refusedTargets = 0;
    RecordedRequest lastRequest;
};

// LoopbackHttpProxy's QTcpServer, living on the proxy's thread. Implementation detail: tests use
// LoopbackHttpProxy.
class LoopbackProxyListener : public QTcpServer
{
public:
    LoopbackProxyListener(std::shared_ptr<LoopbackHttpProxyState> state, QObject* parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Session;
    // Handles every complete request head in the session's buffer, until one starts a tunnel or
    // ends the connection.
    void processRequests(const std::shared_ptr<Session>& session);
    // Connects to the loopback target and, once connected, pipes bytes both ways. `firstBytes`
    // go to the target first (the rewritten GET head), `reply` to the client (200 for CONNECT).
    void openUpstream(const std::shared_ptr<Session>& session, const QString& host, quint16 port,
                      const QByteArray& firstBytes, const QByteArray& reply);
    static void replyAndClose(QTcpSocket* client, int code, const QByteArray& text);

    std::shared_ptr<LoopbackHttpProxyState> m_state;
};

} // namespace mars::test
