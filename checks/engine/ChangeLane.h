// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>

namespace mars {

// The one lane every change to the machine goes through: a fix's apply() or an undo. Changes
// never overlap, in the whole process, whichever page or FixRunner asked for them: two fixes
// touching the same folder or service at once could each verify a state the other is
// changing. A change that finds the lane taken is refused (FixRunner answers NotAllowed with
// a sentence), never queued behind a change the user may be about to cancel.
class ChangeLane
{
public:
    // Holds the lane while it lives; check isHeld() first.
    class Ticket
    {
    public:
        Ticket()
            : m_held(!s_busy.exchange(true))
        {
        }
        ~Ticket() { release(); }
        Ticket(const Ticket&) = delete;
        Ticket& operator=(const Ticket&) = delete;

        bool isHeld() const { return m_held; }
        void release()
        {
            if (m_held)
                s_busy.store(false);
            m_held = false;
        }

    private:
        bool m_held;
    };

    static bool isBusy() { return s_busy.load(); }

private:
    static inline std::atomic_bool s_busy{false};
};

} // namespace mars
