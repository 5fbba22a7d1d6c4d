// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A12 installer_failure_logs — did an earlier installation or update of the agent fail, is that
// failure still the last word, and why (mars-checks.md A12 and §3)?
//  Probe:    readTextTail() of the last 256 KiB of <system temp>\OBInstaller0Curr.errlog (setup;
//            rewritten by each run, so it is the last run) and OBPatch.log (updates), full sharing;
//            fileVersion() of the installed <InstallPath>\bin\cbengine.exe.
//  Codes:    what Windows Installer and the agent's setup really report (not any "error" word):
//            1612 / 0x8007064C or "Local cached package" (ERROR_INSTALL_SOURCE_ABSENT; KB4020490,
//            08/14/2020), "rolled back" / ID 4024 (MABS-TSG, 04/26/2022), 1603 / 0x80070643
//            (ERROR_INSTALL_FAILURE), 1618 / 0x80070652 (ERROR_INSTALL_ALREADY_RUNNING), a failed
//            prerequisite, and a run that says it failed or exited with a code other than 0/3010
//            (MsiExec.exe and InstMsi.exe error messages, learn.microsoft.com/windows/win32/msi/
//            error-codes, read 2025; the HRESULT forms are HRESULT_FROM_WIN32 of the same codes).
//  Dates:    a failure is history, not a finding, when a success follows it: a later success line
//            in the same log, a success in the other log with a later time stamp, or an installed
//            cbengine.exe newer than the version the failed run was installing. Time stamps:
//            "2024-05-02 09:14:02", "05/02/2024 09:14:02" and the agent's "05/02 09:14:02.123"
//            (no year: the latest year that is not in the future).
//  States:   Fail 1612 (cached OBSAGENT.msi missing: KB4020490); Fail a failed prerequisite; Fail
//            rolled back / 4024 (reinstall by hand); Fail 1603; Warning 1618 (another installation
//            was running: transient); Warning another run that failed; Warning a log that cannot be
//            read without administrator rights (restart_as_administrator offered when not
//            elevated); Pass no log, no failure, or only failures a success followed (said in the
//            detail). A line with "error" or "fail" and no code is not a warning by itself.
//            NotApplicable off Windows; Error when the temp folder is unknown or a log cannot be
//            read for another reason. Log text is passed through as evidence; the Redactor masks
//            secrets in exports.
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

    // From the most specific cause to the least.
    enum class LogFinding : quint8 {
        Clean = 1,
        CachedPackageMissing, // 1612
        PrerequisiteFailed,
        RolledBack, // 4024
        InstallFailed, // 1603
        AnotherInstallRunning, // 1618
        RunFailed, // "setup failed", a non-zero exit code
    };
    // One log read: the failure no success followed (Clean if none), and the newest success.
    struct LogAnalysis
    {
        LogFinding finding = LogFinding::Clean;
        QString line; // the deciding line, shortened for evidence
        QDateTime failedUtc; // its time stamp (the nearest one above it); invalid: none
        QString attemptedVersion; // the agent version that run was installing, "2.0.9262.0"
        QDateTime succeededUtc; // the newest success line's time stamp; invalid: none
        QString resolvedLine; // the newest failure a later success in this log made history
    };
    // `now` places time stamps without a year.
    static LogAnalysis analyse(const QString& text, const QDateTime& now);
    // The time stamp near the start of a log line; invalid when there is none.
    static QDateTime lineTime(const QString& line, const QDateTime& now);
};

} // namespace mars
