// SPDX-License-Identifier: MIT
#include "network/LoopbackProxyListener.h"

#include "network/ResetConnection.h"
#include "network/ServerBehaviour.h"

#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

namespace mars::test {

// One client connection: its unparsed bytes, and the target once a tunnel or forward started.
struct LoopbackProxyListener::Session
{
    QTcpSocket* client = nullptr;
    QPointer<QTcpSocket> upstream;
    QByteArray buffer;
    bool piping = false; // a tunnel or forward is open: client bytes go to the target as they are
    bool done = false; // answered for good (denied, stalled, reset): ignore further bytes
};

LoopbackProxyListener::LoopbackProxyListener(std::shared_ptr<LoopbackHttpProxyState> state, QObject* parent)
    : QTcpServer(parent)
    , m_state(std::move(state))
{
}

void LoopbackProxyListener::incomingConnection(qintptr descriptor)
{
    auto* client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(descriptor)) {
        delete client;
        return;
    }
    {
        QMutexLocker lock(&m_state->mutex);
        ++m_state->connections;
    }
    auto session = std::make_shared<Session>();
    session->client = client;
    connect(client, &QAbstractSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QAbstractSocket::disconnected, this, [session] {
        if (session->upstream)
            session->upstream->disconnectFromHost();
    });
    connect(client, &QIODevice::readyRead, this, [this, session] {
        if (session->done) {
            session->client->readAll();
            return;
        }
        if (session->piping) {
            if (session->upstream)
                session->upstream->write(session->client->readAll());
            return;
        }
        session->buffer += session->client->readAll();
        processRequests(session);
    });
}

void LoopbackProxyListener::processRequests(const std::shared_ptr<Session>& session)
{
    QTcpSocket* client = session->client;
    while (!session->piping && !session->done) {
        const qsizetype end = session->buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (session->buffer.size() > 64 * 1024)
                client->abort();
            return;
        }
        const QByteArray head = session->buffer.left(end);
        session->buffer.remove(0, end + 4);

        const std::optional<RecordedRequest> request = RecordedRequest::parse(head);
        std::optional<ProxyBehaviour> behaviour;
        {
            QMutexLocker lock(&m_state->mutex);
            ++m_state->requests;
            if (request)
                m_state->lastRequest = *request;
            behaviour = m_state->behaviour;
        }
        if (!request) {
            session->done = true;
            replyAndClose(client, 400, "malformed request");
            return;
        }

        switch (behaviour->kind()) {
        case ProxyBehaviour::Kind::Reset:
            session->done = true;
            resetConnection(client);
            client->deleteLater();
            return;
        case ProxyBehaviour::Kind::Stall:
            session->done = true;
            return; // never answered; closed when the proxy is destroyed
        case ProxyBehaviour::Kind::Deny:
            session->done = true;
            replyAndClose(client, behaviour->statusCode(), "denied by the loopback proxy");
            return;
        case ProxyBehaviour::Kind::RequireAuth:
            if (!behaviour->acceptsCredentials(request->header("Proxy-Authorization"))) {
                // Keeps the connection: clients resend the request with credentials on it.
                client->write(behaviour->challenge());
                continue;
            }
            break;
        case ProxyBehaviour::Kind::Tunnel: break;
        }

        // Where to: "CONNECT host:port" or "GET http://host:port/path".
        QString host;
        int port = -1;
        QByteArray firstBytes;
        QByteArray reply;
        if (request->method() == "CONNECT") {
            const QUrl authority = QUrl(QStringLiteral("//") + QString::fromLatin1(request->target()));
            host = authority.host();
            port = authority.port();
            reply = "HTTP/1.1 200 Connection established\r\n\r\n";
        } else {
            const QUrl url = QUrl::fromEncoded(request->target());
            if (url.scheme() != u"http" || url.host().isEmpty()) {
                session->done = true;
                replyAndClose(client, 400, "absolute http:// URI or CONNECT expected");
                return;
            }
            host = url.host();
            port = url.port(80);
            // Origin-form for the target; no Proxy-* header (credentials) goes further.
            firstBytes = request->method() + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' '
                         + request->version() + "\r\n";
            if (!firstBytes.startsWith(QByteArray(request->method() + " /")))
                firstBytes.insert(request->method().size() + 1, '/');
            for (const auto& [name, value] : request->headers()) {
                if (!name.toLower().startsWith("proxy-") && name.compare("Connection", Qt::CaseInsensitive) != 0)
                    firstBytes += name + ": " + value + "\r\n";
            }
            firstBytes += "Connection: close\r\n\r\n";
        }

        if (!LoopbackHttpProxy::isLoopbackTarget(host)) {
            {
                QMutexLocker lock(&m_state->mutex);
                ++m_state->refusedTargets;
            }
            session->done = true;
            replyAndClose(client, 403, "the loopback proxy only connects to 127.0.0.1, localhost and ::1");
            return;
        }
        if (port <= 0 || port > 65535) {
            session->done = true;
            replyAndClose(client, 400, "no valid port");
            return;
        }
        session->piping = true;
        openUpstream(session, host, static_cast<quint16>(port), firstBytes + session->buffer, reply);
        session->buffer.clear();
    }
}

void LoopbackProxyListener::openUpstream(const std::shared_ptr<Session>& session, const QString& host, quint16 port,
                                         const QByteArray& firstBytes, const QByteArray& reply)
{
    {
        QMutexLocker lock(&m_state->mutex);
        ++m_state->upstreamConnections;
    }
    QTcpSocket* client = session->client;
    auto* upstream = new QTcpSocket(client); // goes with the client connection
    session->upstream = upstream;
    connect(upstream, &QAbstractSocket::connected, client, [client, upstream, firstBytes, reply] {
        if (!reply.isEmpty())
            client->write(reply);
        if (!firstBytes.isEmpty())
            upstream->write(firstBytes);
    });
    connect(upstream, &QIODevice::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QAbstractSocket::errorOccurred, client, [client, upstream](QAbstractSocket::SocketError) {
        if (upstream->state() != QAbstractSocket::ConnectedState && client->bytesToWrite() == 0
            && client->state() == QAbstractSocket::ConnectedState)
            replyAndClose(client, 502, "the loopback target refused the connection");
    });
    connect(upstream, &QAbstractSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    // The rule in LoopbackHttpProxy.h: only loopback, and "localhost" is never resolved.
    const QHostAddress target = host == u"::1" || host == u"[::1]" ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                                   : QHostAddress(QHostAddress::LocalHost);
    upstream->connectToHost(target, port);
}

void LoopbackProxyListener::replyAndClose(QTcpSocket* client, int code, const QByteArray& text)
{
    const QByteArray body = text + '\n';
    client->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + ServerBehaviour::reasonPhrase(code)
                  + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\nConnection: close\r\n\r\n" + body);
    client->disconnectFromHost();
}

} // namespace mars::test
