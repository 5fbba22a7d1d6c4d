// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>

namespace mars {

// resync_clock (for E1 clock_skew_utc): asks Windows Time to set the clock from its time source
// now, as the catalog's fix for E1 says (ASSIST, elevated: w32tm /resync /force).
//  Changes:  the clock: MachineProbe::resyncClock runs <system folder>\w32tm.exe /resync /force
//            (absolute path, at most 30 s, cancellable). Windows Time then sets the clock to its
//            source's time: on a domain member the domain controller's, elsewhere its NTP servers'
//            (W32Time's Parameters\Type, see w32time_service). Needs the full administrator token.
//  Preview:  the command line, the jump the clock makes (about the skew the check measured,
//            CheckContext::checkFinding's skew_seconds), the rights, that it cannot be undone and
//            that a domain member follows its domain controller. Refused when Windows Time is not
//            running (w32tm would answer 0x80070426: start_time_service, or net start w32time,
//            comes first), not installed or disabled; when the skew is close to a whole number of
//            hours (the time zone is wrong, not the clock: time_zone_sanity); when the clock
//            already matches; and off Windows.
//  Apply:    runs the resync; Applied when w32tm ends with exit code 0. The journal keeps the skew
//            and the clock before, the command, its exit code and output (localised text, kept as
//            it was printed) and the clock after. Whether the clock is right now is the re-run of
//            clock_skew_utc (the FixRunner re-runs the owning check after every fix).
//  Undo:     none: the old, wrong time is not worth restoring.
class ResyncClockFix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(ResyncClockFix)

public:
    static QString id() { return QStringLiteral("resync_clock"); }
    static QString title() { return tr("Set the clock from its time source"); }

    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;
};

} // namespace mars
