// SPDX-License-Identifier: MIT
#include "ConnectivityTypes.h"

namespace mars {

QString networkLayerId(NetworkLayer layer)
{
    switch (layer) {
    case NetworkLayer::None: return {};
    case NetworkLayer::Dns: return QStringLiteral("dns");
    case NetworkLayer::Tcp: return QStringLiteral("tcp");
    case NetworkLayer::Proxy: return QStringLiteral("proxy");
    case NetworkLayer::Tls: return QStringLiteral("tls");
    case NetworkLayer::Http: return QStringLiteral("http");
    }
    return {};
}

bool networkLayerFromId(const QString& id, NetworkLayer* layer)
{
    for (NetworkLayer l : {NetworkLayer::None, NetworkLayer::Dns, NetworkLayer::Tcp, NetworkLayer::Proxy,
                           NetworkLayer::Tls, NetworkLayer::Http}) {
        if (networkLayerId(l) == id) {
            *layer = l;
            return true;
        }
    }
    return false;
}

} // namespace mars
