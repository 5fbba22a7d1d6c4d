// SPDX-License-Identifier: MIT
#include "WizardWindow.h"

#include "TroubleshooterWizard.h"
#include "UiTranslators.h"

namespace mars {

WizardWindow::WizardWindow(const WizardSession& session, UiTranslators& translators, bool presenter)
    : m_session(session)
    , m_translators(translators)
    , m_presenter(presenter)
{
    build();
}

WizardWindow::~WizardWindow() = default;

void WizardWindow::build()
{
    m_wizard = std::make_unique<TroubleshooterWizard>(m_session);
    if (m_presenter) // --presenter turns it on; without it the wizard starts as the last run left it
        m_wizard->setPresenterMode(true);
    connect(m_wizard.get(), &TroubleshooterWizard::quitRequested, this, &WizardWindow::quitRequested);
    // Queued: the request comes from inside the old wizard's combo box signal.
    connect(m_wizard.get(), &TroubleshooterWizard::languageChangeRequested, this, &WizardWindow::switchLanguage,
            Qt::QueuedConnection);
}

void WizardWindow::show()
{
    m_wizard->show();
}

void WizardWindow::switchLanguage(const QString& code)
{
    const QRect geometry = m_wizard->geometry();
    const bool maximized = m_wizard->isMaximized();
    m_session.environment.inputs = m_wizard->inputs(); // what the technician typed so far
    m_presenter = m_wizard->presenterMode();
    m_translators.use(code);
    std::unique_ptr<TroubleshooterWizard> old = std::move(m_wizard);
    build();
    m_wizard->setGeometry(geometry);
    if (maximized)
        m_wizard->showMaximized();
    else
        m_wizard->show();
    old->hide();
    old.reset(); // its workers are joined by its pools; nothing of it is shown or asked any more
    Q_EMIT wizardReplaced();
}

} // namespace mars
