// SPDX-License-Identifier: MIT
// mars-troubleshooter: the executable. Parses the command line, composes the services and
// hands over to the wizard (GUI) or the console run (--cli). Nothing else lives here.
#include "AppOptions.h"
#include "CliRun.h"
#include "Composition.h"
#include "GuiRun.h"
#include "OptionPaths.h"
#include "StartupError.h"
#include "WindowsConsole.h"
#include "logging/Logging.h"
#include "report/ExitCode.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

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

// Installs Qt's own and the application's translations for `language` (a locale name;
// empty = the system locale). Without a matching .qm the texts are English.
void installTranslators(QCoreApplication& app, const QString& language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language)); // numbers and dates follow the chosen language too
    const QLocale locale;
    auto* qtbase = new QTranslator(&app);
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    // English first, always: it holds the plural forms of the source texts ("1 check", "2 checks"),
    // for a system locale without a translation (a server's "C" locale) and for any text the
    // chosen language has not translated yet. Installed later, the chosen language is asked first.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/mars-troubleshooter_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* own = new QTranslator(&app); // :/i18n/mars-troubleshooter_<language>.qm (translations/)
    if (own->load(locale, QStringLiteral("mars-troubleshooter"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && own->language() != english->language())
        QCoreApplication::installTranslator(own);
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
    installTranslators(*app, mars::requestedLanguage(QCoreApplication::arguments()));

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
        code = mars::runGui(composition, options.presenter);
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
