// SPDX-License-Identifier: MIT
#include "network/BlackholePort.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace mars::test {

namespace {
#ifdef Q_OS_WIN
using Socket = SOCKET;
void closeSocket(qintptr s)
{
    closesocket(Socket(s));
}
bool makeNonBlocking(Socket s)
{
    u_long on = 1;
    return ioctlsocket(s, FIONBIO, &on) == 0;
}
#else
using Socket = int;
void closeSocket(qintptr s)
{
    ::close(int(s));
}
bool makeNonBlocking(Socket s)
{
    return fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK) == 0;
}
#endif

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}
} // namespace

BlackholePort::BlackholePort()
{
#ifdef Q_OS_WIN
    WSADATA data;
    WSAStartup(MAKEWORD(2, 2), &data);
#endif
    const Socket listener = socket(AF_INET, SOCK_STREAM, 0);
    m_listener = qintptr(listener);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof(address);
    if (bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 || listen(listener, 0) != 0
        || getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return;
    const quint16 port = ntohs(address.sin_port);
    // Fill the backlog (Linux keeps backlog + 1 completed connections) with a margin; the
    // fillers' own connects may stay pending, which is fine: they only have to take the room.
    for (int i = 0; i < 4; ++i) {
        const Socket filler = socket(AF_INET, SOCK_STREAM, 0);
        m_fillers.push_back(qintptr(filler));
        const sockaddr_in target = loopback(port);
        if (!makeNonBlocking(filler))
            return;
        connect(filler, reinterpret_cast<const sockaddr*>(&target), sizeof(target));
    }
    m_port = port;
}

BlackholePort::~BlackholePort()
{
    for (const qintptr filler : m_fillers)
        closeSocket(filler);
    if (m_listener != -1)
        closeSocket(m_listener);
#ifdef Q_OS_WIN
    WSACleanup();
#endif
}

} // namespace mars::test
