// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckInfo.h"
#include "engine/CheckInputs.h"
#include "engine/Finding.h"

#include <QList>
#include <QMap>
#include <QObject>

namespace mars {

// The small piece of state the pages share, held (std::shared_ptr) by the wizard and each page from
// construction, so teardown order cannot leave a page with a dangling pointer. No page reaches
// into another page or into the wizard's internals:
//  - the technician's inputs, written by the Welcome page and copied by value into every run;
//  - the latest findings of each phase, written by the checks pages and read by the Summary.
// GUI thread only; workers receive copies.
//
// \code
//   state->setInputs(inputs);                 // WelcomePage
//   environment.inputs = state->inputs();     // ChecksPage, before starting a run
//   state->findings(Phase::Install);          // SummaryPage
// \endcode
class WizardState : public QObject
{
    Q_OBJECT
public:
    explicit WizardState(QObject* parent = nullptr);

    CheckInputs inputs() const { return m_inputs; }
    void setInputs(const CheckInputs& inputs);

    // Latest finding per check of the phase, in run order; empty when the phase has not run.
    QList<Finding> findings(Phase phase) const { return m_findings.value(phase); }
    void setFindings(Phase phase, const QList<Finding>& findings);
    void clearFindings(Phase phase);
    // Phases that have findings, in wizard order.
    QList<Phase> phasesRun() const;
    // The phase's findings as its first complete run left them (noteRunFinished), for the
    // run-to-run comparison after fixes; empty until a run of the phase finished every check.
    QList<Finding> firstFindings(Phase phase) const { return m_firstFindings.value(phase); }
    void noteRunFinished(Phase phase);

    // What leaving the wizard should offer to keep: did a fix change (or undo a change on) this
    // machine in this session, and has a report been saved since the last change of findings.
    void noteMachineChanged() { m_machineChanged = true; }
    bool machineChanged() const { return m_machineChanged; }
    void noteReportSaved() { m_reportSavedForCurrentFindings = true; }
    bool reportSaved() const { return m_reportSavedForCurrentFindings; }

    // Presenter mode (TroubleshooterWizard::setPresenterMode): pages show their texts again.
    bool presenter() const { return m_presenter; }
    void setPresenter(bool on);
    // What ScreenText masks changed (presenter mode, or the account's name arrived): pages show
    // their texts again.
    void noteScreenTextsChanged() { Q_EMIT screenTextsChanged(); }

Q_SIGNALS:
    void findingsChanged(mars::Phase phase);
    void presenterChanged(bool on);
    void screenTextsChanged();

private:
    CheckInputs m_inputs;
    QMap<Phase, QList<Finding>> m_findings;
    QMap<Phase, QList<Finding>> m_firstFindings;
    bool m_machineChanged = false;
    bool m_presenter = false;
    bool m_reportSavedForCurrentFindings = false;
};

} // namespace mars
