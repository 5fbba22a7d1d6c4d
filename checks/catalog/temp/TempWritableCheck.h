// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// F2 windows_temp_writable_by_system — can files be created in the system temp folder
// (%SystemRoot%\Temp)? The agent, running as SYSTEM, downloads its files there; when it cannot,
// registration fails (old TSG: 34513 "unable to download files to the Windows Temp directory").
//  Probe:    SystemProbe::systemTempDir(), canModifyFolder() with this process's rights
//            (an administrator's full token stands in for SYSTEM), account() for the token,
//            diskSpace() of the folder, fileAttributes() (compressed/encrypted: evidence only).
//  States:   Pass writable; Warning writable but less than 1 GiB free (wizard threshold), or not
//            writable without administrator rights (restart offered); Fail not writable even as
//            administrator, or the folder does not exist; Error when the folder or its
//            permissions cannot be read.
//  Deadline: 10 s.
//  Fix:      restart_as_administrator when the token is limited (nothing to undo); otherwise
//            guidance: IT repairs the folder's permissions (icacls).
class TempWritableCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(TempWritableCheck)

public:
    static QString id() { return QStringLiteral("windows_temp_writable_by_system"); }

    static constexpr qint64 kMinFreeBytes = qint64(1024) * 1024 * 1024;

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
