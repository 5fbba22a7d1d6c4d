// SPDX-License-Identifier: MIT
#pragma once

#include "system/SystemTypes.h"

#include <QString>

namespace mars {

// Evidence wording shared by the account checks (A1, A2) and the restart fix.
QString elevationId(TokenElevation elevation); // "elevated" / "limited" / "not_admin"

} // namespace mars
