// SPDX-License-Identifier: MIT
#include "SupportBundle.h"

#include "ReportFile.h"
#include "ZipWriter.h"
#include "engine/CheckContext.h"
#include "logging/Redactor.h"
#include "system/FilesProbe.h"
#include "system/LocalFile.h"
#include "system/SystemProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace mars {

namespace {
// A tail starts inside a line (and perhaps inside a UTF-8 sequence): drop up to the first line end.
QByteArray fromFirstWholeLine(const QByteArray& tail)
{
    const qsizetype end = tail.indexOf('\n');
    return end < 0 ? QByteArray() : tail.mid(end + 1);
}

// The journal's lines are JSON: each is redacted as a JSON value (redacting the serialised text
// can cut an escape in half), a line that does not parse as text.
QByteArray redactedJournal(const QByteArray& text, const Redactor& redactor)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QByteArray& line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            out += QJsonDocument(redactor.redact(QJsonValue(document.object())).toObject())
                           .toJson(QJsonDocument::Compact);
        else
            out += redactor.redact(QString::fromUtf8(line)).toUtf8();
        out += '\n';
    }
    return out;
}

// The tool's own file (log, audit log, journal): its last kTailBytes through LocalFileRead (an
// ordinary local file only, bounded in size and time), redacted; a note when it cannot be had.
void addToolFile(SupportBundle* bundle, const Redactor& redactor, const QString& path, const QString& name,
                 const QString& about, bool journal)
{
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    const LocalFileRead::Result read = LocalFileRead::readTail(path, SupportBundle::kTailBytes);
    if (read.status == LocalFileRead::Status::Missing) {
        bundle->notes.append(SupportBundle::tr("%1 is not included: there is no file at %2 yet.").arg(name, shown));
        return;
    }
    if (!read.ok()) {
        bundle->notes.append(SupportBundle::tr("%1 is not included: %2").arg(name, read.problem));
        return;
    }
    BundleFile file;
    file.name = name;
    file.about = about;
    file.source = shown;
    file.sourceBytes = read.size;
    file.tail = read.size > read.bytes.size();
    const QByteArray text = file.tail ? fromFirstWholeLine(read.bytes) : read.bytes;
    file.data = journal ? redactedJournal(text, redactor) : redactor.redact(QString::fromUtf8(text)).toUtf8();
    bundle->files.append(file);
}

// The agent's logs through the FilesProbe (UTF-16, UTF-8 or ANSI decoded; full sharing, so the
// agent may keep writing), redacted, as UTF-8 files under agent/.
void addAgentLogs(SupportBundle* bundle, const SupportBundleSources& sources, const Redactor& redactor,
                  const CancelToken& cancel)
{
    if (!sources.catalog || !sources.environment.system) {
        bundle->notes.append(SupportBundle::tr("The agent's logs are not included: this session has no machine "
                                               "to read them from."));
        return;
    }
    CheckContext context;
    context.env = sources.environment;
    context.cancel = cancel;
    const AgentLogList logs = sources.catalog->agentLogs(context);
    for (const QString& note : logs.notes)
        bundle->notes.append(redactor.redact(note));
    const FilesProbe& files = context.system().files();
    for (const AgentLogFile& log : logs.files) {
        if (cancel.isCancelled())
            return;
        // Windows paths also on a Linux host (a scenario): the name is after the last separator.
        const QString fileName = log.path.section(QRegularExpression(QStringLiteral("[\\\\/]")), -1);
        const QString name = QStringLiteral("agent/") + fileName;
        const Probed<QString> text = files.readTextTail(log.path, SupportBundle::kTailBytes);
        if (text.status == ProbeStatus::NotFound) {
            bundle->notes.append(
                    SupportBundle::tr("%1 (%2) is not included: there is no such log on this machine (%3).")
                            .arg(fileName, log.about, redactor.redact(log.path)));
            continue;
        }
        if (!text.ok()) {
            bundle->notes.append(SupportBundle::tr("%1 (%2) is not included: %3")
                                         .arg(fileName, log.about, redactor.redact(text.reason)));
            continue;
        }
        const Probed<PathDetails> details = files.pathDetails(log.path);
        BundleFile file;
        file.name = name;
        file.about = log.about;
        file.source = log.path;
        file.sourceBytes = details.ok() ? details.value.size_bytes : -1;
        // Decoded text can be shorter or longer than the bytes it came from (UTF-16 halves); the
        // size on disk against the cap says whether this is only the end.
        file.tail = file.sourceBytes > SupportBundle::kTailBytes;
        QString decoded = text.value;
        if (file.tail) {
            const qsizetype end = decoded.indexOf(QLatin1Char('\n'));
            decoded = end < 0 ? QString() : decoded.mid(end + 1);
        }
        file.data = redactor.redact(decoded).toUtf8();
        bundle->files.append(file);
    }
}
} // namespace

