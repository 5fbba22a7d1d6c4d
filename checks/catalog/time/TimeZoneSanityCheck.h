// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

#include <QByteArray>

namespace mars {

// E2 time_zone_sanity — is the time zone one used where the server says it is? The classic
// mistake: the local clock "looks right" but the zone is wrong, so UTC (what Entra ID and the
// vault credentials' certificate compare) is off by whole hours.
//  Probe:    MachineProbe::clock(): the zone (GetDynamicTimeZoneInformation's key name), its
//            current offset, and the "Country or region" setting (GetUserGeoID). Whether the
//            zone is used in that country comes from the CLDR zone table built into Qt
//            (QTimeZone::windowsIdToIanaIds with a territory), not from the host's zone files.
//  States:   Warning when the zone is not used in the server's country (UTC itself is a
//            deliberate choice on servers and passes); Pass naming zone, offset and country
//            otherwise, or naming the zone and asking to confirm it when the country is not set
//            or the zone is unknown; Error when the clock cannot be read; NotApplicable off
//            Windows. A skew of whole hours against Azure is clock_skew_utc's sentence (E1).
//  Deadline: 5 s (local reads only).
//  Fix:      none: guidance only (tzutil /s after the tech confirms the zone with the customer).
class TimeZoneSanityCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(TimeZoneSanityCheck)

public:
    static QString id() { return QStringLiteral("time_zone_sanity"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // The Windows id of a zone named either way ("W. Europe Standard Time" or
    // "Europe/Amsterdam"); empty when CLDR does not know it.
    static QByteArray windowsZoneId(const QString& zoneId);
    // "UTC+01:00", "UTC-08:00", "UTC+05:30".
    static QString offsetText(int utcOffset_s);
};

} // namespace mars
