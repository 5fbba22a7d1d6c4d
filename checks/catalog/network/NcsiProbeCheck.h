// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// C5 ncsi_probe — do Windows' connectivity-check files come back as Microsoft wrote them? A
// captive portal or an intercepting proxy answers 200 with its own page, which is how it is
// told apart from a working path.
//  Probe:    the run's network survey: http://www.msftncsi.com/ncsi.txt (expected body
//            "Microsoft NCSI") and http://www.msftconnecttest.com/connecttest.txt ("Microsoft
//            Connect Test"), through the agent's route (mars-checks.md C5; the first body is
//            UNCONFIRMED in the catalog's sources, the second quoted from Microsoft's NCSI text).
//  States:   Pass when both answer with their text; Warning when one answers with another body
//            (captive portal, interception) or is unreachable (the agent does not need these
//            hosts itself: they only tell what is on the way); NotApplicable off Windows or when
//            the list has no NCSI address; Error when the survey could not run.
//  Deadline: 20 s (it reads the shared survey).
//  Fix:      none (guidance: allow the hosts, or sign in to the portal).
class NcsiProbeCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(NcsiProbeCheck)

public:
    static QString id() { return QStringLiteral("ncsi_probe"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
