// SPDX-License-Identifier: MIT
#include "ClockSkewCheck.h"

#include "ResyncClockFix.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

#include <cstdlib>

namespace mars {

QString ClockSkewCheck::durationText(qint64 s)
{
    s = std::llabs(s);
    // Never 1 of a unit (1 s is "matches", 60-119 s are seconds): no plural forms needed.
    if (s < 120)
        return ClockSkewCheck::tr("%1 seconds").arg(s);
    if (s < 2 * 3600)
        return ClockSkewCheck::tr("%1 minutes").arg(s / 60);
    return ClockSkewCheck::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

qint64 ClockSkewCheck::wholeHours(qint64 skew_s)
{
    const qint64 magnitude = std::llabs(skew_s);
    const qint64 hours = (magnitude + 1800) / 3600;
    if (hours < 1 || std::llabs(magnitude - hours * 3600) > kHourTolerance_s)
        return 0;
    return hours;
}

CheckInfo ClockSkewCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("E1"),
            .phases = Phase::Register,
            .title = tr("Clock compared with Azure"),
            .whyItMatters = tr("Signing in to Microsoft Entra ID and the vault credentials' certificate depend on the "
                               "time: a clock that is minutes off makes registration fail with \"Invalid vault "
                               "credentials provided\" although the file is fine."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms,
            .needs = Requirement::Network};
}

Finding ClockSkewCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok())
        return probeError(tr("The clock could not be compared with Azure's: the connections to Azure could not be "
                             "tried."),
                          survey.reason);
    // The reference: the first HTTPS answer with a Date header from an Azure address.
    const PathOutcome* reference = survey.value.azureDateReference();
    if (!reference) {
        f = probeError(tr("The clock could not be compared with Azure's, because no Azure address answered (see the "
                          "connection check)."),
                       tr("No HTTPS answer with a Date header came back from an Azure address."));
        f.remedy = tr("Fix what the connection check reports, then run the checks again.");
        return f;
    }
    const ExchangeResult& r = reference->exchange.value;
    // Positive: this machine is ahead of Azure. The Date header drops the fraction of its second:
    // Azure's time was half a second later on average.
    const qint64 skew_ms = r.serverDateUtc.msecsTo(reference->machineUtcAtEnd) - 500;
    const qint64 skew_s = (skew_ms >= 0 ? skew_ms + 500 : skew_ms - 500) / 1000;
    const QString host = reference->endpoint.url.host();
    const qint64 hours = wholeHours(skew_s);
    // Whole sentences per direction: languages order "ahead" and "behind" differently.
    QString sentence = (skew_s > 0 ? tr("This server's clock is %1 ahead of Azure's time (compared with %2).")
                                   : tr("This server's clock is %1 behind Azure's time (compared with %2)."))
                               .arg(durationText(skew_s), host);
    if (hours > 0)
        sentence += u' ' + tr("That is close to a whole number of hours: the time zone is probably wrong.");
    if (std::llabs(skew_s) <= kPass_s) {
        f = makeFinding(Verdict::Pass,
                        std::llabs(skew_s) <= 1
                                ? tr("This server's clock matches Azure's time (compared with %1).").arg(host)
                                : sentence);
    } else {
        f = makeFinding(std::llabs(skew_s) <= kWarn_s ? Verdict::Warning : Verdict::Fail, sentence);
        f.remedy = hours > 0
                           ? tr("The difference is close to a whole number of hours (%1 h): the time zone is "
                                "probably wrong, not the clock. Check the time zone with the customer (tzutil /g "
                                "shows it; tzutil /s \"<zone>\" sets it), then run the checks again.")
                                     .arg(hours)
                           : tr("Set the clock right: the wizard's \"%1\" (as administrator: w32tm /resync /force). A "
                                "domain member takes its time from the domain controller: if that one is wrong, fix "
                                "it there. Then run the checks again.")
                                     .arg(ResyncClockFix::title());
        // A whole number of hours is the time zone (time_zone_sanity): resyncing would not help.
        if (hours == 0)
            f.fixIds = QStringList{ResyncClockFix::id()};
    }
    f.addEvidence(QStringLiteral("skew_seconds"), tr("Difference (this server minus Azure)"), QString::number(skew_s))
            .addEvidence(QStringLiteral("reference"), tr("Compared with"),
                         tr("the Date header of %1 %2").arg(reference->endpoint.url.toString(), reference->route.label))
            .addEvidence(QStringLiteral("azure_time"), tr("Azure's time (UTC)"), r.serverDateUtc.toString(Qt::ISODate))
            .addEvidence(QStringLiteral("machine_time"), tr("This server's time (UTC)"),
                         reference->machineUtcAtEnd.toString(Qt::ISODate));
    f.detail = tr("Azure's time is the Date header of an HTTPS answer (one-second resolution); this server's time "
                  "was read when that answer arrived. Pass within %1 s, warning within %2 min, failure beyond.")
                       .arg(kPass_s)
                       .arg(kWarn_s / 60);
    return f;
}

} // namespace mars
