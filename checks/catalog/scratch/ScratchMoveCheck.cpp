// SPDX-License-Identifier: MIT
#include "ScratchMoveCheck.h"

#include "ScratchRules.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"

namespace mars {

CheckInfo ScratchMoveCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("B5"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Cache folder location"),
            .whyItMatters = tr("When the cache folder is on the wrong drive, the agent's documented way out is to move "
                               "it; done wrongly, the agent loses its cache."),
            .docUrl = docs::cacheFolderMove(),
            .deadline_ms = 15000};
}

Finding ScratchMoveCheck::run(const CheckContext& context) const
{
    const ScratchRules::Target target = ScratchRules::locate(context);
    if (target.state != ScratchRules::Target::State::Located) {
        const ScratchRules::Assessment a = ScratchRules::notLocated(target);
        Finding f = makeFinding(a.verdict, a.summary);
        ScratchRules::complete(f, a, target);
        return f;
    }
    const QString scratch = target.where.path;
    const QList<ScratchRules::Assessment> rules{ScratchRules::assessVolume(context, scratch),
                                                ScratchRules::assessAttributes(context, scratch),
                                                ScratchRules::assessFreeSpace(context, scratch)};
    const QStringList ruleNames{QStringLiteral("B2 scratch_volume_type"), QStringLiteral("B3 scratch_attributes"),
                                QStringLiteral("B4 scratch_free_space")};
    QStringList causes, unreadable, details;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ScratchRules::Assessment& rule = rules.at(i);
        QString line = QStringLiteral("%1: %2 - %3").arg(ruleNames.at(i), verdictId(rule.verdict), rule.summary);
        if (rule.verdict == Verdict::Error && !rule.detail.isEmpty())
            line += QStringLiteral(" (%1)").arg(rule.detail);
        details.append(line);
        if (rule.moveHelps && (rule.verdict == Verdict::Fail || rule.verdict == Verdict::Warning))
            causes.append(rule.cause);
        else if (rule.verdict == Verdict::Error || rule.verdict == Verdict::NotApplicable)
            unreadable.append(ruleNames.at(i));
    }

    Finding f;
    if (!causes.isEmpty()) {
        // A cache folder named by the agent's registry is an installed agent's, even when
        // InstallPath cannot be read: it gets the procedure for an installed agent.
        const bool installed =
                !agent::installedPath(context).path.isEmpty() || target.where.sourceId == QLatin1String("registry");
        f = makeFinding(Verdict::Warning,
                        tr("The cache folder %1 should be moved, because %2.").arg(scratch, causes.join(tr("; "))));
        f.remedy = ScratchRules::moveProcedure(scratch, installed);
        f.addEvidence(QStringLiteral("agent_installed"), tr("Agent installed"), installed ? tr("yes") : tr("no"));
    } else if (!unreadable.isEmpty()) {
        f = makeFinding(Verdict::Error, tr("Could not work out whether the cache folder %1 should move, because "
                                           "some of its facts could not be read.")
                                                .arg(scratch));
        f.remedy = ScratchRules::unreadableRemedy();
    } else {
        f = makeFinding(Verdict::Pass, tr("The cache folder %1 can stay where it is.").arg(scratch));
    }
    f.addEvidence(QStringLiteral("scratch_folder"), tr("Cache folder"), scratch)
            .addEvidence(QStringLiteral("scratch_source"), tr("Taken from"), target.where.source);
    for (const ScratchRules::Assessment& rule : rules) {
        for (const Evidence& e : rule.evidence) {
            if (f.evidenceValue(e.id).isEmpty())
                f.evidence.append(e);
        }
    }
    f.detail = details.join(QLatin1Char('\n'));
    return f;
}

} // namespace mars
