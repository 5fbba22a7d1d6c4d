// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckCatalog.h"
#include "engine/CheckEnvironment.h"
#include "engine/FixJournal.h"
#include "logging/Redactor.h"
#include "logging/ScreenText.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace mars {

// What the composition root (app/main.cpp, or a GUI test) hands the wizard: the services
// every page shares, as one small value. Pages read it; they never reach into each other.
struct WizardSession
{
    QString sessionId;
    std::shared_ptr<const CheckCatalog> catalog;
    CheckEnvironment environment; // system probe + inputs (inputs are edited on Welcome)
    std::shared_ptr<FixJournal> journal;
    // The session's one Redactor (logs, reports, clipboard, journal); pages add the secrets the
    // technician types (a passphrase) so that no output can carry them.
    std::shared_ptr<Redactor> redactor;
    // What the pages show passes this (the Redactor, and in presenter mode the customer's personal
    // data masked too); the wizard makes one over `redactor` when the composition root gave none.
    std::shared_ptr<ScreenText> screen;
    QString logFilePath; // shown on the Summary page
    // Judges the Welcome page's lab inputs (the files they name, the proxy address) with the
    // command line's rules; the composition root supplies it (the rules live above the pages).
    // Called on a worker with the fields' labels; empty answer: usable. Not set: not judged.
    std::function<QString(const CheckInputs& inputs, const QStringList& names)> labInputsProblem;
    QDateTime startedUtc = QDateTime::currentDateTimeUtc();

    bool isSimulated() const { return environment.isSimulated(); }
};

} // namespace mars
