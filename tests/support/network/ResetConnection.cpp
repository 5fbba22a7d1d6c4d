// SPDX-License-Identifier: MIT
#include "network/ResetConnection.h"

#include <QAbstractSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace mars::test {

void resetConnection(QAbstractSocket* socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor != -1) {
        linger option{};
        option.l_onoff = 1;
        option.l_linger = 0;
#ifdef Q_OS_WIN
        ::setsockopt(static_cast<SOCKET>(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char*>(&option),
                     sizeof option);
#else
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
    }
    socket->abort();
}

} // namespace mars::test
