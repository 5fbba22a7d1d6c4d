// SPDX-License-Identifier: MIT
#include "FakeClock.h"

#include <QMutex>

namespace mars::test {

struct FakeClock::State
{
    mutable QMutex mutex;
    QDateTime now;
};

FakeClock::FakeClock(const QDateTime& startUtc)
    : m_state(std::make_shared<State>())
{
    m_state->now = startUtc.toUTC();
}

QDateTime FakeClock::now() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->now;
}

void FakeClock::set(const QDateTime& utc)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->now = utc.toUTC();
}

void FakeClock::advance(qint64 seconds)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->now = m_state->now.addSecs(seconds);
}

std::function<QDateTime()> FakeClock::function() const
{
    return [state = m_state] {
        const QMutexLocker lock(&state->mutex);
        return state->now;
    };
}

} // namespace mars::test
