// SPDX-License-Identifier: MIT
#include "CheckInfo.h"

#include "CheckInputs.h"

namespace mars {

QString phaseId(Phase phase)
{
    return phase == Phase::Install ? QStringLiteral("install") : QStringLiteral("register");
}

QString goalId(Goal goal)
{
    switch (goal) {
    case Goal::Install: return QStringLiteral("install");
    case Goal::Register: return QStringLiteral("register");
    case Goal::Reregister: return QStringLiteral("reregister");
    }
    return QStringLiteral("install");
}

QString cloudId(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public: return QStringLiteral("public");
    case Cloud::UsGovernment: return QStringLiteral("usgov");
    case Cloud::China: return QStringLiteral("china");
    }
    return QStringLiteral("public");
}

bool goalFromId(const QString& id, Goal* goal)
{
    for (Goal g : {Goal::Install, Goal::Register, Goal::Reregister}) {
        if (goalId(g) == id) {
            *goal = g;
            return true;
        }
    }
    return false;
}

bool cloudFromId(const QString& id, Cloud* cloud)
{
    for (Cloud c : {Cloud::Public, Cloud::UsGovernment, Cloud::China}) {
        if (cloudId(c) == id) {
            *cloud = c;
            return true;
        }
    }
    return false;
}

} // namespace mars
