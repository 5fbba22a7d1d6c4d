// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

namespace mars {

// Cooperative cancellation shared between the GUI thread (which cancels) and a worker
// (which polls). Copies share one flag. Cheap to poll in tight loops.
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace mars
