// SPDX-License-Identifier: MIT
#include "TroubleshooterWizard.h"

#include "ChecksPage.h"
#include "LeaveReportPrompt.h"
#include "ScaledFont.h"
#include "SimulatedBanner.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "WizardState.h"
#include "engine/FixJournal.h"
#include "engine/JournalTrust.h"
#include "engine/WorkerPool.h"
#include "logging/Logging.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMetaEnum>
#include <QScreen>
#include <QSettings>
#include <QSysInfo>

#include <spdlog/spdlog.h>

namespace mars {

TroubleshooterWizard::TroubleshooterWizard(const WizardSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_state(std::make_shared<WizardState>())
    , m_pool(std::make_unique<WorkerPool>(this, 1))
{
    if (!m_session.screen) // before the pages: they keep a copy of the session
        m_session.screen = std::make_shared<ScreenText>(m_session.redactor);
    setObjectName(QStringLiteral("troubleshooterWizard"));
    setWindowTitle(windowTitleFor(m_session));
    // One look on every platform. Windows would default to AeroStyle, which draws its own title
    // area through DWM calls; under Wine (our CI's Windows) that area came out black and the
    // Back/Next/Cancel row fell off the window, so what we test would not be what we ship.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Nothing clips at 100 % scale: the check list, the detail panel and the buttons fit.
    setMinimumSize(kMinimumSize);
    m_state->setInputs(m_session.environment.inputs);

    auto* welcome = new WelcomePage(m_session, m_state, this);
    setPage(Welcome, welcome);
    auto* install = new ChecksPage(Phase::Install, m_session, m_state, this);
    auto* registration = new ChecksPage(Phase::Register, m_session, m_state, this);
    setPage(InstallChecks, install);
    setPage(RegisterChecks, registration);
    setPage(Summary, new SummaryPage(m_session, m_state, this));
    setStartId(Welcome);
    connect(install, &ChecksPage::quitRequested, this, &TroubleshooterWizard::quitRequested);
    connect(registration, &ChecksPage::quitRequested, this, &TroubleshooterWizard::quitRequested);
    connect(this, &TroubleshooterWizard::quitRequested, this, [this] { logClosing("relaunched elevated"); });
    connect(welcome, &WelcomePage::languageChosen, this, &TroubleshooterWizard::changeLanguage);
    m_leavePrompt = new LeaveReportPrompt(m_session, m_state, this);

    // Presenter mode: a checkable button at the left of the wizard's button row, on every page.
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Presenter mode"));
    QAbstractButton* presenter = button(QWizard::CustomButton1);
    presenter->setObjectName(QStringLiteral("presenterModeButton"));
    presenter->setCheckable(true);
    presenter->setToolTip(tr("For a screen-share: larger text, and the customer's user names, machine names, e-mail "
                             "addresses and ids hidden on screen. Saved reports keep them."));
    connect(presenter, &QAbstractButton::toggled, this, &TroubleshooterWizard::setPresenterMode);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    // What the standard buttons do, read by a screen reader as their description (issue #17).
    button(QWizard::BackButton)->setToolTip(tr("Goes back to the previous page."));
    button(QWizard::NextButton)->setToolTip(tr("Goes on to the next page, whose checks start at once."));
    button(QWizard::CancelButton)
            ->setToolTip(tr("Closes the troubleshooter. If a report is worth keeping, it asks first."));
    button(QWizard::FinishButton)->setToolTip(tr("Closes the troubleshooter."));
    m_normalFont = font();
    connect(this, &QWizard::currentIdChanged, this, &TroubleshooterWizard::enlargePageTitles);
    learnPersonalNames();
    restoreWindowSize(); // last: adding the pages lays the wizard out again
    restorePresenterMode();
}

void TroubleshooterWizard::enlargePageTitles()
{
    // QWizard's page title is its header's own bold label at the body's size: beside the pages'
    // 1.15x headlines it read as the smaller text, in presenter mode too. It has no name; it is
    // the bold label outside the pages. keepScaledFont follows the wizard's font (presenter mode).
    // QWizard makes its header when it first lays a page out: called again on every page change.
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->objectName() == QLatin1String("wizardPageTitleLabel"))
            continue;
        bool inPage = false;
        for (QWidget* w = label->parentWidget(); w && !inPage; w = w->parentWidget())
            inPage = qobject_cast<QWizardPage*>(w) != nullptr;
        if (!inPage && label->font().bold()) {
            label->setObjectName(QStringLiteral("wizardPageTitleLabel"));
            label->setWordWrap(true); // a translated title can be wider than the window
            keepScaledFont(label, 1.3);
        }
    }
}

