// SPDX-License-Identifier: MIT
#include "InstallerLogsCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/RestartElevatedFix.h"
#include "system/SystemProbe.h"

#include <QStringView>
#include <QTimeZone>

#include <algorithm>
#include <cctype>

namespace mars {

namespace {
const char* const kKb4020490 = "https://support.microsoft.com/help/4020490";

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// `code` as a number of its own ("1612", not "16120" or a hex thread id "a1612"), with a word
// that makes it a result shortly before it: "Error 1612", "error code: 1612", "(ID: 4024)",
// "error status: 1603", "exit code 1618", "return value 1603".
bool mentionsCode(const QString& lower, QLatin1String code)
{
    for (qsizetype at = lower.indexOf(code); at >= 0; at = lower.indexOf(code, at + 1)) {
        const qsizetype end = at + code.size();
        if ((at > 0 && isWordChar(lower.at(at - 1))) || (end < lower.size() && isWordChar(lower.at(end))))
            continue;
        const QStringView before = QStringView(lower).mid(qMax<qsizetype>(0, at - 16), qMin<qsizetype>(at, 16));
        for (const char* word : {"error", "code", "id:", "id :", "status", "exit", "return", "result"}) {
            if (before.contains(QLatin1String(word)))
                return true;
        }
    }
    return false;
}

// A hexadecimal result anywhere in the line, as a word of its own ("0x80070643").
bool mentionsHex(const QString& lower, QLatin1String hex)
{
    for (qsizetype at = lower.indexOf(hex); at >= 0; at = lower.indexOf(hex, at + 1)) {
        const qsizetype end = at + hex.size();
        if ((at == 0 || !isWordChar(lower.at(at - 1))) && (end == lower.size() || !isWordChar(lower.at(end))))
            return true;
    }
    return false;
}

// The number after "exited with code", "exit code" or "return code"; -1 when there is none.
qint64 exitCode(const QString& lower)
{
    for (const char* phrase : {"exited with code", "exit code", "return code"}) {
        const QLatin1String p(phrase);
        const qsizetype at = lower.indexOf(p);
        if (at < 0)
            continue;
        qsizetype i = at + p.size();
        while (i < lower.size() && (lower.at(i) == u' ' || lower.at(i) == u':' || lower.at(i) == u'='))
            ++i;
        // Decimal ("1603") or an HRESULT ("0x80070643").
        const bool hex = QStringView(lower).mid(i).startsWith(u"0x");
        qsizetype end = hex ? i + 2 : i;
        while (end < lower.size() && (hex ? isxdigit(lower.at(end).toLatin1()) != 0 : lower.at(end).isDigit()))
            ++end;
        bool ok = false;
        const qint64 value = hex ? QStringView(lower).mid(i + 2, end - i - 2).toLongLong(&ok, 16)
                                 : QStringView(lower).mid(i, end - i).toLongLong(&ok);
        if (ok)
            return value;
    }
    return -1;
}

// A run of setup or of an update that ended well: its own words, or exit code 0 / 3010
// (ERROR_SUCCESS_REBOOT_REQUIRED, a success that asks for a restart).
bool reportsSuccess(const QString& lower)
{
    for (const char* phrase : {"completed successfully", "installed successfully", "successfully installed",
                               "upgraded successfully", "successfully upgraded", "updated successfully",
                               "successfully updated", "is up to date", "error status: 0."}) {
        if (lower.contains(QLatin1String(phrase)))
            return true;
    }
    const qint64 code = exitCode(lower);
    return code == 0 || code == 3010;
}

// "Setup failed", "Installation failed", "Update ... failed": a run that says it failed (not
// "Failed to copy x", a step that may well be retried).
bool saysRunFailed(const QString& lower)
{
    const qsizetype failed = lower.indexOf(QLatin1String("failed"));
    if (failed < 0)
        return false;
    const QStringView before = QStringView(lower).left(failed);
    for (const char* subject : {"setup", "installation", "install ", "update", "upgrade", "patch"}) {
        if (before.contains(QLatin1String(subject)))
            return true;
    }
    return false;
}

// What one line reports, the most specific cause first. A line with "error" or "fail" and no
// code or run-level statement is Clean: the agent's logs are full of retried steps.
InstallerLogsCheck::LogFinding classify(const QString& lower)
{
    using LogFinding = InstallerLogsCheck::LogFinding;
    // KB4020490: "Local cached package ... is missing", error 1612 (ERROR_INSTALL_SOURCE_ABSENT).
    if (lower.contains(QLatin1String("local cached package")) || mentionsCode(lower, QLatin1String("1612"))
        || mentionsHex(lower, QLatin1String("0x8007064c")))
        return LogFinding::CachedPackageMissing;
    // The installer's prerequisites (.NET, PowerShell, VC++): "Prerequisite check: ... failed".
    if ((lower.contains(QLatin1String("prerequisite")) || lower.contains(QLatin1String("pre-requisite")))
        && (lower.contains(QLatin1String("fail")) || lower.contains(QLatin1String("missing"))
            || lower.contains(QLatin1String("not installed")) || lower.contains(QLatin1String("not found"))
            || lower.contains(QLatin1String("not met"))))
        return LogFinding::PrerequisiteFailed;
    // MABS troubleshooting guide: "installation failed ... rolled back (ID: 4024)".
    if (lower.contains(QLatin1String("rolled back")) || mentionsCode(lower, QLatin1String("4024")))
        return LogFinding::RolledBack;
    if (mentionsCode(lower, QLatin1String("1603")) || mentionsHex(lower, QLatin1String("0x80070643")))
        return LogFinding::InstallFailed;
    if (mentionsCode(lower, QLatin1String("1618")) || mentionsHex(lower, QLatin1String("0x80070652")))
        return LogFinding::AnotherInstallRunning;
    const qint64 code = exitCode(lower);
    if ((code > 0 && code != 3010) || saysRunFailed(lower))
        return LogFinding::RunFailed;
    return LogFinding::Clean;
}

// `count` digits at `at`; false when there are fewer.
bool digitsAt(const QString& text, qsizetype at, int count, int* value)
{
    if (at < 0 || at + count > text.size())
        return false;
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(at + i);
        if (!c.isDigit())
            return false;
        result = result * 10 + c.digitValue();
    }
    *value = result;
    return true;
}

// "hh:mm:ss" at `at`.
bool timeAt(const QString& text, qsizetype at, QTime* time)
{
    int h = 0, m = 0, sec = 0;
    if (!digitsAt(text, at, 2, &h) || at + 2 >= text.size() || text.at(at + 2) != u':' || !digitsAt(text, at + 3, 2, &m)
        || at + 5 >= text.size() || text.at(at + 5) != u':' || !digitsAt(text, at + 6, 2, &sec))
        return false;
    *time = QTime(h, m, sec);
    return time->isValid();
}

// The agent version a line names ("setup 2.0.9262.0 started"), or an empty string.
QString versionIn(const QString& line)
{
    QString found;
    qsizetype i = 0;
    while (i < line.size()) {
        if (!line.at(i).isDigit() || (i > 0 && (isWordChar(line.at(i - 1)) || line.at(i - 1) == u'.'))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        int dots = 0;
        while (end < line.size()
               && (line.at(end).isDigit()
                   || (line.at(end) == u'.' && end + 1 < line.size() && line.at(end + 1).isDigit()))) {
            dots += line.at(end) == u'.' ? 1 : 0;
            ++end;
        }
        // The agent's versions are 2.0.<build>.<revision> (mars-checks.md §1.4); a .NET or
        // Windows version in the same log ("5.1.17763.1") is not the agent's.
        if (dots == 3 && (end == line.size() || !isWordChar(line.at(end)))
            && QStringView(line).mid(i, end - i).startsWith(u"2.0."))
            found = line.mid(i, end - i);
        i = end;
    }
    return found;
}

// The file name Windows Installer looks for ("3f2a1.msi" in the line "Local cached package
// 'C:\Windows\Installer\3f2a1.msi' is missing", KB4020490 step 4), or where to find it.
// Quoted into the remedy only when it has the shape Windows Installer gives its cache files (1 to
// 16 hex digits, ".msi"): any user can write C:\Windows\Temp\OBPatch.log, and free text from it
// once turned the remedy into a PowerShell download command (issue #14).
bool isCachedPackageName(QStringView name)
{
    if (name.size() < 5 || name.size() > 16 + 4 || !name.endsWith(u".msi", Qt::CaseInsensitive))
        return false;
    const QStringView stem = name.chopped(4);
    return std::all_of(stem.begin(), stem.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

QString cachedPackageName(const QString& line)
{
    const QString unknown = InstallerLogsCheck::tr("the name in the \"Local cached package\" line of OBPatch.log");
    const qsizetype folder = line.indexOf(QLatin1String("Installer\\"), 0, Qt::CaseInsensitive);
    const qsizetype msi = folder < 0 ? -1 : line.indexOf(QLatin1String(".msi"), folder, Qt::CaseInsensitive);
    if (msi < 0)
        return unknown;
    const qsizetype start = folder + qsizetype(qstrlen("Installer\\"));
    const QString name = line.mid(start, msi + 4 - start);
    return isCachedPackageName(name) ? name : unknown;
}

QString shortened(QString line)
{
    line = line.simplified();
    if (line.size() > InstallerLogsCheck::kQuoteChars)
        line = line.left(InstallerLogsCheck::kQuoteChars - 3) + QStringLiteral("...");
    return line;
}
} // namespace

QDateTime InstallerLogsCheck::lineTime(const QString& line, const QDateTime& now)
{
    const qsizetype scan = qMin<qsizetype>(line.size(), 48); // after the thread ids, never in the message
    for (qsizetype at = 0; at < scan; ++at) {
        if (!line.at(at).isDigit() || (at > 0 && line.at(at - 1).isDigit()))
            continue;
        int y = 0, mo = 0, d = 0;
        QTime time;
        // 2024-05-02 09:14:02 (or with a T)
        if (digitsAt(line, at, 4, &y) && line.mid(at + 4, 1) == QLatin1String("-") && digitsAt(line, at + 5, 2, &mo)
            && line.mid(at + 7, 1) == QLatin1String("-") && digitsAt(line, at + 8, 2, &d)
            && (line.mid(at + 10, 1) == QLatin1String(" ") || line.mid(at + 10, 1) == QLatin1String("T"))
            && timeAt(line, at + 11, &time))
            return QDateTime(QDate(y, mo, d), time, QTimeZone::utc());
        // 05/02/2024 09:14:02 and 05/02 09:14:02.123 (the agent's own logs: no year)
        if (digitsAt(line, at, 2, &mo) && line.mid(at + 2, 1) == QLatin1String("/") && digitsAt(line, at + 3, 2, &d)) {
            qsizetype next = at + 5;
            bool withYear = false;
            if (line.mid(next, 1) == QLatin1String("/") && digitsAt(line, next + 1, 4, &y)) {
                withYear = true;
                next += 5;
            }
            if (next < line.size() && (line.at(next) == u' ' || line.at(next) == u'\t' || line.at(next) == u'-')
                && timeAt(line, next + 1, &time)) {
                if (withYear)
                    return QDateTime(QDate(y, mo, d), time, QTimeZone::utc());
                // The latest year in which the date is not in the future.
                const QDate today = now.toUTC().date();
                QDate date(today.year(), mo, d);
                if (!date.isValid() || date > today)
                    date = QDate(today.year() - 1, mo, d);
                if (date.isValid())
                    return QDateTime(date, time, QTimeZone::utc());
            }
        }
    }
    return {};
}

InstallerLogsCheck::LogAnalysis InstallerLogsCheck::analyse(const QString& text, const QDateTime& now)
{
    // Line by line, in the order written: failures since the last success are open; a success
    // line closes them. The most specific open failure decides (a missing cached package, then a
    // failed prerequisite, a rollback, 1603, 1618, any run that failed); for it the nearest time
    // stamp above it and the agent version that run named.
    LogAnalysis result;
    struct Open
    {
        LogFinding finding;
        QString line;
        QDateTime time;
        QString version;
    };
    QList<Open> open;
    QDateTime lastTime;
    QString lastVersion;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QDateTime time = lineTime(raw, now);
        if (time.isValid())
            lastTime = time;
        const QString version = versionIn(raw);
        if (!version.isEmpty())
            lastVersion = version;
        const QString lower = raw.toLower();
        const LogFinding finding = classify(lower);
        if (finding != LogFinding::Clean) {
            open.append({finding, raw, lastTime, lastVersion});
        } else if (reportsSuccess(lower)) {
            if (!open.isEmpty())
                result.resolvedLine = shortened(open.constLast().line);
            open.clear();
            result.succeededUtc = lastTime;
        }
    }
    if (open.isEmpty())
        return result;
    // The enum lists causes from the most specific; the first line of that cause is quoted (the
    // "Local cached package" line names the file to put back).
    const auto decisive = std::min_element(open.cbegin(), open.cend(), [](const Open& a, const Open& b) {
        return quint8(a.finding) < quint8(b.finding);
    });
    result.finding = decisive->finding;
    result.line = shortened(decisive->line);
    result.failedUtc = decisive->time;
    result.attemptedVersion = decisive->version;
    return result;
}

CheckInfo InstallerLogsCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A12"),
            .phases = Phase::Install,
            .title = tr("Earlier failed installations"),
            .whyItMatters =
                    tr("The agent's setup and update logs tell why an earlier installation or update failed, and "
                       "some failures need a manual repair before setup can succeed."),
            .docUrl = docs::mabsTroubleshoot(),
            .deadline_ms = 15000,
            .needs = Requirement::Admin};
}

