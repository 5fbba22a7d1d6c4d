// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace mars {

// The unmissable strip at the top of every page when the session runs against a
// ScenarioSystem (objectName "simulatedBanner"): nothing shown describes the real machine and
// fixes only change the simulation. Pages add one when WizardSession::isSimulated().
class SimulatedBanner : public QLabel
{
    Q_OBJECT
public:
    explicit SimulatedBanner(const QString& systemDescription, QWidget* parent = nullptr);

    // "SIMULATED: broken-install" -> "broken-install" (SystemProbe::description() of a scenario).
    static QString simulationName(const QString& systemDescription);
};

} // namespace mars
