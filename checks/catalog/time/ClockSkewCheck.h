// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// E1 clock_skew_utc — is this server's clock (UTC) close to Azure's? Entra ID and the vault
// credentials' certificate are time-bound: a clock far off makes registration fail with
// "invalid vault credentials" although the file is fine.
//  Probe:    the Date header of an HTTPS answer from an Azure address in the run's network survey
//            (the reference is named in the finding), against MachineProbe::clock() read when
//            that answer arrived. The header has one-second resolution.
//  States:   Pass |skew| <= 60 s; Warning <= 5 min; Fail beyond (thresholds: mars-checks.md E1,
//            the wizard's own choice: the documents give none). A skew within 5 min of a whole
//            number of hours says so: the time zone is likely wrong, not the clock
//            (time_zone_sanity). Error when no Azure address answered (nothing to compare
//            with); NotApplicable off Windows.
//  Deadline: 20 s (it reads the shared survey).
//  Fix:      resync_clock (ResyncClockFix: w32tm /resync /force, elevated) on a Warning or Fail
//            that is not close to a whole number of hours (then the time zone is wrong: the
//            remedy points to time_zone_sanity, and no fix is offered). Not undoable: the old,
//            wrong time is not worth restoring. A domain member follows its domain controller.
class ClockSkewCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ClockSkewCheck)

public:
    static QString id() { return QStringLiteral("clock_skew_utc"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static constexpr qint64 kPass_s = 60;
    static constexpr qint64 kWarn_s = 5 * 60;
    // "About N hours": within this much of a whole hour, N >= 1.
    static constexpr qint64 kHourTolerance_s = 5 * 60;
    // Whole hours the skew is close to, or 0.
    static qint64 wholeHours(qint64 skew_s);
    // "15 minutes", "2 h 5 min": the size of a skew (its sign dropped), as sentences say it.
    static QString durationText(qint64 skew_s);
};

} // namespace mars
