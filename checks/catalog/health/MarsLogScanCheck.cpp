// SPDX-License-Identifier: MIT
#include "MarsLogScanCheck.h"

#include "MarsLogPatterns.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/AgentLogFiles.h"
#include "catalog/common/DocLinks.h"
#include "logging/Redactor.h"
#include "system/SystemProbe.h"

#include <QMap>

namespace mars {

namespace {
struct Hit
{
    const health::LogPattern* pattern = nullptr;
    QString log; // file name
    QString line; // quoted (redacted, shortened)
    QString timestamp;
    int count = 0;
};

struct LogScan
{
    QList<Hit> hits; // one per error id, newest first
};

// Lines from the end: the first hit of each id is its newest.
LogScan scan(const QString& text, const QString& logName)
{
    LogScan result;
    QMap<QString, int> index;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString& line = lines.at(i);
        const health::LogPattern* p = health::matchLogLine(line);
        if (!p)
            continue;
        const QString id = QLatin1String(p->errorId);
        auto it = index.find(id);
        if (it == index.end()) {
            const QString trimmed = line.trimmed();
            it = index.insert(id, int(result.hits.size()));
            result.hits.append({p, logName, MarsLogScanCheck::quoted(trimmed), health::lineTimestamp(trimmed), 0});
        }
        ++result.hits[*it].count;
    }
    return result;
}
} // namespace

QString MarsLogScanCheck::quoted(const QString& line)
{
    // The pattern layer only (no run's registered secrets reach a check): passwords in key=value
    // and URLs, PEM blocks, base-64 runs, the vault file's ManagementCert. Redacted before it is
    // cut, so a cut never leaves half a secret unrecognised.
    static const Redactor redactor;
    QString text = redactor.redact(line).simplified();
    if (text.size() > kQuoteChars)
        text = text.left(kQuoteChars - 3) + QStringLiteral("...");
    return text;
}

CheckInfo MarsLogScanCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("I4"),
            .phases = Phase::Register,
            .title = tr("Errors in the agent's logs"),
            .whyItMatters = tr("The agent writes the real reason for a failed registration or backup to its own "
                               "logs; the error it last logged points at the check that finds the cause."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 15000};
}

Finding MarsLogScanCheck::run(const CheckContext& context) const
{
    QString installDir;
    Finding f;
    if (!readInstalledAgent(context, &installDir, &f))
        return f;
    const FilesProbe& files = context.system().files();
    const QString folder = agent::joinPath(installDir, QStringLiteral("Temp"));

    // The management agent's newest GatewayProvider*.errlog.
    Probed<qint64> listing;
    const QString gateway = agent::newestGatewayLog(context, folder, kMaxListed, &listing);
    if (!listing.ok() && listing.status != ProbeStatus::NotFound)
        return probeError(tr("The agent's log folder %1 could not be listed.").arg(folder), listing.reason);

    QStringList names{agent::engineLogName()};
    if (!gateway.isEmpty())
        names.append(gateway);
    QList<Hit> hits;
    QStringList read, unreadable, problems;
    for (const QString& name : std::as_const(names)) {
        const QString path = agent::joinPath(folder, name);
        const Probed<QString> text = files.readTextTail(path, kTailBytes);
        if (text.status == ProbeStatus::NotFound) {
            f.addEvidence(QStringLiteral("log_") + name.section(u'.', 0, 0).toLower(), name, tr("not present"));
            continue;
        }
        if (!text.ok()) {
            problems.append(tr("%1 could not be read: %2").arg(path, text.reason));
            unreadable.append(name);
            f.addEvidence(QStringLiteral("log_") + name.section(u'.', 0, 0).toLower(), name, tr("not readable"));
            continue;
        }
        read.append(name);
        f.addEvidence(QStringLiteral("log_") + name.section(u'.', 0, 0).toLower(), name, path);
        hits += scan(text.value, name).hits;
    }
    const QList<Evidence> logEvidence = f.evidence;
    if (!problems.isEmpty()) {
        f = probeError(tr("The agent's log %1 could not be read, so the errors it recorded could not be looked for.")
                               .arg(unreadable.size() == 1 ? unreadable.constFirst() : tr("files")),
                       problems.join(u' '));
        f.remedy = tr("Restart this troubleshooter as administrator; if the log still cannot be read, check its "
                      "permissions (icacls) and run the check again.");
        f.evidence = logEvidence;
        return f;
    }
    if (read.isEmpty()) {
        f = makeFinding(Verdict::NotApplicable, tr("The agent has not written a log in %1 yet, so there is no error "
                                                   "of its own to look at.")
                                                        .arg(folder));
        f.evidence = logEvidence;
        return f;
    }
    if (hits.isEmpty()) {
        f = makeFinding(Verdict::Pass, tr("The end of the agent's logs (%1) records none of the errors this "
                                          "troubleshooter knows a cause for.")
                                               .arg(read.join(QStringLiteral(", "))));
    } else {
        // The engine's log first (registration runs there), each newest hit first.
        const Hit& newest = hits.constFirst();
        const QString when = newest.timestamp.isEmpty() ? QString() : tr(" at %1").arg(newest.timestamp);
        f = makeFinding(Verdict::Warning,
                        tr("The agent's log %1 recorded %2%3: \"%4\"")
                                .arg(newest.log, health::patternText(*newest.pattern), when, newest.line));
        f.reason = QLatin1String(newest.pattern->errorId);
        QStringList remedies;
        for (const Hit& h : std::as_const(hits)) {
            const QString remedy = health::patternRemedy(*h.pattern);
            if (!remedies.contains(remedy))
                remedies.append(remedy);
        }
        f.remedy = remedies.join(u' ');
        // ASR-PS: the Azure address logged next to port 443 is the one to test.
        for (const Hit& h : std::as_const(hits)) {
            const QString endpoint = health::endpointIn(h.line);
            if (endpoint.isEmpty())
                continue;
            f.remedy += u' ' + tr("The log names the address %1: test TCP 443 to it from this server.").arg(endpoint);
            break;
        }
    }
    f.evidence = logEvidence;
    for (const Hit& h : std::as_const(hits)) {
        f.addEvidence(QStringLiteral("error_") + QString::fromLatin1(h.pattern->errorId).toLower(),
                      tr("%1 in %2 (checks %3)")
                              .arg(health::patternText(*h.pattern), h.log, QLatin1String(h.pattern->catalogRefs)),
                      tr("%n time(s), last: %1", nullptr, h.count).arg(h.line));
    }
    f.detail = tr("Read the last %1 KiB of CBEngineCurr.errlog and of the newest GatewayProvider*.errlog in %2 and "
                  "looked for the agent's error ids 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07, 0x1FBD3, "
                  "proxy 407, 10054, unresolved names, failed connections, TLS/SSL errors and expiry. Quoted lines "
                  "have passwords, keys and certificates masked.")
                       .arg(kTailBytes / 1024)
                       .arg(folder);
    return f;
}

} // namespace mars
