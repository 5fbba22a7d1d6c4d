// SPDX-License-Identifier: MIT
#pragma once

#include <QThread>

#include <functional>

class QObject;

namespace mars::test {

// The thread a loopback server or proxy runs on, with its own event loop.
//
// Why a thread of its own: the checks under test run on worker threads and block (a synchronous
// connect, waitForEncrypted, a QEventLoop-free probe), and a test thread may wait on them. A
// server living on the test thread's event loop would then never answer. On its own thread it
// keeps answering whatever the test thread does.
//
// Objects made with runBlocking() and parented to context() live on the thread; the owner
// deletes them with runBlocking() before this object is destroyed. The destructor quits the
// event loop and joins the thread: nothing on it blocks (a stalled connection is only a socket
// nobody answers), so the join is immediate.
class LoopbackServerThread
{
public:
    explicit LoopbackServerThread(const QString& name);
    ~LoopbackServerThread();
    LoopbackServerThread(const LoopbackServerThread&) = delete;
    LoopbackServerThread& operator=(const LoopbackServerThread&) = delete;

    // A QObject living on the thread: the parent and the connect context for what runs there.
    QObject* context() const { return m_context; }
    // Runs fn on the thread and returns when it has run.
    void runBlocking(const std::function<void()>& fn) const;

private:
    QThread m_thread;
    QObject* m_context;
};

} // namespace mars::test
