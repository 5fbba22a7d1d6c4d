// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckInfo.h"
#include "engine/CheckInputs.h"
#include "report/ReportFile.h"

#include <QList>
#include <QString>

namespace mars {

// The command line, parsed into a value.
struct AppOptions
{
    bool cli = false;
    QList<Phase> phases{Phase::Install, Phase::Register};
    // The report files to write after a --cli run, in the order given: --json, --html and
    // --markdown name their format, --report takes it from the suffix (ReportFile.h).
    struct ReportTarget
    {
        QString option; // "--json", "--html", "--markdown" or "--report", for messages
        QString path;
        ReportFormat format = ReportFormat::Json;
    };
    QList<ReportTarget> reports;
    QString bundlePath; // --bundle: the support bundle (SupportBundle) written after a --cli run
    bool presenter = false; // --presenter: the wizard starts in presenter mode
    QString scenarioPath;
    QString tempDir;
    QString dataDir; // logs + fix journal; empty = the application's local data folder
    bool verbose = false;
    QString language; // --language: a locale name ("de", "en_US") instead of the system's
    CheckInputs inputs;
    // Secrets typed on the command line (the password of a --proxy address): registered with the
    // session's Redactor by compose(), kept nowhere else.
    QStringList secrets;
};

// Parses QCoreApplication::arguments(). Prints --help/--version itself (then *exitNow is
// set, exit code 0). On a usage error returns false with *error set to a plain sentence.
bool parseCommandLine(const QStringList& arguments, AppOptions* options, bool* exitNow, QString* error);

// The first problem of the lab inputs (endpoints file, trusted roots file, proxy), as one
// sentence naming the input by `names` (three: the options on the command line, the fields'
// labels on the Welcome page); empty when they are usable. Reads the files: not on the GUI thread.
QString labInputsProblem(const CheckInputs& inputs, const QStringList& names);

// True when argv asks for console mode, checked before any QApplication exists.
bool argumentsRequestCli(int argc, char** argv);

// The value of --language, read before parsing so that --help and usage errors are already
// translated; empty when not given. parseCommandLine() validates it.
QString requestedLanguage(const QStringList& arguments);

} // namespace mars
