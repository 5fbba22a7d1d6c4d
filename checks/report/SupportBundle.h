// SPDX-License-Identifier: MIT
#pragma once

#include "Report.h"
#include "engine/CancelToken.h"
#include "engine/CheckCatalog.h"
#include "engine/CheckEnvironment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mars {

class Redactor;

// What a support bundle is made from: the session's report, the tool's own files, and the
// catalog and machine to find the agent's logs on.
struct SupportBundleSources
{
    Report report;
    std::shared_ptr<const CheckCatalog> catalog; // says where the agent's logs are
    CheckEnvironment environment; // reads them (a scenario's bundle holds the scenario's logs)
    QString toolLogPath; // mars-troubleshooter.log; empty when the session logs to memory only
    QString auditLogPath; // mars-audit.log; empty when there is none
    QString journalPath; // fix-journal.jsonl; empty without a data folder
};

// One file inside the bundle.
struct BundleFile
{
    QString name; // in the archive: "report.html", "agent/CBEngineCurr.errlog"
    QString about; // what it is, in words
    QString source; // the file it was read from (native separators); empty for one made here
    qint64 sourceBytes = -1; // that file's whole size; -1 for one made here
    bool tail = false; // only the end of the source (the bundle's cap)
    QByteArray data; // as written: through the Redactor
};

// The zip second-line support asks for (issue #15): the report as HTML, JSON and a Markdown
// ticket, the tool's log, audit log and fix journal, and the agent's own logs; each log only its
// last kTailBytes, every text through the session's Redactor (passwords, keys, certificates and
// tokens become [REDACTED]; names and paths stay, as in the saved reports), and manifest.txt
// first, which lists every file, where it came from and what is missing and why.
//
// collect() reads files and asks the OS: call it on a worker. The technician sees the list
// (files, notes) before write() puts it on disk.
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(mars::SupportBundle)

public:
    static constexpr qint64 kTailBytes = 1024 * 1024;

    static SupportBundle collect(const SupportBundleSources& sources, const Redactor& redactor,
                                 const CancelToken& cancel = CancelToken());

    QString sessionId;
    QDateTime createdUtc;
    QString systemDescription; // "Windows", "SIMULATED: broken-install"
    bool simulated = false;
    QList<BundleFile> files; // in the archive's order, after manifest.txt
    QStringList notes; // what is missing and why, one sentence each

    static QString manifestName() { return QStringLiteral("manifest.txt"); }
    // The manifest as it is written (UTF-8 text).
    QByteArray manifest() const;
    qint64 totalBytes() const; // of the files, before compression
    // "bundle-<session>.zip": the default file name.
    static QString defaultFileName(const QString& sessionId);

    // Writes the archive atomically (a failed write leaves no half file). False with *error a
    // sentence naming the file and the reason.
    bool write(const QString& filePath, QString* error) const;

    // "12 KB", "1.0 MB": the sizes the manifest and the preview show.
    static QString sizeText(qint64 bytes);
};

} // namespace mars
