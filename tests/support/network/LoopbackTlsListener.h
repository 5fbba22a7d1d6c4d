// SPDX-License-Identifier: MIT
#pragma once

#include "network/LoopbackTlsServer.h"

#include <QHash>
#include <QMutex>
#include <QSslConfiguration>
#include <QTcpServer>

class QAbstractSocket;

namespace mars::test {

// What LoopbackTlsServer (test thread) and its listener (server thread) share, under the mutex.
struct LoopbackTlsServerState
{
    mutable QMutex mutex;
    ServerBehaviour defaultBehaviour = ServerBehaviour::ok200();
    QHash<QString, ServerBehaviour> pathBehaviours;
    int connections = 0;
    int handshakes = 0;
    int requests = 0;
    RecordedRequest lastRequest;
};

// LoopbackTlsServer's QTcpServer, living on the server's thread. Implementation detail: tests
// use LoopbackTlsServer.
class LoopbackTlsListener : public QTcpServer
{
public:
    LoopbackTlsListener(LoopbackTlsServer::Transport transport, const TlsIdentity& identity,
                        std::shared_ptr<LoopbackTlsServerState> state, QObject* parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // Reads one request head from `socket` (already decrypting, for TLS) and answers it.
    void serve(QAbstractSocket* socket);
    void answer(QAbstractSocket* socket, const QByteArray& head);

    LoopbackTlsServer::Transport m_transport;
    QSslConfiguration m_tls;
    std::shared_ptr<LoopbackTlsServerState> m_state;
};

} // namespace mars::test