namespace {
// Beside the fix journal in the data folder (--data-dir), so each data folder, and each test,
// keeps its own; nothing goes to the registry of the customer's server.
QString windowSettingsPath(const WizardSession& session)
{
    return session.journal ? QFileInfo(session.journal->filePath()).absolutePath() + QStringLiteral("/window.ini")
                           : QString();
}
constexpr auto kSizeKey = "wizard/size";
// Saved when switched, so the copy a "Restart as administrator" starts (same account, same data
// folder) comes up in presenter mode too, and the next run on this server as the last one left it.
constexpr auto kPresenterKey = "wizard/presenter";
// The language menu's last choice, saved for the same reasons.
constexpr auto kLanguageKey = "wizard/language";
} // namespace

QString TroubleshooterWizard::savedLanguage(const WizardSession& session)
{
    const QString path = windowSettingsPath(session);
    return path.isEmpty() ? QString() : QSettings(path, QSettings::IniFormat).value(kLanguageKey).toString();
}

void TroubleshooterWizard::changeLanguage(const QString& code)
{
    if (const QString path = windowSettingsPath(m_session); !path.isEmpty())
        QSettings(path, QSettings::IniFormat).setValue(kLanguageKey, code);
    saveWindowSize();
    logClosing("language changed");
    Logging::logger(QStringLiteral("wizard"))
            ->info("language changed to {}: the wizard starts again", code.toStdString());
    Q_EMIT languageChangeRequested(code);
}

void TroubleshooterWizard::restorePresenterMode()
{
    if (const QString path = windowSettingsPath(m_session);
        !path.isEmpty() && QSettings(path, QSettings::IniFormat).value(kPresenterKey).toBool())
        setPresenterMode(true);
}

void TroubleshooterWizard::restoreWindowSize()
{
    const QString path = windowSettingsPath(m_session);
    const QSize saved = path.isEmpty() ? QSize() : QSettings(path, QSettings::IniFormat).value(kSizeKey).toSize();
    if (saved.isValid()) {
        resize(saved.expandedTo(minimumSize()));
        return;
    }
    // First start: as large as a 1366x768 screen allows with the taskbar, so the list and the
    // details are both in view; smaller screens get most of what they have.
    QSize size(1240, 700);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 48));
    resize(size.expandedTo(minimumSize()));
}

void TroubleshooterWizard::setPresenterMode(bool on)
{
    if (QAbstractButton* presenter = button(QWizard::CustomButton1); presenter->isChecked() != on)
        presenter->setChecked(on); // comes back here through toggled()
    if (m_session.screen->presenter() == on && m_state->presenter() == on)
        return;
    m_session.screen->setPresenter(on);
    QFont f = m_normalFont;
    if (on)
        f.setPointSizeF(m_normalFont.pointSizeF() * kPresenterScale);
    setFont(f); // the pages inherit it; their icons follow the font's height
    // Larger text needs a larger window, as far as the screen allows (a title bar's worth kept).
    QSize least = kMinimumSize;
    if (on) {
        least = (QSizeF(kMinimumSize) * kPresenterScale).toSize();
        if (const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen())
            least = least.boundedTo(screen->availableGeometry().size() - QSize(0, 32)).expandedTo(kMinimumSize);
    }
    setMinimumSize(least);
    if (on)
        resize(size().expandedTo(least));
    m_state->setPresenter(on); // the pages show their texts again, masked or not
    if (const QString path = windowSettingsPath(m_session); !path.isEmpty())
        QSettings(path, QSettings::IniFormat).setValue(kPresenterKey, on);
    Logging::logger(QStringLiteral("wizard"))->info("presenter mode {}", on ? "on" : "off");
}

