// SPDX-License-Identifier: MIT
#pragma once

#include "AgentLogs.h"
#include "Check.h"
#include "CheckInfo.h"
#include "Fix.h"
#include "KnownError.h"

#include <QList>
#include <QString>

#include <memory>

namespace mars {

// The set of checks and fixes the product knows, in the order the wizard shows them.
// Built once (catalog/BuiltinCatalog lists the real ones; tests build their own) and shared
// read-only between threads.
class CheckCatalog
{
public:
    void addCheck(std::shared_ptr<const Check> check);
    void addFix(std::shared_ptr<const Fix> fix);
    // A row of the "I got this error" table (mars-checks.md §3).
    void addKnownError(KnownError error);

    QList<std::shared_ptr<const Check>> checks() const { return m_checks; }
    // In catalog order, each check once, also when it belongs to several of `phases`.
    QList<std::shared_ptr<const Check>> checksFor(Phases phases) const;
    std::shared_ptr<const Check> check(const QString& id) const;
    std::shared_ptr<const Fix> fix(const QString& id) const;
    QList<std::shared_ptr<const Fix>> fixesFor(const QString& checkId) const;
    QList<KnownError> knownErrors() const { return m_knownErrors; }
    // Where the agent keeps the logs a support bundle carries (BuiltinCatalog sets it).
    void setAgentLogLocator(AgentLogLocator locator) { m_agentLogs = std::move(locator); }
    // On a worker. Without a locator: no files, and a note that says so.
    AgentLogList agentLogs(const CheckContext& context) const;

private:
    QList<std::shared_ptr<const Check>> m_checks;
    QList<std::shared_ptr<const Fix>> m_fixes;
    QList<KnownError> m_knownErrors;
    AgentLogLocator m_agentLogs;
};

} // namespace mars
