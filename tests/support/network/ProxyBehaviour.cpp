// SPDX-License-Identifier: MIT
#include "network/ProxyBehaviour.h"

namespace mars::test {

ProxyBehaviour::ProxyBehaviour(Kind kind, int code)
    : m_kind(kind)
    , m_statusCode(code)
{
}

ProxyBehaviour ProxyBehaviour::tunnel()
{
    return ProxyBehaviour(Kind::Tunnel);
}

ProxyBehaviour ProxyBehaviour::requireAuth(const QByteArray& user, const QByteArray& password,
                                           const QList<Scheme>& schemes)
{
    ProxyBehaviour behaviour(Kind::RequireAuth, 407);
    behaviour.m_user = user;
    behaviour.m_password = password;
    behaviour.m_schemes = schemes;
    return behaviour;
}

ProxyBehaviour ProxyBehaviour::reset()
{
    return ProxyBehaviour(Kind::Reset);
}

ProxyBehaviour ProxyBehaviour::stall()
{
    return ProxyBehaviour(Kind::Stall);
}

ProxyBehaviour ProxyBehaviour::deny(int code)
{
    return ProxyBehaviour(Kind::Deny, code);
}

bool ProxyBehaviour::acceptsCredentials(const QByteArray& proxyAuthorization) const
{
    if (!m_schemes.contains(Scheme::Basic))
        return false;
    const QByteArray expected = "Basic " + QByteArray(m_user + ':' + m_password).toBase64();
    return proxyAuthorization.trimmed() == expected;
}

QByteArray ProxyBehaviour::challenge() const
{
    QByteArray out = "HTTP/1.1 407 Proxy Authentication Required\r\n";
    for (const Scheme scheme : m_schemes) {
        switch (scheme) {
        case Scheme::Basic: out += "Proxy-Authenticate: Basic realm=\"" + realm() + "\"\r\n"; break;
        case Scheme::Ntlm: out += "Proxy-Authenticate: NTLM\r\n"; break;
        case Scheme::Negotiate: out += "Proxy-Authenticate: Negotiate\r\n"; break;
        }
    }
    out += "Content-Length: 0\r\n\r\n";
    return out;
}

} // namespace mars::test