SupportBundle SupportBundle::collect(const SupportBundleSources& sources, const Redactor& redactor,
                                     const CancelToken& cancel)
{
    SupportBundle bundle;
    bundle.sessionId = sources.report.sessionId;
    bundle.createdUtc = QDateTime::currentDateTimeUtc();
    bundle.simulated = sources.report.simulated;
    bundle.systemDescription = redactor.redact(sources.report.systemDescription);

    const auto addReport = [&](const QString& name, const QString& about, ReportFormat format) {
        bundle.files.append({name, about, {}, -1, false, reportBytes(sources.report, redactor, format)});
    };
    addReport(QStringLiteral("report.html"), tr("the report: open it in a browser"), ReportFormat::Html);
    addReport(QStringLiteral("report.json"), tr("the report with every value, for tools"), ReportFormat::Json);
    addReport(QStringLiteral("ticket.md"), tr("a summary to paste into a ticket"), ReportFormat::Markdown);

    addToolFile(&bundle, redactor, sources.toolLogPath, QStringLiteral("tool/mars-troubleshooter.log"),
                tr("this tool's log"), false);
    addToolFile(&bundle, redactor, sources.auditLogPath, QStringLiteral("tool/mars-audit.log"),
                tr("what this tool's fixes changed, file by file"), false);
    addToolFile(&bundle, redactor, sources.journalPath, QStringLiteral("tool/fix-journal.jsonl"),
                tr("this tool's fix journal (what each fix changed and how to undo it)"), true);
    if (sources.toolLogPath.isEmpty())
        bundle.notes.append(tr("This tool's log is not included: this session logs to memory only."));

    addAgentLogs(&bundle, sources, redactor, cancel);
    return bundle;
}

QString SupportBundle::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

qint64 SupportBundle::totalBytes() const
{
    qint64 total = 0;
    for (const BundleFile& file : files)
        total += file.data.size();
    return total;
}

QString SupportBundle::defaultFileName(const QString& sessionId)
{
    return QStringLiteral("mars-troubleshooter-%1-bundle.zip").arg(sessionId);
}

QByteArray SupportBundle::manifest() const
{
    QString text;
    const auto line = [&text](const QString& s) { text += s + QLatin1Char('\n'); };
    line(tr("MARS Agent Troubleshooter: support bundle"));
    line(tr("Session: %1").arg(sessionId));
    line(tr("Created (UTC): %1").arg(createdUtc.toString(Qt::ISODate)));
    line(tr("Machine: %1").arg(systemDescription));
    if (simulated)
        line(tr("SIMULATED: the reports and logs describe a scenario file, not a real machine."));
    line(tr("Passwords, keys, certificates and tokens are replaced by %1 in every file. Names and paths stay, "
            "as in the saved report.")
                 .arg(Redactor::marker()));
    line({});
    line(tr("Files:"));
    for (const BundleFile& file : files) {
        QString from;
        if (!file.source.isEmpty() && file.tail)
            from = tr("the last %1 of %2 (%3)").arg(sizeText(kTailBytes), file.source, sizeText(file.sourceBytes));
        else if (!file.source.isEmpty())
            from = file.source;
        else
            from = tr("made by this tool");
        line(QStringLiteral("  %1  %2: %3; %4").arg(file.name, sizeText(file.data.size()), file.about, from));
    }
    if (!notes.isEmpty()) {
        line({});
        line(tr("Not included:"));
        for (const QString& note : notes)
            line(QStringLiteral("  ") + note);
    }
    return text.toUtf8();
}

bool SupportBundle::write(const QString& filePath, QString* error) const
{
    QSaveFile file(filePath);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        ZipWriter zip(&file);
        const QDateTime now = createdUtc.isValid() ? createdUtc.toLocalTime() : QDateTime::currentDateTime();
        ok = zip.add(manifestName(), manifest(), now);
        for (const BundleFile& bundled : files) {
            if (ok)
                ok = zip.add(bundled.name, bundled.data, now);
        }
        ok = ok && zip.finish() && file.commit();
    }
    if (!ok && error)
        *error = tr("The support bundle could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(filePath), file.errorString());
    return ok;
}

} // namespace mars
