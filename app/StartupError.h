// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace mars {

// Says why the program cannot start (a usage error, a scenario that does not parse, a data folder
// that cannot be created): on stderr for the console, and, when the wizard was to open (a
// QApplication exists), in a modal message box (objectName "startupErrorMessageBox") too — the
// Windows executable is a GUI program, so a user who double-clicked it sees no console at all.
void reportStartupError(const QString& text);

} // namespace mars
