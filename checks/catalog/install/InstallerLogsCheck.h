// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A12 installer_failure_logs — did an earlier installation or update of the agent fail, and
// why (MABS-TSG: "rolled back (ID: 4024)"; KB4020490: update error 1612, "Local cached package")?
//  Probe:    readTextTail() of the last 256 KiB of <system temp>\OBInstaller0Curr.errlog (setup;
//            rewritten by each run, so it is the last run) and OBPatch.log (updates), full sharing.
//  States:   Fail "Local cached package" or error 1612 (cached OBSAGENT.msi missing from
//            C:\Windows\Installer: KB4020490); Fail "rolled back" or ID 4024 (reinstall by hand);
//            Warning another line with "error"/"failed" (the last one is quoted, at most 200
//            characters; "error code 0" and the like are ignored); Warning a log that cannot be
//            read without administrator rights (restart_as_administrator offered when not
//            elevated); Pass no log, or no failure in them. NotApplicable off Windows; Error when
//            the temp folder is unknown or a log cannot be read for another reason.
//            Log text is passed through as evidence; the Redactor masks secrets in exports.
//  Deadline: 15 s.
//  Fix:      restart_as_administrator (only to read a denied log); no change to the machine.
class InstallerLogsCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(InstallerLogsCheck)

public:
    static QString id() { return QStringLiteral("installer_failure_logs"); }

    static constexpr qint64 kTailBytes = 256 * 1024;
    static constexpr int kQuoteChars = 200;

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    enum class LogFinding : quint8 { Clean = 1, CachedPackageMissing, RolledBack, OtherError };
    // Reads one log's text; `line` receives the line that decided (shortened for evidence).
    static LogFinding analyse(const QString& text, QString* line);
};

} // namespace mars
