// SPDX-License-Identifier: MIT
#include "GuiRun.h"

#include "AppOptions.h"
#include "TroubleshooterWizard.h"
#include "UiTranslators.h"
#include "WizardSession.h"
#include "WizardWindow.h"

#include <QApplication>

namespace mars {

int runGui(const Composition& composition, const AppOptions& options, UiTranslators& translators)
{
    WizardSession session;
    session.sessionId = composition.sessionId;
    session.catalog = composition.catalog;
    session.environment = composition.environment;
    session.journal = composition.journal;
    session.redactor = composition.redactor;
    session.logFilePath = composition.logFilePath;
    session.labInputsProblem = labInputsProblem; // the command line's rules, said under the fields

    // --language wins (the elevated copy a fix starts gets the language shown then as --language:
    // RestartElevatedFix::relaunchArguments); otherwise the language menu's last choice in this
    // data folder.
    if (options.language.isEmpty()) {
        if (const QString saved = TroubleshooterWizard::savedLanguage(session); !saved.isEmpty())
            translators.use(saved);
    }
    WizardWindow window(session, translators, options.presenter);
    // A fix that relaunched the program elevated asks this instance to close.
    QObject::connect(&window, &WizardWindow::quitRequested, qApp, &QCoreApplication::quit);
    window.show();
    return QApplication::exec();
}

} // namespace mars
