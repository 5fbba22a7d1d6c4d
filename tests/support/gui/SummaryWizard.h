// SPDX-License-Identifier: MIT
#pragma once

// The wizard on healthy-server.json, walked to the Summary with the registration goal (both
// phases run), its Save and bundle buttons enabled: where the Summary's hand-off tests start.
#include "ScenarioWizard.h"

#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace mars::guitest {

struct SummaryWizard : ScenarioWizard
{
    // False with *why when a step did not come.
    bool open(QString* why)
    {
        if (!ScenarioWizard::open("healthy-server.json", why))
            return false;
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
