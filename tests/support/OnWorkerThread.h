// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <thread>
#include <type_traits>
#include <utility>

namespace mars::test {

// Runs `fn` on a thread of its own and returns its result; the calling thread blocks meanwhile.
// Not QtConcurrent::run(fn).result() or waitForFinished(): Qt runs a task that has not started
// yet on the thread that waits for it, which in a walk-through is the GUI thread itself.
template<typename Fn>
std::invoke_result_t<Fn> onWorkerThread(Fn fn)
{
    using Result = std::invoke_result_t<Fn>;
    if constexpr (std::is_void_v<Result>) {
        std::thread worker(std::move(fn));
        worker.join();
    } else {
        std::optional<Result> result;
        std::thread worker([&result, &fn] { result.emplace(fn()); });
        worker.join();
        return std::move(*result);
    }
}

} // namespace mars::test
