// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Catalog ids (../shared/reference/mars-checks.md), in one place so fixes, tests and the
// report refer to checks without typos.
namespace mars::ids {
inline QString adminMembership()
{
    return QStringLiteral("admin_membership");
} // A1
inline QString processElevated()
{
    return QStringLiteral("process_elevated");
} // A2
inline QString windowsTempTmpCount()
{
    return QStringLiteral("windows_temp_tmp_count");
} // F1

inline QString fixRestartAsAdministrator()
{
    return QStringLiteral("restart_as_administrator");
}
inline QString fixDeleteTempTmpFiles()
{
    return QStringLiteral("delete_windows_temp_tmp");
}
} // namespace mars::ids
