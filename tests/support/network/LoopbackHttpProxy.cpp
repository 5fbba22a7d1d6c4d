// SPDX-License-Identifier: MIT
#include "network/LoopbackHttpProxy.h"

#include "network/LoopbackProxyListener.h"

#include <QMutexLocker>

namespace mars::test {

LoopbackHttpProxy::LoopbackHttpProxy(const ProxyBehaviour& behaviour)
    : m_state(std::make_shared<LoopbackHttpProxyState>())
    , m_thread(QStringLiteral("LoopbackHttpProxy"))
{
    m_state->behaviour = behaviour;
    m_thread.runBlocking([this] {
        m_listener = new LoopbackProxyListener(m_state, m_thread.context());
        if (m_listener->listen(address(), 0))
            m_port = m_listener->serverPort();
        else
            m_errorString = m_listener->errorString();
    });
}

LoopbackHttpProxy::~LoopbackHttpProxy()
{
    m_thread.runBlocking([this] { delete m_listener; });
}

QNetworkProxy LoopbackHttpProxy::networkProxy() const
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, address().toString(), m_port);
}

void LoopbackHttpProxy::setBehaviour(const ProxyBehaviour& behaviour)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->behaviour = behaviour;
}

int LoopbackHttpProxy::connectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->connections;
}

int LoopbackHttpProxy::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

int LoopbackHttpProxy::upstreamConnectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->upstreamConnections;
}

int LoopbackHttpProxy::refusedTargetCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->refusedTargets;
}

RecordedRequest LoopbackHttpProxy::lastRequest() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->lastRequest;
}

bool LoopbackHttpProxy::isLoopbackTarget(const QString& host)
{
    // A literal comparison, on purpose: resolving the name first would already leave the box.
    const QString h = host.toLower();
    return h == u"127.0.0.1" || h == u"localhost" || h == u"::1" || h == u"[::1]";
}

} // namespace mars::test
