// SPDX-License-Identifier: MIT
#pragma once

// The wizard on healthy-server.json, walked to the Summary with the registration goal (both
// phases run), its Save and bundle buttons enabled: where the Summary's hand-off tests start.
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "system/ScenarioSystem.h"

#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mars::guitest {

struct SummaryWizard
{
    static constexpr int kTimeout_ms = 60000;
    QTemporaryDir data;
    std::unique_ptr<TroubleshooterWizard> wizard;

    // False with *why when a step did not come.
    bool open(QString* why)
    {
        QString error;
        std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(
                QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"), &error);
        if (!system) {
            *why = error;
            return false;
        }
        wizard = std::make_unique<TroubleshooterWizard>(
                makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), data.path()));
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get())) {
            *why = QStringLiteral("the wizard was not shown");
            return false;
        }
        wizard->currentPage()->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
        wizard->button(QWizard::NextButton)->click();
        if (!QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, kTimeout_ms)) {
            *why = QStringLiteral("the checks did not finish");
            return false;
        }
        wizard->button(QWizard::NextButton)->click();
        if (wizard->currentId() != int(TroubleshooterWizard::Summary)) {
            *why = QStringLiteral("Next did not lead to the Summary");
            return false;
        }
        const auto ready = [this](const char* name) {
            auto* b = wizard->currentPage()->findChild<QPushButton*>(QLatin1String(name));
            return b && b->isEnabled();
        };
        if (!QTest::qWaitFor([&] { return ready("saveReportButton") && ready("supportBundleButton"); }, kTimeout_ms)) {
            *why = QStringLiteral("the report was not assembled");
            return false;
        }
        return true;
    }
    QWizardPage* page() const { return wizard->currentPage(); }
};

} // namespace mars::guitest
