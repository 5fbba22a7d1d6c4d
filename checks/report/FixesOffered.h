// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Finding.h"

#include <QList>
#include <QString>

namespace mars {

class CheckCatalog;

// The fixes the findings offer, as text for the command line: each fix once, in the order of the
// findings, with its title and its options rendered from their description (FixOption::describe)
// and their option ids, so a fix with a new option needs no change here. Empty when no finding
// that needs attention offers a fix. The command line only reports; fixes are applied in the
// wizard, where every change is previewed first.
QString fixesOfferedText(const QList<Finding>& findings, const CheckCatalog& catalog, bool simulated);

} // namespace mars
