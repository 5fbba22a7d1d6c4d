// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include "OptionPaths.h"
#include "catalog/common/EndpointList.h"
#include "catalog/common/NetworkPaths.h"
#include "catalog/common/ProxyRoutes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

#include <cstring>
#include <optional>

namespace mars {

namespace {
// lupdate files tr() in a free function under the namespace ("mars"); a class context keeps
// the .ts files and the run-time lookup on the same context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mars::AppOptions)
};
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

QString requestedLanguage(const QStringList& arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

QString labInputsProblem(const CheckInputs& inputs, const QStringList& names)
{
    using networkPaths::loadTrustedRoots;
    if (!inputs.endpointsFile.isEmpty()) {
        if (QString problem = optionPaths::inputFileProblem(names.value(0), inputs.endpointsFile); !problem.isEmpty())
            return problem;
        EndpointList list;
        QString why;
        if (!EndpointList::fromFile(inputs.endpointsFile, &list, &why))
            return why;
    }
    if (!inputs.trustedRootsFile.isEmpty()) {
        if (QString problem = optionPaths::inputFileProblem(names.value(1), inputs.trustedRootsFile);
            !problem.isEmpty())
            return problem;
        QString why;
        if (loadTrustedRoots(inputs.trustedRootsFile, &why).isEmpty())
            return Text::tr("%1: %2").arg(names.value(1), why);
    }
    if (!inputs.labProxy.isEmpty()) {
        QList<ProxyRoute> routes;
        QString why;
        if (!ProxyRoutes::withCliProxy(&routes, inputs.labProxy, &why))
            return Text::tr("%1: %2").arg(names.value(2), why);
    }
    return {};
}

namespace {
// Checked now, so a mistyped lab file is a usage error (exit 3) and not a run of odd findings.
bool parseLabInputs(const QString& endpoints, const QString& trustedRoots, const QString& proxy, AppOptions* options,
                    QString* error)
{
    CheckInputs given;
    given.endpointsFile = endpoints;
    given.trustedRootsFile = trustedRoots;
    given.labProxy = proxy;
    *error = labInputsProblem(
            given, {QStringLiteral("--endpoints"), QStringLiteral("--trusted-roots"), QStringLiteral("--proxy")});
    if (!error->isEmpty())
        return false;
    CheckInputs* inputs = &options->inputs;
    inputs->endpointsFile = endpoints;
    inputs->trustedRootsFile = trustedRoots;
    if (!proxy.isEmpty()) {
        QUrl url(proxy);
        if (!url.password().isEmpty())
            options->secrets.append(url.password());
        url.setUserInfo({}); // never kept, never shown
        options->inputs.labProxy = url.toString();
    }
    return true;
}

// Every path option, checked on this machine before anything runs (the install folder is checked
// later, on the machine the run looks at: checkInstallDirOption()). An option given with an empty
// value is an error, never a silent default.
bool checkPathOptions(const QCommandLineParser& parser, const AppOptions& options, QString* error)
{
    using namespace optionPaths;
    error->clear();
    const auto given = [&parser](const char* name) { return parser.isSet(QLatin1String(name)); };
    if (given("scenario"))
        *error = inputFileProblem(QStringLiteral("--scenario"), options.scenarioPath);
    if (error->isEmpty() && given("temp-dir")) {
        if (given("scenario"))
            *error = Text::tr("--temp-dir cannot be combined with --scenario: the scenario file describes the "
                              "simulated machine's temp folder. Leave one of them out.");
        else
            *error = cleanupFolderProblem(QStringLiteral("--temp-dir"), options.tempDir);
    }
    if (error->isEmpty() && given("data-dir"))
        *error = creatableFolderProblem(QStringLiteral("--data-dir"), options.dataDir);
    if (error->isEmpty() && given("install-dir") && options.inputs.installDir.isEmpty())
        *error = Text::tr("--install-dir needs a folder name: leave the option out to use the one the agent's "
                          "registry entry names.");
    if (error->isEmpty() && given("vault-credentials"))
        *error = inputFileProblem(QStringLiteral("--vault-credentials"), options.inputs.vaultCredentialsPath);
    // Last: they create (and remove) the file to be sure.
    for (const AppOptions::ReportTarget& report : options.reports) {
        if (error->isEmpty())
            *error = outputFileProblem(report.option, report.path);
    }
    if (error->isEmpty() && given("bundle"))
        *error = outputFileProblem(QStringLiteral("--bundle"), options.bundlePath);
    return error->isEmpty();
}
} // namespace

bool parseCommandLine(const QStringList& arguments, AppOptions* options, bool* exitNow, QString* error)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
            "Finds out why the Microsoft Azure Recovery Services (MARS) backup agent will not install or register "
            "on this machine, and fixes what can be fixed safely.\n\n"
            "Without options it opens the wizard. With --cli it runs the checks in the console and prints a table.\n"
            "Exit codes: 0 all passed, 1 warnings, 2 failures (or a check could not run), 3 usage error (also a "
            "path option that names nothing usable: every path is checked before the run), 4 internal error. A "
            "--json report that cannot be written after the run is reported on stderr and keeps the run's code."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption cli(QStringLiteral("cli"), Text::tr("Run in the console, print the results and exit."));
    const QCommandLineOption phase(QStringLiteral("phase"),
                                   Text::tr("Which checks to run with --cli: install, register or all (default)."),
                                   Text::tr("phase"), QStringLiteral("all"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("With --cli: write the report as JSON (every value, for second-line "
                                           "support) to <file>."),
                                  Text::tr("file"));
    const QCommandLineOption html(QStringLiteral("html"),
                                  Text::tr("With --cli: write the report as one HTML file that opens in any browser "
                                           "and prints."),
                                  Text::tr("file"));
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      Text::tr("With --cli: write a ticket summary in Markdown to <file>."),
                                      Text::tr("file"));
    const QCommandLineOption reportFile(
            QStringLiteral("report"),
            Text::tr("With --cli: write a report to <file>, in the format its name ends with: .html (one file that "
                     "opens in "
                     "any browser and prints), .md (a ticket summary in Markdown), .txt (the table), else JSON. May "
                     "be given more than once."),
            Text::tr("file"));
    const QCommandLineOption bundle(
            QStringLiteral("bundle"),
            Text::tr("With --cli: after the run, write a support bundle to <file> (a zip): the report as HTML, JSON "
                     "and Markdown, this tool's log and fix journal, and the end of the agent's own logs, with "
                     "secrets removed; manifest.txt inside lists every file and what is missing."),
            Text::tr("file"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      Text::tr("Simulate the machine described in <file> (training and demo mode). "
                                               "Everything shown is labelled SIMULATED."),
                                      Text::tr("file"));
    const QCommandLineOption tempDir(
            QStringLiteral("temp-dir"),
            Text::tr("The folder the temp-folder check and its cleanup work on (default: "
                     "%SystemRoot%\\Temp on Windows, the system temp folder on Linux). Never a drive root or a system "
                     "folder; not with --scenario, whose file describes the temp folder."),
            Text::tr("folder"));
    const QCommandLineOption installDir(QStringLiteral("install-dir"), Text::tr("The agent's install folder to check."),
                                        Text::tr("folder"));
    const QCommandLineOption vaultCredentials(QStringLiteral("vault-credentials"),
                                              Text::tr("The .VaultCredentials file to register with."),
                                              Text::tr("file"));
    const QCommandLineOption reportedError(
            QStringLiteral("error"),
            Text::tr("The error the customer saw: an ID such as 34513, a code such as 0x1FC07, or the message's text. "
                     "The checks that can explain it run first and the summary says which of them does."),
            Text::tr("text"));
    const QCommandLineOption cloud(QStringLiteral("cloud"),
                                   Text::tr("The Azure cloud: public (default), usgov or china."), Text::tr("cloud"),
                                   QStringLiteral("public"));
    const QCommandLineOption goal(QStringLiteral("goal"),
                                  Text::tr("What the technician wants to do: install (default), "
                                           "register or reregister."),
                                  Text::tr("goal"), QStringLiteral("install"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     Text::tr("Where the logs (logs/mars-troubleshooter.log, the session's story; "
                                              "logs/mars-audit.log, what fixes changed) and the fix journal "
                                              "(fix-journal.jsonl) are written. Fixes run only when the journal can "
                                              "be written there (default: %1).")
                                             .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(
                                                     QStandardPaths::AppLocalDataLocation))),
                                     Text::tr("folder"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     Text::tr("Also write the log to the console (stderr)."));
    const QCommandLineOption language(
            QStringLiteral("language"),
            Text::tr("The language of the texts and human reports: en, de, fr, es, ja or zh_CN "
                     "(default: the system's; the wizard starts in the language its "
                     "menu chose last)."),
            Text::tr("code"));
    // Lab and test inputs (the network checks): every output of a run that uses one says so.
    const QCommandLineOption endpoints(QStringLiteral("endpoints"),
                                       Text::tr("Lab: probe the endpoints listed in <file> (JSON, docs/endpoints.md) "
                                                "instead of the cloud's list."),
                                       Text::tr("file"));
    const QCommandLineOption trustedRoots(QStringLiteral("trusted-roots"),
                                          Text::tr("Lab: also trust the CA certificates in <file> (PEM) for this run's "
                                                   "connections; nothing is installed."),
                                          Text::tr("file"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
                                   Text::tr("Lab: also probe through this proxy, http://host:port (credentials in the "
                                            "address are ignored)."),
                                   Text::tr("url"));
    const QCommandLineOption presenter(QStringLiteral("presenter"),
                                       Text::tr("Start the wizard in presenter mode, for a screen-share: larger text, "
                                                "and the customer's user names, machine names, e-mail addresses and "
                                                "ids masked on screen (the reports keep them)."));
    parser.addOptions({cli,       phase,    json,    html,       markdown,         reportFile,    bundle,
                       presenter, scenario, tempDir, installDir, vaultCredentials, reportedError, cloud,
                       goal,      dataDir,  verbose, language,   endpoints,        trustedRoots,  proxy});

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
        *error = Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
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
        *error = Text::tr("--phase must be install, register or all, not \"%1\".").arg(phaseValue);
        return false;
    }
    if (!cloudFromId(parser.value(cloud), &options->inputs.cloud)) {
        *error = Text::tr("--cloud must be public, usgov or china, not \"%1\".").arg(parser.value(cloud));
        return false;
    }
    if (!goalFromId(parser.value(goal), &options->inputs.goal)) {
        *error = Text::tr("--goal must be install, register or reregister, not \"%1\".").arg(parser.value(goal));
        return false;
    }
    options->language = parser.value(language);
    if (parser.isSet(language) && QLocale(options->language).language() == QLocale::C) {
        *error = Text::tr("--language must be a language code such as de or en, not \"%1\".").arg(options->language);
        return false;
    }
    options->reports.clear();
    const auto addReports = [&](const QCommandLineOption& option, std::optional<ReportFormat> format) {
        for (const QString& path : parser.values(option))
            options->reports.append({QStringLiteral("--") + option.names().constFirst(), path,
                                     format ? *format : reportFormatFor(path)});
    };
    addReports(json, ReportFormat::Json);
    addReports(html, ReportFormat::Html);
    addReports(markdown, ReportFormat::Markdown);
    addReports(reportFile, std::nullopt);
    options->bundlePath = parser.value(bundle);
    options->presenter = parser.isSet(presenter);
    options->scenarioPath = parser.value(scenario);
    options->tempDir = parser.value(tempDir);
    options->dataDir = parser.value(dataDir);
    options->verbose = parser.isSet(verbose);
    options->inputs.installDir = parser.value(installDir).trimmed();
    options->inputs.vaultCredentialsPath = parser.value(vaultCredentials);
    if (!checkPathOptions(parser, *options, error))
        return false;
    options->inputs.reportedError = parser.value(reportedError).trimmed();
    if (options->inputs.reportedError.size() > CheckInputs::kMaxReportedError) {
        *error = Text::tr("--error is longer than %1 characters: give the error's ID or the first line of its message.")
                         .arg(CheckInputs::kMaxReportedError);
        return false;
    }
    for (const QCommandLineOption* option : {&endpoints, &trustedRoots, &proxy}) {
        if (parser.isSet(*option) && parser.value(*option).trimmed().isEmpty()) {
            *error = Text::tr("--%1 needs a value.").arg(option->names().constFirst());
            return false;
        }
    }
    return parseLabInputs(parser.value(endpoints), parser.value(trustedRoots), parser.value(proxy), options, error);
}

} // namespace mars