bool TroubleshooterWizard::presenterMode() const
{
    return m_state->presenter();
}

void TroubleshooterWizard::learnPersonalNames()
{
    const std::shared_ptr<SystemProbe> system = m_session.environment.system;
    const std::shared_ptr<ScreenText> screen = m_session.screen;
    if (!system)
        return;
    const bool simulated = m_session.isSimulated();
    const auto mailbox = m_pool->mailbox();
    m_pool->start([system, screen, simulated, mailbox, state = m_state] {
        // The same names the fix journal records (a scenario's for a simulated machine).
        const JournalIdentity me = journalIdentityOf(*system);
        screen->addPersonal(me.user);
        screen->addPersonal(me.machine);
        if (!simulated) {
            screen->addPersonal(QSysInfo::machineHostName());
            screen->addPersonal(qEnvironmentVariable("USERDOMAIN"));
            screen->addPersonal(qEnvironmentVariable("USERDNSDOMAIN"));
        }
        mailbox->post([state] {
            if (state->presenter())
                state->noteScreenTextsChanged();
        });
    });
}

void TroubleshooterWizard::saveWindowSize() const
{
    if (const QString path = windowSettingsPath(m_session); !path.isEmpty() && !isMaximized() && !isFullScreen()) {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(kSizeKey, size());
    }
}

void TroubleshooterWizard::done(int result)
{
    // Cancel, Escape or the close box after a change or a problem: offer the report first.
    if (result != QDialog::Accepted && !m_leaving && LeaveReportPrompt::worthOffering(*m_state)) {
        m_leavePrompt->ask([this, result] {
            m_leaving = true;
            done(result);
        });
        return;
    }
    saveWindowSize();
    logClosing(result == QDialog::Accepted ? "finish" : "cancel");
    QWizard::done(result);
}

// The story's overall result when the window closes (Finish, Cancel, the close box) or hands over
// to an elevated copy: the worst verdict of the latest finding of each check.
void TroubleshooterWizard::logClosing(const char* how) const
{
    QMap<QString, Verdict> latest; // a check of both phases counts once, with its latest finding
    for (Phase phase : m_state->phasesRun()) {
        for (const Finding& f : m_state->findings(phase))
            latest.insert(f.checkId, f.verdict);
    }
    Verdict worst = latest.isEmpty() ? Verdict::NotRun : Verdict::Pass;
    for (Verdict v : std::as_const(latest))
        worst = verdictSeverity(v) > verdictSeverity(worst) ? v : worst;
    const char* page = QMetaEnum::fromType<PageId>().valueToKey(currentId());
    Logging::logger(QStringLiteral("wizard"))
            ->info("wizard closed ({}) on page {}, goal {}: overall result {} over {} check(s)", how,
                   page ? page : "none", goalId(m_state->inputs().goal).toStdString(), verdictId(worst).toStdString(),
                   latest.size());
}

TroubleshooterWizard::~TroubleshooterWizard() = default;

QString TroubleshooterWizard::windowTitleFor(const WizardSession& session)
{
    QString title = tr("MARS Agent Troubleshooter");
    if (!session.isSimulated())
        return title;
    return tr("%1 — SIMULATED: %2")
            .arg(title, SimulatedBanner::simulationName(session.environment.machineDescription()));
}

int TroubleshooterWizard::nextId() const
{
    switch (currentId()) {
    case Welcome: return m_state->inputs().goal == Goal::Install ? InstallChecks : RegisterChecks;
    case InstallChecks: return RegisterChecks;
    case RegisterChecks: return Summary;
    default: return -1;
    }
}

CheckInputs TroubleshooterWizard::inputs() const
{
    return m_state->inputs();
}

QList<Finding> TroubleshooterWizard::findings(Phase phase) const
{
    return m_state->findings(phase);
}

} // namespace mars
