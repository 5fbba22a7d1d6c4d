// SPDX-License-Identifier: MIT
#pragma once

#include "AppOptions.h"
#include "engine/CheckCatalog.h"
#include "engine/CheckEnvironment.h"
#include "engine/FixJournal.h"
#include "logging/Redactor.h"

#include <QString>

#include <memory>

namespace mars {

// The composition root: builds the real services once (redactor, logging, the OS probe or a
// scenario, the journal, the catalog) and hands them out as values.
struct Composition
{
    QString sessionId;
    std::shared_ptr<Redactor> redactor;
    std::shared_ptr<const CheckCatalog> catalog;
    std::shared_ptr<FixJournal> journal;
    CheckEnvironment environment;
    QString dataDir;
    QString logFilePath;
};

// Returns false with *error when the options name something unusable (a scenario that does
// not parse, a data folder that cannot be created): a usage error, exit code 3.
bool compose(const AppOptions& options, Composition* composition, QString* error);

} // namespace mars
