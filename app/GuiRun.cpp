// SPDX-License-Identifier: MIT
#include "GuiRun.h"

#include "AppOptions.h"
#include "TroubleshooterWizard.h"
#include "WizardSession.h"

#include <QApplication>

namespace mars {

int runGui(const Composition& composition, bool presenter)
{
    WizardSession session;
    session.sessionId = composition.sessionId;
    session.catalog = composition.catalog;
    session.environment = composition.environment;
    session.journal = composition.journal;
    session.redactor = composition.redactor;
    session.logFilePath = composition.logFilePath;
    session.labInputsProblem = labInputsProblem; // the command line's rules, said under the fields

    TroubleshooterWizard wizard(session);
    if (presenter) // --presenter turns it on; without it the wizard starts as the last run left it
        wizard.setPresenterMode(true);
    // A fix that relaunched the program elevated asks this instance to close.
    QObject::connect(&wizard, &TroubleshooterWizard::quitRequested, qApp, &QCoreApplication::quit);
    wizard.show();
    return QApplication::exec();
}

} // namespace mars
