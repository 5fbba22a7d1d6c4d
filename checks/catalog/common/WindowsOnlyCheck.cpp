// SPDX-License-Identifier: MIT
#include "WindowsOnlyCheck.h"

#include "catalog/agent/AgentFootprint.h"
#include "system/SystemProbe.h"

namespace mars {

bool WindowsOnlyCheck::readWindows(const CheckContext& context, OsInfo* os, Finding* finding) const
{
    const Probed<OsInfo> read = context.system().machine().osInfo();
    if (!read.ok()) {
        *finding = probeError(tr("The Windows version could not be read, so this check could not run."), read.reason);
        return false;
    }
    if (!read.value.isWindows) {
        *finding = makeFinding(Verdict::NotApplicable, tr("This computer does not run Windows, and the agent runs "
                                                          "only on Windows, so this check does not apply."));
        finding->addEvidence(QStringLiteral("operating_system"), tr("Operating system"),
                             read.value.productName.isEmpty() ? tr("(unknown)") : read.value.productName);
        return false;
    }
    *os = read.value;
    return true;
}

QString WindowsOnlyCheck::tidyPath(const QString& path)
{
    return agent::tidyPath(path);
}

Finding WindowsOnlyCheck::probeError(const QString& summary, const QString& reason) const
{
    Finding f = makeFinding(Verdict::Error, summary);
    f.detail = reason;
    return f;
}

Finding WindowsOnlyCheck::worstOf(const QList<Problem>& problems, const QString& passSentence,
                                  const QString& errorSentence) const
{
    const Problem* worst = nullptr;
    QStringList sentences, remedies, fixIds;
    for (const Problem& p : problems) {
        if (!worst || verdictSeverity(p.verdict) > verdictSeverity(worst->verdict))
            worst = &p;
        sentences.append(p.sentence);
        if (!p.remedy.isEmpty() && !remedies.contains(p.remedy))
            remedies.append(p.remedy);
        for (const QString& id : p.fixIds) {
            if (!fixIds.contains(id))
                fixIds.append(id);
        }
    }
    if (!worst)
        return makeFinding(Verdict::Pass, passSentence);
    if (worst->verdict == Verdict::Error) {
        // One problem names its own cause; several are summed up and listed in the detail.
        Finding f =
                probeError(problems.size() == 1 ? worst->sentence : errorSentence, sentences.join(QLatin1Char(' ')));
        f.remedy = remedies.join(QLatin1Char(' '));
        return f;
    }
    Finding f = makeFinding(worst->verdict, worst->sentence);
    f.remedy = remedies.join(QLatin1Char(' '));
    f.fixIds = fixIds;
    return f;
}

} // namespace mars
