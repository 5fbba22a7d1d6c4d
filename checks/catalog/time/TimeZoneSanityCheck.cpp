// SPDX-License-Identifier: MIT
#include "TimeZoneSanityCheck.h"

#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <QLocale>
#include <QTimeZone>

#include <cstdlib>

namespace mars {

namespace {
// Zones the country uses, as Windows names them, for the remedy ("for example ..."): at most
// three. The host's zone database lists them (empty on a host without one: no example then).
QStringList zonesUsedIn(QLocale::Territory territory)
{
    QStringList zones;
    for (const QByteArray& iana : QTimeZone::availableTimeZoneIds(territory)) {
        const QString windows = QString::fromUtf8(QTimeZone::ianaIdToWindowsId(iana));
        if (!windows.isEmpty() && !zones.contains(windows))
            zones.append(windows);
        if (zones.size() == 3)
            break;
    }
    return zones;
}
} // namespace

QByteArray TimeZoneSanityCheck::windowsZoneId(const QString& zoneId)
{
    const QByteArray bytes = zoneId.toUtf8();
    if (!QTimeZone::windowsIdToDefaultIanaId(bytes).isEmpty())
        return bytes;
    return QTimeZone::ianaIdToWindowsId(bytes);
}

QString TimeZoneSanityCheck::offsetText(int utcOffset_s)
{
    const int minutes = std::abs(utcOffset_s) / 60;
    return QStringLiteral("UTC%1%2:%3")
            .arg(QChar(utcOffset_s < 0 ? u'-' : u'+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

CheckInfo TimeZoneSanityCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("E2"),
            .phases = Phase::Register,
            .title = tr("Time zone"),
            .whyItMatters = tr("With the wrong time zone the clock can look right while its UTC time is hours off, and "
                               "registration then fails with \"Invalid vault credentials provided\"."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding TimeZoneSanityCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const Probed<ClockInfo> clock = context.system().machine().clock();
    if (!clock.ok())
        return probeError(tr("The time zone could not be read."), clock.reason);
    const ClockInfo& c = clock.value;
    const QString zone = c.timeZoneId;
    const QString offset = offsetText(c.utcOffset_s);
    const QByteArray windowsId = windowsZoneId(zone);
    const QLocale::Territory territory =
            c.region.isEmpty() ? QLocale::AnyTerritory : QLocale::codeToTerritory(c.region);
    const QString country = QLocale::territoryToString(territory);

    if (territory != QLocale::AnyTerritory && !windowsId.isEmpty() && windowsId != "UTC"
        && QTimeZone::windowsIdToIanaIds(windowsId, territory).isEmpty()) {
        f = makeFinding(Verdict::Warning,
                        tr("The time zone is %1 (%2), which is not used in %3, the country or region this server "
                           "is set to.")
                                .arg(zone, offset, country));
        const QStringList examples = zonesUsedIn(territory);
        f.remedy = tr("Ask the customer where the server is. If the zone is wrong, set it as administrator with "
                      "tzutil /s \"<zone>\", then run the checks again. Changing the zone moves the local time, not "
                      "the clock's UTC time.");
        if (!examples.isEmpty())
            f.remedy += u' ' + tr("Zones used in %1: %2.").arg(country, examples.join(QStringLiteral(", ")));
    } else if (territory == QLocale::AnyTerritory || windowsId.isEmpty()) {
        f = makeFinding(Verdict::Pass,
                        tr("The time zone is %1 (%2). Confirm with the customer that this is where the server is.")
                                .arg(zone, offset));
    } else {
        f = makeFinding(Verdict::Pass,
                        windowsId == "UTC"
                                ? tr("The time zone is UTC, a common choice for servers.")
                                : tr("The time zone is %1 (%2), used in %3, the country or region this server is "
                                     "set to.")
                                          .arg(zone, offset, country));
    }
    const QDateTime local = c.utcNow.toOffsetFromUtc(c.utcOffset_s);
    f.addEvidence(QStringLiteral("time_zone"), tr("Time zone"), zone)
            .addEvidence(QStringLiteral("utc_offset"), tr("Offset from UTC now"), offset)
            .addEvidence(QStringLiteral("local_time"), tr("Local time"),
                         local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            .addEvidence(QStringLiteral("utc_time"), tr("UTC time (this server's clock)"),
                         c.utcNow.toString(Qt::ISODate))
            .addEvidence(QStringLiteral("region"), tr("Country or region setting"),
                         territory == QLocale::AnyTerritory ? tr("not set")
                                                            : QStringLiteral("%1 (%2)").arg(country, c.region));
    f.detail = tr("Whether a zone is used in a country comes from the Unicode CLDR zone table. The clock itself is "
                  "compared with Azure's by the clock check.");
    return f;
}

} // namespace mars
