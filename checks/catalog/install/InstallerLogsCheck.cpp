// SPDX-License-Identifier: MIT
#include "InstallerLogsCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/RestartElevatedFix.h"
#include "system/SystemProbe.h"

#include <QStringView>

namespace mars {

namespace {
const char* const kKb4020490 = "https://support.microsoft.com/help/4020490";

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// `code` as a number of its own ("1612", not "16120" or a hex thread id "a1612"), with
// "error", "code" or "id:" shortly before it: "Error 1612", "error code: 1612", "(ID: 4024)".
bool mentionsCode(const QString& lower, QLatin1String code)
{
    for (qsizetype at = lower.indexOf(code); at >= 0; at = lower.indexOf(code, at + 1)) {
        const qsizetype end = at + code.size();
        if ((at > 0 && isWordChar(lower.at(at - 1))) || (end < lower.size() && isWordChar(lower.at(end))))
            continue;
        const QStringView before = QStringView(lower).mid(qMax<qsizetype>(0, at - 16), qMin<qsizetype>(at, 16));
        if (before.contains(QLatin1String("error")) || before.contains(QLatin1String("code"))
            || before.contains(QLatin1String("id:")) || before.contains(QLatin1String("id :")))
            return true;
    }
    return false;
}

// "no errors", "0 failed", "error code 0", "errors: 0", "failed = 0x0": the word reports success.
bool isBenign(const QString& lower, qsizetype at)
{
    const QStringView before = QStringView(lower).left(at).trimmed();
    const QStringView previous = before.mid(before.lastIndexOf(QLatin1Char(' ')) + 1);
    if (previous == u"no" || previous == u"0")
        return true;
    const qsizetype size = lower.size();
    qsizetype i = at;
    while (i < size && lower.at(i).isLetter())
        ++i; // the word itself: error, errors, errorcode, failed, failures
    const auto skipSeparators = [&] {
        while (i < size && (lower.at(i) == u' ' || lower.at(i) == u':' || lower.at(i) == u'=' || lower.at(i) == u'\t'))
            ++i;
    };
    skipSeparators();
    if (QStringView(lower).mid(i).startsWith(u"code")) {
        i += 4;
        skipSeparators();
    }
    qsizetype end = i;
    while (end < size && isWordChar(lower.at(end)))
        ++end;
    const QStringView number = QStringView(lower).mid(i, end - i);
    bool ok = false;
    const quint64 value = number.startsWith(u"0x") ? number.mid(2).toULongLong(&ok, 16) : number.toULongLong(&ok, 10);
    return ok && value == 0;
}

// A line reporting a failure: a word starting with "error" or "fail" that is not benign.
bool reportsFailure(const QString& lower)
{
    for (const QLatin1String word : {QLatin1String("error"), QLatin1String("fail")}) {
        for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            if (at > 0 && lower.at(at - 1).isLetter())
                continue; // "noerror", "mailfail..." are not the word
            if (!isBenign(lower, at))
                return true;
        }
    }
    return false;
}

// The file name Windows Installer looks for ("3f2a1.msi" in the line "Local cached package
// 'C:\Windows\Installer\3f2a1.msi' is missing", KB4020490 step 4), or where to find it.
QString cachedPackageName(const QString& line)
{
    const qsizetype folder = line.indexOf(QLatin1String("Installer\\"), 0, Qt::CaseInsensitive);
    const qsizetype msi = folder < 0 ? -1 : line.indexOf(QLatin1String(".msi"), folder, Qt::CaseInsensitive);
    if (msi < 0)
        return InstallerLogsCheck::tr("the name in the \"Local cached package\" line of OBPatch.log");
    const qsizetype start = folder + qsizetype(qstrlen("Installer\\"));
    return line.mid(start, msi + 4 - start);
}

QString shortened(QString line)
{
    line = line.simplified();
    if (line.size() > InstallerLogsCheck::kQuoteChars)
        line = line.left(InstallerLogsCheck::kQuoteChars - 3) + QStringLiteral("...");
    return line;
}
} // namespace

