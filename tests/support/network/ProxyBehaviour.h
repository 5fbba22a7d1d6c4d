// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

namespace mars::test {

// How LoopbackHttpProxy answers each request (CONNECT or an absolute-URI GET).
//
//     LoopbackHttpProxy proxy(ProxyBehaviour::requireAuth("alice", "s3cret"));
//     LoopbackHttpProxy ntlmOnly(ProxyBehaviour::requireAuth({}, {}, {Scheme::Ntlm, Scheme::Negotiate}));
class ProxyBehaviour
{
public:
    enum class Kind {
        Tunnel, // CONNECT: "200 Connection established", then bytes both ways; GET: forwarded
        RequireAuth, // 407 until an accepted Proxy-Authorization arrives, then as Tunnel
        Reset, // TCP RST once the request head arrived
        Stall, // reads the request head and never answers, until the proxy is destroyed
        Deny, // a status (403 by default) and close
    };
    enum class Scheme { Basic, Ntlm, Negotiate };

    static ProxyBehaviour tunnel();
    // 407 offering `schemes` (one Proxy-Authenticate header each, in this order). Only Basic
    // with exactly user:password is ever accepted; NTLM and Negotiate are offered so a test sees
    // which scheme the client was asked for, never completed.
    static ProxyBehaviour requireAuth(const QByteArray& user, const QByteArray& password,
                                      const QList<Scheme>& schemes = {Scheme::Basic});
    static ProxyBehaviour reset();
    static ProxyBehaviour stall();
    static ProxyBehaviour deny(int code = 403);

    Kind kind() const { return m_kind; }
    int statusCode() const { return m_statusCode; }
    QList<Scheme> schemes() const { return m_schemes; }
    // The realm of the Basic challenge.
    static QByteArray realm() { return "MARS loopback proxy"; }
    // True when `proxyAuthorization` (the header's value) carries the accepted credentials.
    bool acceptsCredentials(const QByteArray& proxyAuthorization) const;
    // The 407 reply: status line, Proxy-Authenticate headers, empty body, connection kept open.
    QByteArray challenge() const;

private:
    explicit ProxyBehaviour(Kind kind, int code = 200);

    Kind m_kind;
    int m_statusCode;
    QByteArray m_user;
    QByteArray m_password;
    QList<Scheme> m_schemes;
};

} // namespace mars::test
