// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

class QThreadPool;

namespace mars {

// Runs tasks on a private thread pool and delivers their results back to the thread of an
// owner QObject, safely even if the owner is destroyed while a task is still running.
//
// Why not QThreadPool::globalInstance() or QtConcurrent's default pool: the global pool is
// joined when the application exits, so one probe stuck in the OS would freeze the window on
// close. This pool is joined for a short grace period only and otherwise leaked on purpose:
// the stuck thread dies with the process.
class WorkerPool
{
public:
    WorkerPool(QObject* owner, int maxThreads);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Runs `task` on a worker thread.
    void start(std::function<void()> task);
    // Lets one more task run concurrently (called when a task is presumed stuck).
    void growByOne();
    // For QtConcurrent::run(pool, ...) with a QFutureWatcher: the same never-joined pool.
    QThreadPool* threadPool() const { return m_pool; }

    // Thread-safe handle a worker uses to run a function on the owner's thread. post() does
    // nothing once the owner is gone.
    class Mailbox
    {
    public:
        explicit Mailbox(QObject* target)
            : m_target(target)
        {
        }
        void post(std::function<void()> fn);
        void close();

    private:
        QMutex m_mutex;
        QObject* m_target;
    };
    std::shared_ptr<Mailbox> mailbox() const { return m_mailbox; }

private:
    QThreadPool* m_pool;
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace mars
