// SPDX-License-Identifier: MIT
#include "SocketWaits.h"

#include "SocketConnectivity.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QSslSocket>
#include <QTimer>

namespace mars {

namespace net {

Outcome pumpUntil(QAbstractSocket& socket, const Budget& budget, const std::function<bool()>& done,
                  const std::function<bool()>& failed)
{
    const auto finished = [&] { return done() || failed() || budget.over(); };
    if (!finished()) {
        QEventLoop loop;
        const auto check = [&] {
            if (finished())
                loop.quit();
        };
        QTimer tick;
        tick.setInterval(kTick_ms);
        QObject::connect(&tick, &QTimer::timeout, &loop, check);
        QObject::connect(&socket, &QAbstractSocket::connected, &loop, check);
        QObject::connect(&socket, &QAbstractSocket::readyRead, &loop, check);
        QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, check);
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, check);
        QObject::connect(&socket, &QAbstractSocket::stateChanged, &loop, check);
        if (auto* ssl = qobject_cast<QSslSocket*>(&socket))
            QObject::connect(ssl, &QSslSocket::encrypted, &loop, check);
        tick.start();
        loop.exec();
    }
    if (done())
        return Outcome::Done;
    if (failed())
        return Outcome::Failed;
    return budget.stopped() ? Outcome::Cancelled : Outcome::TimedOut;
}

} // namespace net

SocketConnectivity::HostLookup SocketConnectivity::lookUpWithOs(const QString& host, int timeout_ms,
                                                                const std::stop_token& stop)
{
    const net::Budget budget(timeout_ms, stop);
    HostLookup lookup;
    bool answered = false;
    QHostInfo info;
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(net::kTick_ms);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (budget.over())
            loop.quit();
    });
    // The answer comes back through this thread's event loop; with `loop` as its context it is
    // dropped if it comes after the loop has gone.
    const int id = QHostInfo::lookupHost(host, &loop, [&](const QHostInfo& result) {
        info = result;
        answered = true;
        loop.quit();
    });
    tick.start();
    if (!budget.over())
        loop.exec();
    if (!answered) {
        QHostInfo::abortHostLookup(id);
        lookup.status = budget.stopped() ? HostLookup::Status::Cancelled : HostLookup::Status::NoAnswer;
        return lookup;
    }
    if (info.error() == QHostInfo::HostNotFound) {
        lookup.status = HostLookup::Status::NoSuchName;
        return lookup;
    }
    if (info.error() != QHostInfo::NoError) {
        lookup.status = HostLookup::Status::Failed;
        lookup.error = info.errorString();
        return lookup;
    }
    lookup.status = HostLookup::Status::Found;
    lookup.addresses = info.addresses();
    return lookup;
}

} // namespace mars
