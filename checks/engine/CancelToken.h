// SPDX-License-Identifier: MIT
#pragma once

#include <stop_token>

namespace mars {

// Cancellation shared between the thread that cancels (the runner, on the GUI thread, at a
// deadline or on the user's request) and a worker. Copies share one state. Cheap to poll in
// tight loops, and it can also reach a call that blocks: a worker registers a callback
// (std::stop_callback on stopToken()) that aborts its blocking call (closes a socket, cancels
// a name lookup, wakes a wait), so a check returns at its deadline instead of holding its
// thread. Such callbacks run on the cancelling thread: keep them short and non-blocking.
class CancelToken
{
public:
    void cancel() const { m_source.request_stop(); }
    bool isCancelled() const { return m_source.stop_requested(); }
    std::stop_token stopToken() const { return m_source.get_token(); }

private:
    mutable std::stop_source m_source; // request_stop() is thread-safe; only the shared state changes
};

} // namespace mars
