// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <mutex>
#include <stop_token>

namespace mars {

// Waits on `wake` until `ready()` is true or `stop` is requested; answers ready(). `ready` is
// called with `mutex` held. One small piece every blocking wait of a check or the facts cache
// shares, on std::condition_variable and std::mutex only. Not std::condition_variable_any's
// stop_token overload nor std::binary_semaphore: with MinGW-w64's libstdc++ 12 under Wine,
// std::binary_semaphore lost wake-ups (TestFactsCache hung in 9 of 20 runs under load; with
// QSemaphore and this helper, 0 of 30). libstdc++'s stop_callback itself still waits on such a
// semaphore when it is unregistered while its callback runs on another thread (a short race,
// not seen in the runs above); real Windows is untested.
// Order matters: the stop callback is registered before the mutex is taken (it runs at once,
// on this thread, when stop was already requested, and takes the mutex itself), and the lock
// is released before the callback is unregistered (unregistering waits for a callback that is
// running on another thread, which may be waiting for the mutex).
template<typename Ready>
bool waitUnlessStopped(std::mutex& mutex, std::condition_variable& wake, const std::stop_token& stop, Ready ready)
{
    bool stopped = false;
    const std::stop_callback onStop(stop, [&] {
        {
            const std::lock_guard guard(mutex);
            stopped = true;
        }
        wake.notify_all();
    });
    std::unique_lock lock(mutex);
    wake.wait(lock, [&] { return stopped || ready(); });
    return ready();
}

} // namespace mars
