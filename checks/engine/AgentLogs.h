// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mars {

struct CheckContext;

// The agent's own logs that a support bundle carries (issue #15). The catalog knows where the
// agent keeps them (catalog/agent/AgentLogFiles); the bundle (report/SupportBundle) reads their
// tails through the FilesProbe, so a simulated machine's bundle holds the scenario's logs.
struct AgentLogFile
{
    QString path; // as the FilesProbe takes it
    QString about; // what it is, in words: "the agent's engine (CBEngineCurr.errlog)"
};

struct AgentLogList
{
    QList<AgentLogFile> files;
    // Why a log is not in the list, one sentence each ("The agent is not installed, so it has no
    // logs of its own yet."): the bundle's manifest says so instead of leaving it out silently.
    QStringList notes;
};

// Works out the list on a worker (it lists a folder and reads the registry); honours the context's
// cancellation.
using AgentLogLocator = std::function<AgentLogList(const CheckContext& context)>;

} // namespace mars
