// SPDX-License-Identifier: MIT
#include "CheckCatalog.h"

#include <QCoreApplication>

namespace mars {

void CheckCatalog::addCheck(std::shared_ptr<const Check> check)
{
    Q_ASSERT(check && !this->check(check->info().id));
    m_checks.append(std::move(check));
}

void CheckCatalog::addFix(std::shared_ptr<const Fix> fix)
{
    Q_ASSERT(fix && !this->fix(fix->info().id));
    m_fixes.append(std::move(fix));
}

void CheckCatalog::addKnownError(KnownError error)
{
    Q_ASSERT(!error.id.isEmpty());
    m_knownErrors.append(std::move(error));
}

QList<std::shared_ptr<const Check>> CheckCatalog::checksFor(Phases phases) const
{
    QList<std::shared_ptr<const Check>> result;
    for (const auto& check : m_checks) {
        if (check->info().phases.testAnyFlags(phases))
            result.append(check);
    }
    return result;
}

std::shared_ptr<const Check> CheckCatalog::check(const QString& id) const
{
    for (const auto& check : m_checks) {
        if (check->info().id == id)
            return check;
    }
    return nullptr;
}

std::shared_ptr<const Fix> CheckCatalog::fix(const QString& id) const
{
    for (const auto& fix : m_fixes) {
        if (fix->info().id == id)
            return fix;
    }
    return nullptr;
}

QList<std::shared_ptr<const Fix>> CheckCatalog::fixesFor(const QString& checkId) const
{
    QList<std::shared_ptr<const Fix>> result;
    for (const auto& fix : m_fixes) {
        if (fix->info().checkId == checkId)
            result.append(fix);
    }
    return result;
}

AgentLogList CheckCatalog::agentLogs(const CheckContext& context) const
{
    if (m_agentLogs)
        return m_agentLogs(context);
    AgentLogList none;
    none.notes.append(QCoreApplication::translate("mars::CheckCatalog",
                                                  "This catalog does not say where the agent keeps its logs."));
    return none;
}

} // namespace mars
