// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// B1 scratch_registry_consistency — do the agent's two ScratchLocation registry values
// (Config and Config\CloudBackupProvider) name the same cache folder, and does it exist? When
// they disagree or the folder is gone, registration fails with "passphrase not correctly
// configured" (34506) and backups fail.
//  Probe:    SystemProbe::readRegistry (HKLM, 64-bit view) for Setup\InstallPath and both
//            ScratchLocation values; fileAttributes() on the folders they name.
//  States:   NotApplicable when the agent is not installed (no InstallPath) or not on Windows;
//            Pass both values equal (as Windows compares paths) and the folder exists;
//            Fail a value missing, the two different, or the folder missing / not a folder;
//            Error when a registry value or a folder cannot be read.
//  Deadline: 5 s.
//  Fix:      repair_scratch_registry — only when exactly one value names an existing folder
//            and the other is missing or names a missing one: copies it over the other and
//            restarts obengine. Undo writes the old value back (when there was one).
class ScratchRegistryCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(ScratchRegistryCheck)

public:
    static QString id() { return QStringLiteral("scratch_registry_consistency"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
