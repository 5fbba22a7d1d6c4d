// SPDX-License-Identifier: MIT
#pragma once

#include "AppOptions.h"
#include "Composition.h"
#include "engine/CheckRunner.h"

#include <QDateTime>
#include <QObject>

namespace mars {

// Console mode: runs the requested phases one after the other with the same CheckRunner the
// wizard uses, prints the result table, writes --json, and exits with the contract's code.
class CliRun : public QObject
{
    Q_OBJECT
public:
    CliRun(const AppOptions& options, const Composition& composition, QObject* parent = nullptr);
    // Starts the run; QCoreApplication::exit(code) is called when it is done.
    void start();

private:
    void finish();

    AppOptions m_options;
    Composition m_composition;
    CheckRunner* m_runner;
    QDateTime m_started;
};

} // namespace mars