Finding InstallerLogsCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const SystemProbe& system = context.system();
    const Probed<QString> temp = system.files().systemTempDir();
    if (!temp.ok())
        return probeError(tr("The Windows temp folder could not be found, so the agent's setup logs could not be "
                             "read."),
                          temp.reason);
    const Probed<AccountInfo> account = system.machine().account();
    const bool elevated = account.ok() && account.value.elevation == TokenElevation::Elevated;

    struct Log
    {
        const char* file;
        const char* evidenceId;
        QString path;
        bool read = false;
        LogAnalysis analysis;
    };
    Log logs[] = {{"OBInstaller0Curr.errlog", "installer_log", {}, false, {}},
                  {"OBPatch.log", "patch_log", {}, false, {}}};
    QList<Problem> problems;
    QList<Evidence> evidence;
    QStringList history; // failures a later success made history, for the detail
    const QDateTime now = context.env.utcNow();
    for (Log& log : logs) {
        log.path = agent::joinPath(temp.value, QLatin1String(log.file));
        const QString& path = log.path;
        const QString label = QLatin1String(log.file);
        const Probed<QString> text = system.files().readTextTail(path, kTailBytes);
        if (text.status == ProbeStatus::NotFound) {
            evidence.append({QLatin1String(log.evidenceId), label, tr("not present")});
            continue;
        }
        if (text.status == ProbeStatus::Denied && elevated) {
            // Administrator rights did not help: restarting would change nothing.
            evidence.append({QLatin1String(log.evidenceId), label, tr("access denied, also to an administrator")});
            problems.append({Verdict::Error,
                             tr("The agent's setup log %1 could not be read even with administrator rights, so "
                                "earlier failures could not be looked for.")
                                     .arg(path),
                             tr("Check the file's permissions (icacls \"%1\") or ask the customer's IT team who "
                                "locked it, then run this check again.")
                                     .arg(path),
                             {}});
            continue;
        }
        if (text.status == ProbeStatus::Denied) {
            evidence.append({QLatin1String(log.evidenceId), label, tr("not readable without administrator rights")});
            problems.append({Verdict::Warning,
                             tr("The agent's setup log %1 could not be read without administrator "
                                "rights, so earlier failures could not be looked for.")
                                     .arg(path),
                             tr("Restart the troubleshooter as administrator and run this check again."),
                             QStringList{RestartElevatedFix::id()}});
            continue;
        }
        if (!text.ok()) {
            evidence.append({QLatin1String(log.evidenceId), label, tr("not readable")});
            problems.append({Verdict::Error, tr("%1 could not be read: %2").arg(path, text.reason), {}, {}});
            continue;
        }
        evidence.append({QLatin1String(log.evidenceId), label, path});
        log.read = true;
        log.analysis = analyse(text.value, now);
        if (!log.analysis.resolvedLine.isEmpty())
            history.append(tr("%1 recorded a failure (\"%2\"), but a later run in the same log succeeded.")
                                   .arg(label, log.analysis.resolvedLine));
    }

    // The installed agent's version, asked only when a failed run named the version it installed.
    QString installedVersion;
    const auto engineVersion = [&]() -> QString {
        if (!installedVersion.isNull())
            return installedVersion;
        installedVersion = QLatin1String("");
        const agent::Location installed = agent::installedPath(context);
        if (!installed.path.isEmpty()) {
            const QString engine = agent::joinPath(agent::joinPath(installed.path, QStringLiteral("bin")),
                                                   QStringLiteral("cbengine.exe"));
            const Probed<QString> version = system.files().fileVersion(engine);
            if (version.ok())
                installedVersion = version.value;
        }
        return installedVersion;
    };

    for (const Log& log : logs) {
        const LogAnalysis& a = log.analysis;
        if (!log.read || a.finding == LogFinding::Clean)
            continue;
        const QString label = QLatin1String(log.file);
        const QString& path = log.path;
        // A failure followed by a success elsewhere is history: a later successful run in the
        // other log, or an installed agent newer than the version that failed.
        const Log& other = &log == &logs[0] ? logs[1] : logs[0];
        QString resolvedBy;
        quint64 attempted = 0, installed = 0;
        if (other.read && a.failedUtc.isValid() && other.analysis.succeededUtc.isValid()
            && other.analysis.succeededUtc > a.failedUtc) {
            resolvedBy = tr("%1 records a successful run after it (%2 UTC)")
                                 .arg(QLatin1String(other.file),
                                      other.analysis.succeededUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        } else if (agent::parseVersion(a.attemptedVersion, &attempted)
                   && agent::parseVersion(engineVersion(), &installed) && installed > attempted) {
            resolvedBy = tr("the installed agent (cbengine.exe %1) is newer than the version that failed (%2)")
                                 .arg(engineVersion(), a.attemptedVersion);
        }
        if (!resolvedBy.isEmpty()) {
            history.append(tr("%1 recorded a failure (\"%2\"), but %3.").arg(label, a.line, resolvedBy));
            evidence.append({QLatin1String(log.evidenceId) + QStringLiteral("_resolved_line"),
                             tr("Earlier failure in %1, since resolved").arg(label), a.line});
            continue;
        }
        const QString when =
                a.failedUtc.isValid()
                        ? tr(" (logged %1 UTC)").arg(a.failedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        : QString();
        switch (a.finding) {
        case LogFinding::Clean: break;
        case LogFinding::CachedPackageMissing:
            problems.append({Verdict::Fail,
                             tr("An earlier agent update failed with error 1612 because the agent's "
                                "cached installer package (OBSAGENT.msi) is missing from "
                                "C:\\Windows\\Installer.")
                                     + when,
                             tr("Follow KB4020490 (%1): start the agent installer from %2 and leave its wizard "
                                "open; in OBInstaller0Curr.errlog find the newest \"Directory Path for "
                                "SetupLaunchScreen\" and copy OBSAGENT.msi from that folder's Installers subfolder to "
                                "C:\\Windows\\Installer as %3; close the wizard and run the installer again.")
                                     .arg(QLatin1String(kKb4020490), agent::downloadUrl(), cachedPackageName(a.line)),
                             {}});
            break;
        case LogFinding::PrerequisiteFailed:
            problems.append({Verdict::Fail,
                             tr("An earlier agent setup stopped because one of its prerequisites was missing or "
                                "could not be installed.")
                                     + when,
                             tr("Fix what this troubleshooter's prerequisite checks report (.NET Framework, Windows "
                                "PowerShell, the Visual C++ runtimes; the logged line is shown with this finding), "
                                "then run the agent's installer again as administrator."),
                             {}});
            break;
        case LogFinding::RolledBack:
            problems.append({Verdict::Fail,
                             tr("An earlier agent installation failed and all its changes were rolled "
                                "back (ID: 4024).")
                                     + when,
                             tr("Fix the other problems this troubleshooter reports, then install the agent again by "
                                "hand: download it from %1 and run it as administrator. If it fails again, send %2 to "
                                "Microsoft Support (see %3).")
                                     .arg(agent::downloadUrl(), path, docs::mabsTroubleshoot()),
                             {}});
            break;
        case LogFinding::InstallFailed:
            problems.append({Verdict::Fail,
                             tr("An earlier agent installation failed with error 1603 (0x80070643, a fatal error "
                                "during installation), and no successful installation followed.")
                                     + when,
                             tr("Fix the other problems this troubleshooter reports (administrator rights, "
                                "prerequisites, the install folder, a pending restart), then run the agent's "
                                "installer from %1 again as administrator. If it fails again, send %2 to Microsoft "
                                "Support.")
                                     .arg(agent::downloadUrl(), path),
                             {}});
            break;
        case LogFinding::AnotherInstallRunning:
            problems.append({Verdict::Warning,
                             tr("An earlier agent installation could not start because another installation was "
                                "running (error 1618).")
                                     + when,
                             tr("Wait until other installations and Windows updates have finished (or restart the "
                                "server), then run the agent's installer again."),
                             {}});
            break;
        case LogFinding::RunFailed:
            problems.append({Verdict::Warning,
                             tr("The agent's setup log %1 records that its last run failed.").arg(label) + when,
                             tr("Read the logged line shown with this finding, fix the other problems reported "
                                "here and run setup again; if it keeps failing, send %1 to Microsoft Support.")
                                     .arg(path),
                             {}});
            break;
        }
        evidence.append({QLatin1String(log.evidenceId) + QStringLiteral("_line"), tr("Line in %1").arg(label), a.line});
    }
    f = worstOf(problems, tr("No failed installation or update of the agent was recorded in its setup logs."),
                tr("The agent's setup logs could not be read completely."));
    if (f.verdict == Verdict::Pass && !history.isEmpty())
        f.summary = tr("The agent's setup logs record an earlier failure, but a later installation or update "
                       "succeeded.");
    f.evidence = evidence;
    if (f.verdict != Verdict::Error) {
        for (const Problem& p : problems)
            f.detail += p.sentence + QLatin1Char(' ');
        for (const QString& h : std::as_const(history))
            f.detail += h + QLatin1Char(' ');
        f.detail += tr("Read the last %1 KiB of OBInstaller0Curr.errlog (setup) and OBPatch.log (updates) in %2 and "
                       "looked for Windows Installer's error codes 1612 / \"Local cached package\" (KB4020490), "
                       "1603 / 0x80070643, 1618 / 0x80070652, failed prerequisites, \"rolled back\" / ID 4024 (MABS "
                       "troubleshooting guide) and runs that say they failed; a failure followed by a successful run "
                       "or a newer installed agent is not reported. Lines that only contain the word \"error\" or "
                       "\"failed\" are not failures by themselves.")
                            .arg(kTailBytes / 1024)
                            .arg(temp.value);
    }
    return f;
}

} // namespace mars
