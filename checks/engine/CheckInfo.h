// SPDX-License-Identifier: MIT
#pragma once

#include <QFlags>
#include <QString>

namespace mars {

// Which wizard page (and CLI --phase) runs a check. A check may belong to both.
enum class Phase : quint8 {
    Install = 0x1,
    Register = 0x2,
};
Q_DECLARE_FLAGS(Phases, Phase)
Q_DECLARE_OPERATORS_FOR_FLAGS(Phases)

QString phaseId(Phase phase); // "install" / "register"

enum class Requirement : quint8 {
    None = 0x0,
    Admin = 0x1, // the probe sees less (or nothing) without administrator rights
    Network = 0x2, // the probe talks to the network
};
Q_DECLARE_FLAGS(Requirements, Requirement)
Q_DECLARE_OPERATORS_FOR_FLAGS(Requirements)

// What a check is, independent of any run. Titles and reasons are translated by the check.
struct CheckInfo
{
    QString id; // catalog snake_case id, stable across versions
    QString catalogRef; // the catalog's short reference ("A1", "F1")
    Phases phases;
    QString title; // short, for the list ("Administrator rights")
    QString whyItMatters;
    QString docUrl;
    int deadline_ms = 10000;
    Requirements needs = Requirement::None;
};

} // namespace mars
