// SPDX-License-Identifier: MIT
#pragma once

#include "WizardSession.h"
#include "engine/CheckInfo.h"
#include "engine/CheckInputs.h"
#include "engine/Finding.h"

#include <QWizard>

#include <memory>

namespace mars {

class LeaveReportPrompt;
class WorkerPool;
class WizardState;

// The troubleshooter's window: Welcome -> Install checks -> Register checks -> Summary.
// Install goal: Welcome -> InstallChecks -> RegisterChecks -> Summary.
// Register / re-register goal: Welcome -> RegisterChecks -> Summary.
// When the session runs on a ScenarioSystem the title says "SIMULATED: ..." and every page
// shows a SimulatedBanner.
//
// \code
//   mars::TroubleshooterWizard wizard(session);
//   QObject::connect(&wizard, &mars::TroubleshooterWizard::quitRequested, &app, &QApplication::quit);
//   wizard.show();
// \endcode
class TroubleshooterWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Welcome, InstallChecks, RegisterChecks, Summary, PageCount };
    Q_ENUM(PageId)

    explicit TroubleshooterWizard(const WizardSession& session, QWidget* parent = nullptr);
    ~TroubleshooterWizard() override;

    int nextId() const override;
    // Logs the overall result before QWizard's Cancel resets the pages (and their findings).
    // Cancel or close after a fix or with problems found and no report saved asks first
    // (LeaveReportPrompt); the window stays until the technician chose.
    void done(int result) override;

    const WizardSession& session() const { return m_session; }
    WizardState* state() const { return m_state.get(); }
    // Typed accessors over the shared state, for the app and tests.
    CheckInputs inputs() const;
    QList<Finding> findings(Phase phase) const;

    static QString windowTitleFor(const WizardSession& session);

    // Presenter mode, for a screen-share (the "Presenter mode" button, objectName
    // "presenterModeButton", or --presenter): larger text and icons, and the customer's personal
    // data masked on every page (ScreenText). The reports and the log are not affected. Kept in
    // window.ini when switched: the elevated copy and the next run start in the same mode.
    void setPresenterMode(bool on);
    bool presenterMode() const;
    // How much larger the text is in presenter mode.
    static constexpr qreal kPresenterScale = 1.3;
    // Nothing clips at this size at 100 % scale (in presenter mode: this times kPresenterScale,
    // bounded to the screen).
    static constexpr QSize kMinimumSize{900, 640};

    // The language the Welcome page's menu chose last in this data folder (window.ini), empty when
    // it was never used: the next run starts in it unless --language says otherwise (the
    // elevated copy a fix starts is given the language shown then as --language).
    static QString savedLanguage(const WizardSession& session);

Q_SIGNALS:
    // The technician chose another language on the Welcome page; it is saved (savedLanguage()).
    // The owner switches the translators and shows a new wizard with inputs() (GuiRun's
    // WizardWindow): texts made before the switch would otherwise stay in the old language.
    void languageChangeRequested(const QString& code);
    // A fix asked the application to close (it started an elevated copy of itself). The
    // application decides how to quit; the wizard never calls exit().
    void quitRequested();

private:
    void changeLanguage(const QString& code);
    void logClosing(const char* how) const;
    // The account's and the machine's names, read on a worker, for presenter mode's masking.
    void learnPersonalNames();
    // The window's size is remembered in the data folder (window.ini) from one run to the next.
    void restoreWindowSize();
    void saveWindowSize() const;
    // Presenter mode as the last run in this data folder left it (window.ini).
    void restorePresenterMode();
    // QWizard's page title, larger than the body (in both modes).
    void enlargePageTitles();

    WizardSession m_session;
    std::shared_ptr<WizardState> m_state; // shared with the pages (no parent)
    LeaveReportPrompt* m_leavePrompt = nullptr;
    bool m_leaving = false; // the technician chose to leave: done() closes
    QFont m_normalFont; // the font out of presenter mode
    std::unique_ptr<WorkerPool> m_pool;
};

} // namespace mars
