// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <cstring>

namespace mars {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mars::AppOptions", text);
}
} // namespace

bool argumentsRequestCli(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--cli") == 0 || std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

bool parseCommandLine(const QStringList& arguments, AppOptions* options, bool* exitNow, QString* error)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Finds out why the Microsoft Azure Recovery Services (MARS) backup agent will not install or register "
               "on this machine, and fixes what can be fixed safely.\n\n"
               "Without options it opens the wizard. With --cli it runs the checks in the console and prints a table.\n"
               "Exit codes: 0 all passed, 1 warnings, 2 failures (or a check could not run), 3 usage error, "
               "4 internal error."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption cli(QStringLiteral("cli"), tr("Run in the console, print the results and exit."));
    const QCommandLineOption phase(QStringLiteral("phase"),
                                   tr("Which checks to run with --cli: install, register or all (default)."),
                                   tr("phase"), QStringLiteral("all"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the report as JSON to <file>."), tr("file"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      tr("Simulate the machine described in <file> (training and demo mode). "
                                         "Everything shown is labelled SIMULATED."),
                                      tr("file"));
    const QCommandLineOption tempDir(QStringLiteral("temp-dir"),
                                     tr("Linux only: the folder to treat as the system temp folder (default: the "
                                        "system temp folder)."),
                                     tr("folder"));
    const QCommandLineOption installDir(QStringLiteral("install-dir"), tr("The agent's install folder to check."),
                                        tr("folder"));
    const QCommandLineOption vaultCredentials(QStringLiteral("vault-credentials"),
                                              tr("The .VaultCredentials file to register with."), tr("file"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), tr("The Azure cloud: public (default), usgov or china."),
                                   tr("cloud"), QStringLiteral("public"));
    const QCommandLineOption goal(QStringLiteral("goal"),
                                  tr("What the technician wants to do: install (default), "
                                     "register or reregister."),
                                  tr("goal"), QStringLiteral("install"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Where the log (logs/mars-troubleshooter.log) and the fix journal "
                                        "(fix-journal.jsonl) are written (default: %1).")
                                             .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(
                                                     QStandardPaths::AppLocalDataLocation))),
                                     tr("folder"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Also write the log to the console (stderr)."));
    parser.addOptions(
            {cli, phase, json, scenario, tempDir, installDir, vaultCredentials, cloud, goal, dataDir, verbose});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        *exitNow = true;
        return true;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        *exitNow = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }

    options->cli = parser.isSet(cli);
    const QString phaseValue = parser.value(phase);
    if (phaseValue == QLatin1String("install"))
        options->phases = {Phase::Install};
    else if (phaseValue == QLatin1String("register"))
        options->phases = {Phase::Register};
    else if (phaseValue == QLatin1String("all"))
        options->phases = {Phase::Install, Phase::Register};
    else {
        *error = tr("--phase must be install, register or all, not \"%1\".").arg(phaseValue);
        return false;
    }
    if (!cloudFromId(parser.value(cloud), &options->inputs.cloud)) {
        *error = tr("--cloud must be public, usgov or china, not \"%1\".").arg(parser.value(cloud));
        return false;
    }
    if (!goalFromId(parser.value(goal), &options->inputs.goal)) {
        *error = tr("--goal must be install, register or reregister, not \"%1\".").arg(parser.value(goal));
        return false;
    }
    options->jsonPath = parser.value(json);
    options->scenarioPath = parser.value(scenario);
    options->tempDir = parser.value(tempDir);
    options->dataDir = parser.value(dataDir);
    options->verbose = parser.isSet(verbose);
    options->inputs.installDir = parser.value(installDir);
    options->inputs.vaultCredentialsPath = parser.value(vaultCredentials);
    return true;
}

} // namespace mars
