// SPDX-License-Identifier: MIT
#include "WorkerPool.h"

#include "logging/Logging.h"

#include <QThreadPool>

#include <spdlog/spdlog.h>

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
    m_pool->start(std::move(task));
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
