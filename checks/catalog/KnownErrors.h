// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckCatalog.h"

#include <QCoreApplication>

namespace mars {

// The "I got this error" table (mars-checks.md §3): each error the agent shows, what it means in
// plain words and the catalog's checks that can explain it. Ids are stable; mars_log_scan maps
// log lines to the same ids.
class KnownErrors
{
    Q_DECLARE_TR_FUNCTIONS(KnownErrors)

public:
    static void addTo(CheckCatalog& catalog);
};

} // namespace mars
