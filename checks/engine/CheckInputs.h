// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

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
    // "I got this error": what the customer saw (an ID, a code or pasted text); empty = none. Its
    // checks run first and the summary says which of them explains it (engine/KnownError).
    QString reportedError;
    static constexpr qsizetype kMaxReportedError = 4000;

    // Lab and test inputs (issue #11): a run that uses any of them says so in every output.
    QString endpointsFile; // --endpoints: replaces the cloud's endpoint list
    QString trustedRootsFile; // --trusted-roots: extra CA certificates (PEM) trusted for this run only
    QString labProxy; // --proxy http://host:port: one more route to probe

    // "--endpoints lab.json", ... for every lab input in use; empty for a normal run.
    QStringList labInputs() const
    {
        QStringList used;
        if (!endpointsFile.isEmpty())
            used.append(QStringLiteral("--endpoints ") + endpointsFile);
        if (!trustedRootsFile.isEmpty())
            used.append(QStringLiteral("--trusted-roots ") + trustedRootsFile);
        if (!labProxy.isEmpty())
            used.append(QStringLiteral("--proxy ") + labProxy);
        return used;
    }
};

} // namespace mars
