// SPDX-License-Identifier: MIT
#include "NcsiProbeCheck.h"

#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

namespace mars {

CheckInfo NcsiProbeCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C5"),
            .phases = Phase::Register,
            .title = tr("Windows connectivity test"),
            .whyItMatters = tr("Windows checks its internet access by downloading two small files from Microsoft. A "
                               "login page or a proxy answering in Microsoft's place shows here before it breaks "
                               "registration."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms,
            .needs = Requirement::Network};
}

Finding NcsiProbeCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok())
        return probeError(tr("Windows' connectivity test files could not be fetched."), survey.reason);
    QString warning;
    int tried = 0;
    for (const PathOutcome& o : survey.value.agentOutcomes()) {
        if (o.endpoint.role != EndpointRole::Ncsi)
            continue;
        ++tried;
        f.endpoints.append(NetworkPathsText::report(o));
        const NetworkPathsText::Judgement j = NetworkPathsText::judge(o);
        const QString body = o.exchange.ok() ? QString::fromUtf8(o.exchange.value.body).trimmed() : QString();
        QString problem;
        if (j.verdict != Verdict::Pass)
            problem = j.sentence;
        else if (!o.endpoint.expectBody.isEmpty() && !body.contains(o.endpoint.expectBody))
            problem = tr("%1 answered with something else than Microsoft's text \"%2\" (it began with \"%3\"): a "
                         "login page (captive portal) or a proxy answers in Microsoft's place.")
                              .arg(o.endpoint.url.toString(), o.endpoint.expectBody, body.left(60).simplified());
        f.addEvidence(o.endpoint.id, o.endpoint.url.toString(),
                      o.exchange.ok() && o.exchange.value.answered()
                              ? tr("HTTP %1, \"%2\"").arg(o.exchange.value.httpStatus).arg(body.left(60).simplified())
                              : j.sentence);
        if (!problem.isEmpty() && warning.isEmpty())
            warning = problem;
    }
    if (tried == 0)
        return makeFinding(Verdict::NotApplicable,
                           tr("The address list has no Windows connectivity test file to fetch."));
    Finding result = warning.isEmpty()
                             ? makeFinding(Verdict::Pass, tr("Windows' connectivity test files came back as Microsoft "
                                                             "wrote them: nothing answers in Microsoft's place."))
                             : makeFinding(Verdict::Warning, warning);
    if (!warning.isEmpty())
        result.remedy = tr("If a login page is in the way, sign in to it or ask the network team to exempt this "
                           "server; if a proxy answers, ask them to let www.msftncsi.com and www.msftconnecttest.com "
                           "through unchanged.");
    result.evidence = f.evidence;
    result.endpoints = f.endpoints;
    return result;
}

} // namespace mars
