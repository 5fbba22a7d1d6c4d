// SPDX-License-Identifier: MIT
#include "ThreadGuard.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace mars {

namespace {
void defaultHandler(const char* what)
{
    qCritical("%s was called on the GUI thread: blocking work there freezes the window", what);
    Q_ASSERT_X(false, what, "blocking work on the GUI thread");
}

QMutex& handlerMutex()
{
    static QMutex mutex;
    return mutex;
}

ThreadGuard::Handler& currentHandler()
{
    static ThreadGuard::Handler handler = &defaultHandler;
    return handler;
}
} // namespace

bool ThreadGuard::onGuiThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    // Only a QGuiApplication has a thread that renders; a console run's main thread may block.
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

void ThreadGuard::offGuiThread(const char* what)
{
    if (!onGuiThread())
        return;
    Handler handler;
    {
        const QMutexLocker lock(&handlerMutex());
        handler = currentHandler();
    }
    if (handler)
        handler(what);
}

ThreadGuard::Handler ThreadGuard::setHandler(Handler handler)
{
    const QMutexLocker lock(&handlerMutex());
    Handler old = std::move(currentHandler());
    currentHandler() = std::move(handler);
    return old;
}

} // namespace mars
