// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckEnvironment.h"
#include "engine/CheckInputs.h"

#include <QString>

namespace mars {

// The agent install folder a user typed (Welcome page) or gave (--install-dir), judged on the
// machine the run looks at: the real one or the scenario's. One rule for both, so the wizard
// and the command line say the same sentence.
struct InstallDirAssessment
{
    enum class State { Folder, File, Missing, NothingAbove, NotAbsolute, Unreadable };
    State state = State::Folder;
    QString reason; // the probe's words for Unreadable
};

// Asks the machine through the environment (the path, then the folders above it): call it on a
// worker.
InstallDirAssessment assessInstallDir(const CheckEnvironment& environment, const QString& path);

// The sentence to show under the field, empty when there is nothing to say. *blocking is set
// when a run with this value would check the wrong folder or none: the field must be corrected
// (or emptied) first. A folder that does not exist yet is fine for an installation (setup creates
// it), not for a registration (the agent is installed somewhere else).
enum class InstallDirSource { WelcomePage, CommandLine }; // how the sentence says "leave it out"
QString installDirMessage(const QString& path, const InstallDirAssessment& assessment, Goal goal, bool* blocking,
                          InstallDirSource source = InstallDirSource::WelcomePage);

} // namespace mars
