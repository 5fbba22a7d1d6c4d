// SPDX-License-Identifier: MIT
#pragma once

// The bounded, cancellable waits of SocketConnectivity's exchanges (mars_system internal): a
// budget that is over at its deadline or when stopped, and a local event loop that waits on a
// socket until a condition holds or the budget is over. The host lookup's wait
// (SocketConnectivity::lookUpWithOs) is in SocketWaits.cpp too.
#include <QAbstractSocket>
#include <QDeadlineTimer>

#include <algorithm>
#include <functional>
#include <stop_token>
#include <utility>

namespace mars::net {

inline constexpr int kTick_ms = 50; // how often a wait looks at the deadline and the stop token

// The time an exchange may still take, and whether it was asked to stop.
class Budget
{
public:
    Budget(qint64 ms, std::stop_token stop)
        : m_deadline(ms)
        , m_stop(std::move(stop))
    {
    }
    qint64 remaining() const { return std::max<qint64>(0, m_deadline.remainingTime()); }
    const std::stop_token& stop() const { return m_stop; }
    Budget capped(qint64 ms) const
    {
        Budget b = *this;
        b.m_deadline = QDeadlineTimer(std::min(ms, m_deadline.remainingTime()));
        return b;
    }
    bool stopped() const { return m_stop.stop_requested(); }
    bool over() const { return stopped() || m_deadline.hasExpired(); }

private:
    QDeadlineTimer m_deadline;
    std::stop_token m_stop;
};

enum class Outcome : quint8 { Done = 1, Failed, TimedOut, Cancelled };

// Runs a local event loop until `done` or `failed` holds or the budget is over; both are asked
// again on every signal of the socket and every tick.
Outcome pumpUntil(QAbstractSocket& socket, const Budget& budget, const std::function<bool()>& done,
                  const std::function<bool()>& failed);

} // namespace mars::net
