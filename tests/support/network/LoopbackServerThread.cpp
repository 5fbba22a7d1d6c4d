// SPDX-License-Identifier: MIT
#include "network/LoopbackServerThread.h"

#include <QMetaObject>

namespace mars::test {

LoopbackServerThread::LoopbackServerThread(const QString& name)
    : m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    // Qt's documented worker pattern: deferred deletes still run on the thread as it finishes.
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

LoopbackServerThread::~LoopbackServerThread()
{
    // m_context (and anything still parented to it) is deleted on the thread as it finishes.
    m_thread.quit();
    m_thread.wait();
}

void LoopbackServerThread::runBlocking(const std::function<void()>& fn) const
{
    if (QThread::currentThread() == &m_thread) {
        fn();
        return;
    }
    QMetaObject::invokeMethod(m_context, fn, Qt::BlockingQueuedConnection);
}

} // namespace mars::test
