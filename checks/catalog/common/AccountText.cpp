// SPDX-License-Identifier: MIT
#include "AccountText.h"

namespace mars {

QString elevationId(TokenElevation elevation)
{
    switch (elevation) {
    case TokenElevation::Elevated: return QStringLiteral("elevated");
    case TokenElevation::Limited: return QStringLiteral("limited");
    case TokenElevation::NotAdmin: return QStringLiteral("not_admin");
    }
    return QStringLiteral("unknown");
}

} // namespace mars
