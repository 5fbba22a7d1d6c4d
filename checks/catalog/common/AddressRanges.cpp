// SPDX-License-Identifier: MIT
#include "AddressRanges.h"

#include <array>

namespace mars::addressRanges {

bool isPrivate(const QHostAddress& address)
{
    static const std::array<std::pair<QHostAddress, int>, 5> ranges{
            QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
            QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
            QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
            QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
            QHostAddress::parseSubnet(QStringLiteral("fc00::/7"))};
    for (const auto& [network, prefix] : ranges) {
        if (address.isInSubnet(network, prefix))
            return true;
    }
    return false;
}

QString rangeHolding(const QHostAddress& address, const QStringList& cidrs)
{
    for (const QString& cidr : cidrs) {
        const std::pair<QHostAddress, int> subnet = QHostAddress::parseSubnet(cidr);
        if (!subnet.first.isNull() && address.isInSubnet(subnet.first, subnet.second))
            return cidr;
    }
    return {};
}

} // namespace mars::addressRanges
