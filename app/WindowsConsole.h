// SPDX-License-Identifier: MIT
#pragma once

namespace mars {

// On Windows the executable is a GUI program (subsystem "windows"): double-clicked it opens no
// console window, and started from cmd or PowerShell it has none either. These make --cli,
// --help and --version print to the console the program was started from. Elsewhere they do
// nothing.

// Attaches to the parent process's console, if there is one, and points stdout and stderr at it
// unless they are already redirected to a file or a pipe (`> out.txt`, `| findstr`, CI, QProcess),
// which stay as they are. Call first thing in main(), before anything is printed.
void attachParentConsole();

// Lets go of that console again (the wizard calls this before its window opens): while attached,
// closing the console window or pressing Ctrl+C in it would end the wizard, even in the middle of
// a fix.
void detachParentConsole();

// Probes of an empty card reader or DVD drive must fail with an error, not wait on Windows'
// "There is no disk in the drive" box (which a worker thread would block on): turns those
// boxes off for the whole process. Call first thing in main().
void quietCriticalErrorDialogs();

} // namespace mars
