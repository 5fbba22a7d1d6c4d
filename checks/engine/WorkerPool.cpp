// SPDX-License-Identifier: MIT
#include "WorkerPool.h"

#include "logging/Logging.h"

#include <QThreadPool>

#include <spdlog/spdlog.h>

#include <exception>

namespace mars {

namespace {
constexpr int kExitGrace_ms = 300;
}

WorkerPool::WorkerPool(QObject* owner, int maxThreads)
    : m_pool(new QThreadPool)
    , m_mailbox(std::make_shared<Mailbox>(owner))
{
    m_pool->setMaxThreadCount(maxThreads);
}

WorkerPool::~WorkerPool()
{
    m_mailbox->close();
    m_pool->clear(); // tasks not yet started never start
    if (m_pool->waitForDone(kExitGrace_ms)) {
        delete m_pool;
        return;
    }
    // A task is stuck in the OS. Joining it would freeze the caller (usually the GUI thread
    // closing a page), so the pool is left running; the process exit ends it.
    Logging::logger(QStringLiteral("engine"))
            ->warn("{} worker task(s) still running after {} ms; leaving them behind", m_pool->activeThreadCount(),
                   kExitGrace_ms);
}

void WorkerPool::start(std::function<void()> task)
{
    // Nothing may escape a task: QThreadPool would let it reach std::terminate. Tasks turn
    // their own errors into values; this is the last line for what they did not foresee
    // (bad_alloc while posting a result, writing the journal, ...).
    m_pool->start([task = std::move(task)] {
        try {
            task();
        } catch (const std::exception& e) {
            Logging::logger(QStringLiteral("engine"))->error("worker task failed: {}", e.what());
        } catch (...) {
            Logging::logger(QStringLiteral("engine"))->error("worker task failed with an unknown exception");
        }
    });
}

void WorkerPool::growByOne()
{
    m_pool->setMaxThreadCount(m_pool->maxThreadCount() + 1);
}

void WorkerPool::Mailbox::post(std::function<void()> fn)
{
    // Holding the mutex while posting guarantees the target is alive at that moment; once
    // posted, Qt discards the event if the target is destroyed before it is delivered.
    QMutexLocker lock(&m_mutex);
    if (m_target)
        QMetaObject::invokeMethod(m_target, std::move(fn), Qt::QueuedConnection);
}

void WorkerPool::Mailbox::close()
{
    QMutexLocker lock(&m_mutex);
    m_target = nullptr;
}

} // namespace mars
