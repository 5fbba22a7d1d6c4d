// SPDX-License-Identifier: MIT
#include "WizardState.h"

namespace mars {

WizardState::WizardState(QObject* parent)
    : QObject(parent)
{
}

void WizardState::setInputs(const CheckInputs& inputs)
{
    m_inputs = inputs;
}

void WizardState::setFindings(Phase phase, const QList<Finding>& findings)
{
    m_findings.insert(phase, findings);
    m_reportSavedForCurrentFindings = false;
    Q_EMIT findingsChanged(phase);
}

void WizardState::setPresenter(bool on)
{
    if (m_presenter == on)
        return;
    m_presenter = on;
    Q_EMIT presenterChanged(on);
    Q_EMIT screenTextsChanged();
}

void WizardState::noteRunFinished(Phase phase)
{
    if (!m_firstFindings.contains(phase) && !m_findings.value(phase).isEmpty())
        m_firstFindings.insert(phase, m_findings.value(phase));
}

void WizardState::clearFindings(Phase phase)
{
    if (m_findings.remove(phase) > 0)
        Q_EMIT findingsChanged(phase);
}

QList<Phase> WizardState::phasesRun() const
{
    QList<Phase> phases;
    for (Phase phase : {Phase::Install, Phase::Register}) {
        if (!m_findings.value(phase).isEmpty())
            phases.append(phase);
    }
    return phases;
}

} // namespace mars
