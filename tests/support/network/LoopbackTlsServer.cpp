// SPDX-License-Identifier: MIT
#include "network/LoopbackTlsServer.h"

#include "network/LoopbackTlsListener.h"

#include <QMutexLocker>

namespace mars::test {

LoopbackTlsServer::LoopbackTlsServer(const TlsIdentity& identity, const ServerBehaviour& behaviour)
    : m_transport(Transport::Tls)
    , m_state(std::make_shared<LoopbackTlsServerState>())
    , m_thread(QStringLiteral("LoopbackTlsServer"))
{
    m_state->defaultBehaviour = behaviour;
    m_thread.runBlocking([this, identity] {
        m_listener = new LoopbackTlsListener(m_transport, identity, m_state, m_thread.context());
        start();
    });
}

LoopbackTlsServer::LoopbackTlsServer(const ServerBehaviour& behaviour)
    : m_transport(Transport::PlainHttp)
    , m_state(std::make_shared<LoopbackTlsServerState>())
    , m_thread(QStringLiteral("LoopbackHttpServer"))
{
    m_state->defaultBehaviour = behaviour;
    m_thread.runBlocking([this] {
        m_listener = new LoopbackTlsListener(m_transport, TlsIdentity(), m_state, m_thread.context());
        start();
    });
}

LoopbackTlsServer::~LoopbackTlsServer()
{
    // On the server's thread: closes the listening socket and every connection, stalled or not.
    m_thread.runBlocking([this] { delete m_listener; });
}

void LoopbackTlsServer::start()
{
    // 127.0.0.1 only, port 0: the OS picks a free port, so parallel test runs never collide.
    if (m_listener->listen(address(), 0))
        m_port = m_listener->serverPort();
    else
        m_errorString = m_listener->errorString();
}

QUrl LoopbackTlsServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(m_transport == Transport::Tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address().toString());
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

void LoopbackTlsServer::setBehaviour(const ServerBehaviour& behaviour)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->defaultBehaviour = behaviour;
}

void LoopbackTlsServer::setBehaviour(const QString& path, const ServerBehaviour& behaviour)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->pathBehaviours.insert(path, behaviour);
}

int LoopbackTlsServer::connectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->connections;
}

int LoopbackTlsServer::handshakeCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->handshakes;
}

int LoopbackTlsServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

RecordedRequest LoopbackTlsServer::lastRequest() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->lastRequest;
}

} // namespace mars::test
