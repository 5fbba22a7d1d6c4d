// SPDX-License-Identifier: MIT
#pragma once
// Which kind of address a name resolved to: the private ranges a private endpoint (or a wrong DNS
// zone) answers with, and the CIDR ranges of a cloud's allow-list. Pure arithmetic, no lookups.

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace mars::addressRanges {

// RFC 1918 (10/8, 172.16/12, 192.168/16), shared address space RFC 6598 (100.64/10, which the
// catalog's C9 names) and IPv6 unique local addresses RFC 4193 (fc00::/7).
bool isPrivate(const QHostAddress& address);

// The first range of `cidrs` ("20.190.128.0/18") that holds `address`; empty when none does.
// A malformed entry is skipped (the lists are data, checked by their own tests).
QString rangeHolding(const QHostAddress& address, const QStringList& cidrs);

} // namespace mars::addressRanges
