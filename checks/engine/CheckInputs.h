// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace mars {

enum class Goal : quint8 { Install = 1, Register, Reregister };
enum class Cloud : quint8 { Public = 1, UsGovernment, China };

QString goalId(Goal goal); // "install" / "register" / "reregister"
QString cloudId(Cloud cloud); // "public" / "usgov" / "china"
bool goalFromId(const QString& id, Goal* goal);
bool cloudFromId(const QString& id, Cloud* cloud);

// What the technician told us, copied into every run as a value (never read from widgets
// by a worker).
struct CheckInputs
{
    Goal goal = Goal::Install;
    Cloud cloud = Cloud::Public;
    QString installDir; // empty = the agent's default install folder
    QString vaultCredentialsPath; // empty = not chosen yet
};

} // namespace mars
