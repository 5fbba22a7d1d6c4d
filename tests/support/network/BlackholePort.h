// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace mars::test {

// A port on 127.0.0.1 where a TCP connect never completes: a listening socket whose backlog
// is already full (listen() with a backlog of 0, filled by connections nobody accepts), so the
// kernel drops the next SYN without an answer, as a firewall that drops traffic would. The
// client sees neither an accept nor a refusal until its own time-out. Nothing leaves loopback.
class BlackholePort
{
public:
    BlackholePort();
    ~BlackholePort();
    BlackholePort(const BlackholePort&) = delete;
    BlackholePort& operator=(const BlackholePort&) = delete;

    // 0 when it could not be set up.
    quint16 port() const { return m_port; }

private:
    qintptr m_listener = -1;
    std::vector<qintptr> m_fillers;
    quint16 m_port = 0;
};

} // namespace mars::test
