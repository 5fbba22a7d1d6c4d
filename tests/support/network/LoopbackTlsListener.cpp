// SPDX-License-Identifier: MIT
#include "network/LoopbackTlsListener.h"

#include "network/ResetConnection.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QSslSocket>

namespace mars::test {

LoopbackTlsListener::LoopbackTlsListener(LoopbackTlsServer::Transport transport, const TlsIdentity& identity,
                                         std::shared_ptr<LoopbackTlsServerState> state, QObject* parent)
    : QTcpServer(parent)
    , m_transport(transport)
    , m_state(std::move(state))
{
    if (m_transport == LoopbackTlsServer::Transport::Tls) {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificateChain(QList<QSslCertificate>{identity.certificate} + identity.chain);
        m_tls.setPrivateKey(identity.privateKey);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
}

void LoopbackTlsListener::incomingConnection(qintptr descriptor)
{
    ServerBehaviour::Kind kind;
    {
        QMutexLocker lock(&m_state->mutex);
        ++m_state->connections;
        kind = m_state->defaultBehaviour.kind();
    }

    const bool tls = m_transport == LoopbackTlsServer::Transport::Tls;
    const bool raw = !tls || kind == ServerBehaviour::Kind::ResetAfterAccept || kind == ServerBehaviour::Kind::Stall
                     || kind == ServerBehaviour::Kind::ResetDuringHandshake;
    QAbstractSocket* socket = raw ? new QTcpSocket(this) : new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);

    switch (kind) {
    case ServerBehaviour::Kind::ResetAfterAccept:
        resetConnection(socket);
        socket->deleteLater();
        return;
    case ServerBehaviour::Kind::Stall: return; // never read, never answer; deleted with the listener
    case ServerBehaviour::Kind::ResetDuringHandshake:
        // The client's first bytes (its ClientHello) arrived and it now waits for a ServerHello:
        // reset there, mid-handshake. On plain HTTP the same happens after the request bytes.
        connect(socket, &QIODevice::readyRead, socket, [socket] {
            resetConnection(socket);
            socket->deleteLater();
        });
        return;
    default: break;
    }

    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->setSslConfiguration(m_tls);
        connect(ssl, &QSslSocket::encrypted, this, [state = m_state] {
            QMutexLocker lock(&state->mutex);
            ++state->handshakes;
        });
        serve(ssl);
        ssl->startServerEncryption();
    } else {
        serve(socket);
    }
}

void LoopbackTlsListener::serve(QAbstractSocket* socket)
{
    struct Pending
    {
        QByteArray bytes;
        bool answered = false; // one request per connection: ignore anything after it
    };
    auto pending = std::make_shared<Pending>();
    connect(socket, &QIODevice::readyRead, this, [this, socket, pending] {
        const QByteArray bytes = socket->readAll();
        if (pending->answered)
            return;
        pending->bytes += bytes;
        const qsizetype end = pending->bytes.indexOf("\r\n\r\n");
        if (end < 0) {
            if (pending->bytes.size() > 64 * 1024)
                socket->abort();
            return;
        }
        pending->answered = true;
        answer(socket, pending->bytes.left(end));
    });
}

void LoopbackTlsListener::answer(QAbstractSocket* socket, const QByteArray& head)
{
    const std::optional<RecordedRequest> request = RecordedRequest::parse(head);
    std::optional<ServerBehaviour> behaviour;
    {
        QMutexLocker lock(&m_state->mutex);
        ++m_state->requests;
        if (request) {
            m_state->lastRequest = *request;
            const QString path = QUrl::fromEncoded(request->target()).path();
            const auto it = m_state->pathBehaviours.constFind(path);
            behaviour = it != m_state->pathBehaviours.constEnd() ? *it : m_state->defaultBehaviour;
        }
    }
    if (!behaviour) {
        socket->write(ServerBehaviour::status(400).response(QDateTime::currentDateTimeUtc()));
        socket->disconnectFromHost();
        return;
    }

    switch (behaviour->kind()) {
    case ServerBehaviour::Kind::ResetAfterAccept:
    case ServerBehaviour::Kind::ResetDuringHandshake:
        resetConnection(socket);
        socket->deleteLater();
        return;
    case ServerBehaviour::Kind::Stall: return;
    case ServerBehaviour::Kind::Ok200:
    case ServerBehaviour::Kind::Status:
    case ServerBehaviour::Kind::Redirect:
    case ServerBehaviour::Kind::CloseAfterHeaders:
        socket->write(behaviour->response(QDateTime::currentDateTimeUtc()));
        socket->disconnectFromHost(); // after the bytes are written (and, for TLS, a close_notify)
        return;
    }
}

} // namespace mars::test
