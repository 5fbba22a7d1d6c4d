// SPDX-License-Identifier: MIT
#pragma once

#include "WizardSession.h"

#include <QObject>

#include <memory>

namespace mars {

class TroubleshooterWizard;
class UiTranslators;

// Owns the wizard on screen. When the Welcome page's language menu asks for another language it
// switches the translators and puts a new wizard in the old one's place (same size and position,
// same session, the inputs typed so far): every text, Qt's buttons included, is made again in
// the new language rather than retranslated widget by widget. Findings already shown go with
// the old wizard; the checks run again on Next.
class WizardWindow : public QObject
{
    Q_OBJECT
public:
    WizardWindow(const WizardSession& session, UiTranslators& translators, bool presenter);
    ~WizardWindow() override;

    void show();
    TroubleshooterWizard* wizard() const { return m_wizard.get(); }

Q_SIGNALS:
    // A fix started an elevated copy: the application should quit.
    void quitRequested();
    // A new wizard replaced the old one (tests wait for it).
    void wizardReplaced();

private:
    void build();
    void switchLanguage(const QString& code);

    WizardSession m_session;
    UiTranslators& m_translators;
    bool m_presenter;
    std::unique_ptr<TroubleshooterWizard> m_wizard;
};

} // namespace mars
