// SPDX-License-Identifier: MIT
// mars-troubleshooter: the executable. Parses the command line, composes the services and
// hands over to the wizard (GUI) or the console run (--cli). Nothing else lives here.
#include "AppOptions.h"
#include "CliRun.h"
#include "Composition.h"
#include "GuiRun.h"
#include "OptionPaths.h"
#include "StartupError.h"
#include "UiTranslators.h"
#include "WindowsConsole.h"
#include "logging/Logging.h"
#include "report/ExitCode.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <exception>
#include <memory>

namespace {

bool noDisplay()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return false;
#else
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#endif
}

int run(int argc, char** argv)
{
    const bool cliRequested = mars::argumentsRequestCli(argc, argv);
    const bool fallbackToCli = !cliRequested && noDisplay();
    std::unique_ptr<QCoreApplication> app;
    if (cliRequested || fallbackToCli)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mars-troubleshooter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARS_VERSION));
    mars::UiTranslators translators(*app);
    translators.use(mars::requestedLanguage(QCoreApplication::arguments()));

    mars::AppOptions options;
    bool exitNow = false;
    QString error;
    if (!mars::parseCommandLine(QCoreApplication::arguments(), &options, &exitNow, &error)) {
        mars::reportStartupError(
                QCoreApplication::translate("mars::StartupError", "%1\nRun mars-troubleshooter --help for the options.")
                        .arg(error));
        return int(mars::ExitCode::UsageError);
    }
    if (exitNow)
        return 0;
    if (fallbackToCli) {
        QTextStream(stderr) << "No display found: running in console mode (--cli).\n";
        options.cli = true;
    }
    mars::Composition composition;
    if (!mars::compose(options, &composition, &error)
        || !mars::optionPaths::checkInstallDirOnMachine(composition.environment, &error)) {
        mars::reportStartupError(error);
        return int(mars::ExitCode::UsageError);
    }

    int code = 0;
    if (options.cli) {
        mars::CliRun cliRun(options, composition);
        QTimer::singleShot(0, &cliRun, &mars::CliRun::start);
        code = QCoreApplication::exec();
    } else {
        if (!options.verbose) // --verbose keeps the console for the log lines
            mars::detachParentConsole();
        code = mars::runGui(composition, options, translators);
    }
    mars::Logging::logSessionEnd(code); // the story's last line
    mars::Logging::shutdown();
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    mars::quietCriticalErrorDialogs(); // Windows: no "insert a disk" box blocking a probe
    mars::attachParentConsole(); // Windows: print to the cmd/PowerShell window we were started from
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        QTextStream(stderr) << "mars-troubleshooter: internal error: " << e.what() << '\n';
    } catch (...) {
        QTextStream(stderr) << "mars-troubleshooter: internal error\n";
    }
    return int(mars::ExitCode::InternalError);
}
