// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Catalog ids (../shared/reference/mars-checks.md), in one place so fixes, tests and the
// report refer to checks without typos. The comment is the catalog's reference.
namespace mars::ids {
// clang-format off
inline QString adminMembership() { return QStringLiteral("admin_membership"); } // A1
inline QString processElevated() { return QStringLiteral("process_elevated"); } // A2
inline QString osSupported() { return QStringLiteral("os_supported"); } // A3
inline QString os64Bit() { return QStringLiteral("os_64bit"); } // A4
inline QString osNotServerCore() { return QStringLiteral("os_not_server_core"); } // A5
inline QString osUpdatesCurrent() { return QStringLiteral("os_updates_current"); } // A6
inline QString dotnetVersion() { return QStringLiteral("dotnet_version"); } // A7
inline QString powershellVersion() { return QStringLiteral("powershell_version"); } // A8
inline QString vcredistAndMmc() { return QStringLiteral("vcredist_and_mmc"); } // A9
inline QString installDirAttributes() { return QStringLiteral("install_dir_attributes"); } // A10
inline QString existingAgentInstall() { return QStringLiteral("existing_agent_install"); } // A11
inline QString installerFailureLogs() { return QStringLiteral("installer_failure_logs"); } // A12
inline QString scratchRegistryConsistency() { return QStringLiteral("scratch_registry_consistency"); } // B1
inline QString scratchVolumeType() { return QStringLiteral("scratch_volume_type"); } // B2
inline QString scratchAttributes() { return QStringLiteral("scratch_attributes"); } // B3
inline QString scratchFreeSpace() { return QStringLiteral("scratch_free_space"); } // B4
inline QString scratchMoveAssistant() { return QStringLiteral("scratch_move_assistant"); } // B5
inline QString windowsTempTmpCount() { return QStringLiteral("windows_temp_tmp_count"); } // F1
inline QString windowsTempWritable() { return QStringLiteral("windows_temp_writable_by_system"); } // F2

// Fixes; the comment names the check that offers it.
inline QString fixRestartAsAdministrator() { return QStringLiteral("restart_as_administrator"); } // A2
inline QString fixDeleteTempTmpFiles() { return QStringLiteral("delete_windows_temp_tmp"); } // F1
inline QString fixClearInstallDirAttributes() { return QStringLiteral("clear_install_dir_attributes"); } // A10
inline QString fixClearScratchAttributes() { return QStringLiteral("clear_scratch_attributes"); } // B3
inline QString fixRepairScratchRegistry() { return QStringLiteral("repair_scratch_registry"); } // B1
inline QString fixStartAgentService() { return QStringLiteral("start_agent_service"); } // A11
// clang-format on
} // namespace mars::ids
