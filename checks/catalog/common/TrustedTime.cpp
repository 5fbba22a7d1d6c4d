// SPDX-License-Identifier: MIT
#include "TrustedTime.h"

#include "NetworkPaths.h"
#include "system/SystemProbe.h"

namespace mars {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(mars::TrustedTime)
};
} // namespace

namespace trustedTime {

TrustedTime now(const CheckContext& context)
{
    TrustedTime t;
    const Probed<ClockInfo> clock = context.system().machine().clock();
    // The survey runs only where the network checks run (Windows, or a simulated Windows): a
    // Linux dev box sends no traffic for a certificate's dates.
    const Probed<OsInfo> os = context.system().machine().osInfo();
    const FactsCache::Fact<NetworkPaths> survey =
            os.ok() && os.value.isWindows ? networkPaths::survey(context) : FactsCache::Fact<NetworkPaths>{};
    const PathOutcome* o = survey.ok() && clock.ok() ? survey.value.azureDateReference() : nullptr;
    if (o) {
        // Azure's time at the answer, plus what this clock ran since (the Date drops its
        // fraction of a second: half a second on average, as ClockSkewCheck reckons).
        t.utc = o->exchange.value.serverDateUtc.addMSecs(500 + o->machineUtcAtEnd.msecsTo(clock.value.utcNow));
        t.fromAzure = true;
        t.source = Text::tr("Azure's clock (the Date of %1's answer)").arg(o->endpoint.url.host());
        return t;
    }
    if (!clock.ok()) {
        t.why = clock.reason;
        return t;
    }
    t.utc = clock.value.utcNow;
    t.source = Text::tr("this server's clock (no Azure address answered to compare with)");
    return t;
}

} // namespace trustedTime

} // namespace mars
