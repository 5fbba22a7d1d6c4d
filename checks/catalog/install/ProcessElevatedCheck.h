// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// A2 process_elevated — does this process hold the full administrator token? Without it
// (UAC filtered token) most probes and every fix that writes HKLM, services or the Windows
// temp folder fail.
//  Probe:    SystemProbe::account() (Win32: GetTokenInformation TokenElevation/ElevationType;
//            Linux: euid 0).
//  States:   Pass elevated; Warning administrator running with a limited token (fix offered);
//            Fail standard user (no rights to be had: log on as an administrator);
//            Error when the token cannot be read.
//  Deadline: 5 s.
//  Fix:      restart_as_administrator — relaunches elevated (Windows consent prompt); on Linux
//            it only explains how to start with sudo. Nothing to undo.
class ProcessElevatedCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(ProcessElevatedCheck)

public:
    static QString id() { return QStringLiteral("process_elevated"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
