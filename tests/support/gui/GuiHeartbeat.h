// SPDX-License-Identifier: MIT
#pragma once

// A heartbeat on the GUI thread (issue #16): a precise timer ticks every few milliseconds, and
// the gap between two ticks is how long the GUI thread could not answer. Each gap is booked to
// the phase the caller named last (setPhase), so a stall says where it happened. Used by the
// walk-through bench (bench/BenchWizardStalls.cpp); a test can use it too, but timings are
// measured, not asserted, in tests.
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>

namespace mars::guitest {

class GuiHeartbeat : public QObject
{
public:
    explicit GuiHeartbeat(int interval_ms = 2, QObject* parent = nullptr)
        : QObject(parent)
        , m_interval_ns(qint64(interval_ms) * 1000000)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(interval_ms);
        connect(&m_timer, &QTimer::timeout, this, &GuiHeartbeat::tick);
    }

    void start()
    {
        m_clock.start();
        m_last_ns = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void setPhase(const QString& phase) { m_phase = phase; }

    struct Gap
    {
        double ms = 0; // beyond the timer's own interval
        QString phase;
        qint64 at_ms = 0; // since start()
    };
    // The longest gaps, longest first.
    QList<Gap> longest(int count) const
    {
        QList<Gap> gaps = m_gaps;
        std::sort(gaps.begin(), gaps.end(), [](const Gap& a, const Gap& b) { return a.ms > b.ms; });
        return gaps.mid(0, count);
    }
    // The longest gap of each phase, in the order the phases came.
    QList<Gap> longestPerPhase() const
    {
        QList<Gap> out;
        for (const QString& phase : m_phases) {
            Gap worst;
            worst.phase = phase;
            for (const Gap& g : m_gaps) {
                if (g.phase == phase && g.ms > worst.ms)
                    worst = g;
            }
            out.append(worst);
        }
        return out;
    }
    qint64 ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        ++m_ticks;
        if (!m_phases.contains(m_phase))
            m_phases.append(m_phase);
        const double gap_ms = double(now - m_last_ns - m_interval_ns) / 1e6;
        m_last_ns = now;
        if (gap_ms >= 1.0) // keep what matters: a list of every 2 ms tick would be millions
            m_gaps.append({gap_ms, m_phase, now / 1000000});
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_interval_ns;
    qint64 m_last_ns = 0;
    qint64 m_ticks = 0;
    QString m_phase = QStringLiteral("start");
    QStringList m_phases;
    QList<Gap> m_gaps;
};

} // namespace mars::guitest