InstallerLogsCheck::LogFinding InstallerLogsCheck::analyse(const QString& text, QString* line)
{
    // The most specific outcome wins: a missing cached package (KB4020490), then a rollback,
    // then any other failure line. For the cached package the "Local cached package" line is
    // quoted, since it names the file to put back.
    QString cachedLine, codeLine, rollbackLine, failureLine;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString lower = raw.toLower();
        if (lower.contains(QLatin1String("local cached package")))
            cachedLine = raw;
        else if (mentionsCode(lower, QLatin1String("1612")))
            codeLine = raw;
        else if (lower.contains(QLatin1String("rolled back")) || mentionsCode(lower, QLatin1String("4024")))
            rollbackLine = raw;
        else if (reportsFailure(lower))
            failureLine = raw;
    }
    const auto found = [line](const QString& raw, LogFinding finding) {
        *line = shortened(raw);
        return finding;
    };
    if (!cachedLine.isEmpty() || !codeLine.isEmpty())
        return found(cachedLine.isEmpty() ? codeLine : cachedLine, LogFinding::CachedPackageMissing);
    if (!rollbackLine.isEmpty())
        return found(rollbackLine, LogFinding::RolledBack);
    if (!failureLine.isEmpty())
        return found(failureLine, LogFinding::OtherError);
    return LogFinding::Clean;
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
    };
    QList<Problem> problems;
    QList<Evidence> evidence;
    for (const Log& log : {Log{"OBInstaller0Curr.errlog", "installer_log"}, Log{"OBPatch.log", "patch_log"}}) {
        const QString path = agent::joinPath(temp.value, QLatin1String(log.file));
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
        QString line;
        switch (analyse(text.value, &line)) {
        case LogFinding::Clean: break;
        case LogFinding::CachedPackageMissing:
            problems.append({Verdict::Fail,
                             tr("An earlier agent update failed with error 1612 because the agent's "
                                "cached installer package (OBSAGENT.msi) is missing from "
                                "C:\\Windows\\Installer."),
                             tr("Follow KB4020490 (%1): start the agent installer from %2 and leave its wizard "
                                "open; in OBInstaller0Curr.errlog find the newest \"Directory Path for "
                                "SetupLaunchScreen\" and copy OBSAGENT.msi from that folder's Installers subfolder to "
                                "C:\\Windows\\Installer as %3; close the wizard and run the installer again.")
                                     .arg(QLatin1String(kKb4020490), agent::downloadUrl(), cachedPackageName(line)),
                             {}});
            break;
        case LogFinding::RolledBack:
            problems.append({Verdict::Fail,
                             tr("An earlier agent installation failed and all its changes were rolled "
                                "back (ID: 4024)."),
                             tr("Fix the other problems this troubleshooter reports, then install the agent again by "
                                "hand: download it from %1 and run it as administrator. If it fails again, send %2 to "
                                "Microsoft Support (see %3).")
                                     .arg(agent::downloadUrl(), path, docs::mabsTroubleshoot()),
                             {}});
            break;
        case LogFinding::OtherError:
            problems.append({Verdict::Warning,
                             tr("The agent's setup log %1 records an error from its last run.").arg(label),
                             tr("Read the logged line shown with this finding. If setup failed, fix the other "
                                "problems reported here and run it again; if it keeps failing, send %1 to Microsoft "
                                "Support.")
                                     .arg(path),
                             {}});
            break;
        }
        if (!line.isEmpty())
            evidence.append(
                    {QLatin1String(log.evidenceId) + QStringLiteral("_line"), tr("Line in %1").arg(label), line});
    }
    f = worstOf(problems, tr("No failed installation or update of the agent was recorded in its setup logs."),
                tr("The agent's setup logs could not be read completely."));
    f.evidence = evidence;
    if (f.verdict != Verdict::Error) {
        for (const Problem& p : problems)
            f.detail += p.sentence + QLatin1Char(' ');
        f.detail += tr("Read the last %1 KiB of OBInstaller0Curr.errlog (setup) and OBPatch.log (updates) in %2 and "
                       "looked for \"Local cached package\" / error 1612 (KB4020490), \"rolled back\" / ID 4024 "
                       "(MABS troubleshooting guide) and other lines reporting an error or failure.")
                            .arg(kTailBytes / 1024)
                            .arg(temp.value);
    }
    return f;
}

} // namespace mars
