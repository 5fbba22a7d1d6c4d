// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <functional>
#include <memory>

namespace mars::test {

// A UTC clock a test sets and moves (CheckEnvironment::utcNow = clock.function()). Copies and
// the functions handed out share one time; thread-safe, because checks read it on workers.
class FakeClock
{
public:
    explicit FakeClock(const QDateTime& startUtc = QDateTime::currentDateTimeUtc());

    QDateTime now() const;
    void set(const QDateTime& utc);
    void advance(qint64 seconds);
    std::function<QDateTime()> function() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace mars::test
