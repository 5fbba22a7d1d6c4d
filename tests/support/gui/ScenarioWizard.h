// SPDX-License-Identifier: MIT
#pragma once

// The wizard on a scenario file of resources/scenarios, with the builtin catalog, shown: where
// the GUI walk-throughs start (SummaryWizard goes on from here to the Summary).
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "system/ScenarioSystem.h"

#include <QAbstractButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mars::guitest {

struct ScenarioWizard
{
    static constexpr int kTimeout_ms = 60000;
    QTemporaryDir data;
    std::unique_ptr<TroubleshooterWizard> wizard;

    // `scenario`: a file name under resources/scenarios. False with *why when it cannot be shown.
    bool open(const char* scenario, QString* why)
    {
        std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(
                QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/") + QLatin1String(scenario), why);
        if (!system)
            return false;
        wizard = std::make_unique<TroubleshooterWizard>(
                makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), data.path()));
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get())) {
            *why = QStringLiteral("the wizard was not shown");
            return false;
        }
        return true;
    }
    // Next, then the checks of the page it leads to have finished.
    bool nextAndWait()
    {
        wizard->button(QWizard::NextButton)->click();
        return QTest::qWaitFor([this] { return wizard->currentPage()->isComplete(); }, kTimeout_ms);
    }
};

} // namespace mars::guitest
