// SPDX-License-Identifier: MIT
#pragma once

class QAbstractSocket;

namespace mars::test {

// Closes a connected socket with a TCP RST instead of a FIN (SO_LINGER on, zero timeout, then
// close), so the peer sees "connection reset by peer", as from a firewall that kills a flow.
// QAbstractSocket::abort() alone sends a FIN. Deletes nothing: the socket is closed afterwards.
void resetConnection(QAbstractSocket* socket);

} // namespace mars::test
