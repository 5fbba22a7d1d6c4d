// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckEnvironment.h"

#include <QString>
#include <QStringList>

namespace mars::optionPaths {

// Checks of the command line's path options on this machine's file system, made before anything
// runs. Each returns an empty string when the path is usable, else one sentence that names the
// option and the path and says what to do: a usage error (exit code 3).

// A file the program reads (--scenario, --vault-credentials, --endpoints, --trusted-roots).
QString inputFileProblem(const QString& option, const QString& path);
// A file the program writes after the run (--json): its folder exists, it is not a folder, and a
// file can be created there now (one that did not exist is removed again).
QString outputFileProblem(const QString& option, const QString& path);
// A folder the program creates when missing (--data-dir): only a file in its place is wrong.
QString creatableFolderProblem(const QString& option, const QString& path);
// The folder whose contents a fix may delete (--temp-dir): it exists, is a folder, and is
// neither a drive root nor a system folder (after resolving ".", ".." and links).
QString cleanupFolderProblem(const QString& option, const QString& path);

// --install-dir on the machine the run looks at (the real one or the --scenario's), with the
// Welcome page's rule (InstallDirInput): false with *error when the run would check the wrong
// folder or none. Asks the machine on a worker thread and waits for it.
bool checkInstallDirOnMachine(const CheckEnvironment& environment, QString* error);

// The folders a cleanup must never work on, as canonical paths of this machine (the drive roots,
// %SystemRoot% and System32, the Program Files folders, ProgramData, the Users folder; on Linux
// "/" and the top-level system folders). %SystemRoot%\Temp and /tmp are not among them.
QStringList protectedFolders();

} // namespace mars::optionPaths
