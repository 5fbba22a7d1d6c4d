// SPDX-License-Identifier: MIT
#include "WelcomePage.h"

#include "InterruptedFixesNotice.h"
#include "LabInputsMessage.h"
#include "LanguageChoice.h"
#include "PassphraseCheckField.h"
#include "ReportedErrorField.h"
#include "SimulatedBanner.h"
#include "VaultFilePreview.h"
#include "WizardState.h"
#include "logging/Redactor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mars {

namespace {
// A form row whose field is a composite widget (an edit with its messages under it): Qt looks for
// a screen reader's name among the edit's own siblings and misses the row's label, so the edit
// gets the label's text as its accessible name (issue #17).
void nameInnerEdit(QFormLayout* form, QWidget* field)
{
    auto* label = qobject_cast<QLabel*>(form->labelForField(field));
    auto* edit = field->findChild<QLineEdit*>();
    if (!label || !edit || !edit->accessibleName().isEmpty())
        return;
    QString name = label->text().remove(QLatin1Char('&')).trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    edit->setAccessibleName(name);
}
} // namespace

WelcomePage::WelcomePage(const WizardSession& session, std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_state(std::move(state))
{
    setTitle(tr("Why won't the Azure Backup (MARS) agent install or register?"));
    setSubTitle(tr("Say what you are trying to do, then the tool checks this server."));

    auto* layout = new QVBoxLayout(this);
    if (session.isSimulated())
        layout->addWidget(new SimulatedBanner(session.environment.machineDescription(), this));

    auto* intro =
            new QLabel(tr("First the tool runs a set of checks that only read this server's settings — nothing is "
                          "changed. If a check finds a problem it can fix, it shows you exactly what would change, "
                          "and nothing changes until you confirm the fix."),
                       this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Fixes an earlier run left unfinished (killed mid-fix): said first, with what to check.
    auto* notice =
            new InterruptedFixesNotice(session.journal, session.catalog, session.screen, session.isSimulated(), this);
    layout->addWidget(notice);
    connect(m_state.get(), &WizardState::screenTextsChanged, notice, &InterruptedFixesNotice::refreshText);

    auto* facts = new QFormLayout;
    m_languageCombo = makeLanguageCombo(this);
    m_languageCombo->setToolTip(tr("The language of the troubleshooter and of its reports. Changing it shows this "
                                   "page again in that language: what you entered is kept (a passphrase must be "
                                   "typed again), and the checks run again."));
    connect(m_languageCombo, &QComboBox::activated, this, [this](int index) {
        if (const QString code = m_languageCombo->itemData(index).toString(); code != currentShippedLanguage())
            Q_EMIT languageChosen(code);
    });
    // "Language" in English too: whoever cannot read the current language still finds the menu.
    QString languageLabel = tr("Language");
    if (languageLabel != QLatin1String("Language"))
        languageLabel += QStringLiteral(" / Language");
    facts->addRow(languageLabel + u':', m_languageCombo);
    m_languageCombo->setAccessibleName(languageLabel);
    m_languageCombo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // as wide as its longest name
    m_sessionIdLabel = new QLabel(session.sessionId, this);
    m_sessionIdLabel->setObjectName(QStringLiteral("sessionIdLabel"));
    m_sessionIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionIdLabel->setToolTip(tr("Quote this id to support: it is on every log line, report and fix record."));
    facts->addRow(tr("Session:"), m_sessionIdLabel);
    m_elevationLabel = new QLabel(tr("Checking…"), this);
    m_elevationLabel->setObjectName(QStringLiteral("elevationLabel"));
    m_elevationLabel->setWordWrap(true);
    facts->addRow(tr("Rights:"), m_elevationLabel);
    layout->addLayout(facts);

    auto* goalBox = new QGroupBox(tr("What are you trying to do?"), this);
    auto* goalLayout = new QVBoxLayout(goalBox);
    m_goalGroup = new QButtonGroup(this);
    m_installRadio = new QRadioButton(tr("Install the agent on this server"), goalBox);
    m_installRadio->setObjectName(QStringLiteral("goalInstallRadioButton"));
    m_registerRadio = new QRadioButton(
            tr("Register this server with a Recovery Services vault (agent already installed)"), goalBox);
    m_registerRadio->setObjectName(QStringLiteral("goalRegisterRadioButton"));
    m_reregisterRadio = new QRadioButton(tr("Register this server again (it was registered before)"), goalBox);
    m_reregisterRadio->setObjectName(QStringLiteral("goalReregisterRadioButton"));
    // Descriptions (a tooltip is what a screen reader reads as the description, issue #17).
    m_installRadio->setToolTip(tr("The installation checks run first, then the registration checks."));
    m_registerRadio->setToolTip(tr("The registration checks run: the connection to Azure, the vault credentials "
                                   "file, the clock and the agent's health."));
    m_reregisterRadio->setToolTip(tr("The registration checks, and what registering a second time needs: the same "
                                     "passphrase and the name the vault knows this server by."));
    m_goalGroup->addButton(m_installRadio, int(Goal::Install));
    m_goalGroup->addButton(m_registerRadio, int(Goal::Register));
    m_goalGroup->addButton(m_reregisterRadio, int(Goal::Reregister));
    for (QAbstractButton* b : m_goalGroup->buttons())
        goalLayout->addWidget(b);
    layout->addWidget(goalBox);

    auto* inputBox = new QGroupBox(tr("Details (optional — leave empty if you don't know yet)"), this);
    auto* form = new QFormLayout(inputBox);
    m_inputForm = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* dirRow = new QHBoxLayout;
    m_installDirEdit = new QLineEdit(inputBox);
    m_installDirEdit->setObjectName(QStringLiteral("installDirLineEdit"));
    m_installDirEdit->setPlaceholderText(defaultInstallDir());
    m_installDirEdit->setClearButtonEnabled(true);
    m_installDirBrowse = new QPushButton(tr("Browse…"), inputBox);
    m_installDirBrowse->setObjectName(QStringLiteral("installDirBrowseButton"));
    // "Browse…" twice on one page: each says what it browses for.
    m_installDirBrowse->setAccessibleName(tr("Browse for the agent install folder"));
    m_installDirBrowse->setToolTip(tr("Choose the agent's install folder in a folder dialog."));
    dirRow->addWidget(m_installDirEdit, 1);
    dirRow->addWidget(m_installDirBrowse);
    form->addRow(tr("Agent install folder:"), dirRow);
    m_installDirMessage = new QLabel(inputBox);
    m_installDirMessage->setObjectName(QStringLiteral("installDirMessageLabel"));
    m_installDirMessage->setWordWrap(true);
    m_installDirMessage->setTextFormat(Qt::PlainText);
    m_installDirMessage->hide();
    form->addRow(QString(), m_installDirMessage);
    m_installDirTimer = new QTimer(this);
    m_installDirTimer->setSingleShot(true);
    m_installDirTimer->setInterval(300);
    connect(m_installDirTimer, &QTimer::timeout, this, &WelcomePage::checkInstallDir);

    auto* vaultRow = new QHBoxLayout;
    m_vaultEdit = new QLineEdit(inputBox);
    m_vaultEdit->setObjectName(QStringLiteral("vaultCredentialsLineEdit"));
    m_vaultEdit->setPlaceholderText(tr("The .VaultCredentials file downloaded from the Azure portal"));
    m_vaultEdit->setClearButtonEnabled(true);
    m_vaultBrowse = new QPushButton(tr("Browse…"), inputBox);
    m_vaultBrowse->setObjectName(QStringLiteral("vaultCredentialsBrowseButton"));
    m_vaultBrowse->setAccessibleName(tr("Browse for the vault credentials file"));
    m_vaultBrowse->setToolTip(tr("Choose the .VaultCredentials file in a file dialog."));
    vaultRow->addWidget(m_vaultEdit, 1);
    vaultRow->addWidget(m_vaultBrowse);
    form->addRow(tr("Vault credentials file:"), vaultRow);
    m_vaultPreview = new VaultFilePreview(session, inputBox);
    connect(m_state.get(), &WizardState::screenTextsChanged, m_vaultPreview, &VaultFilePreview::refreshText);
    form->addRow(QString(), m_vaultPreview);
    m_vaultCheckTimer = new QTimer(this);
    m_vaultCheckTimer->setSingleShot(true);
    m_vaultCheckTimer->setInterval(300);
    connect(m_vaultCheckTimer, &QTimer::timeout, this, [this] { m_vaultPreview->check(m_vaultEdit->text()); });
    setAcceptDrops(true);

    m_errorField = new ReportedErrorField(session.catalog, inputBox);
    form->addRow(tr("Error the customer saw:"), m_errorField);
    nameInnerEdit(form, m_errorField);
    m_passphrase = new PassphraseCheckField(inputBox);
    form->addRow(tr("Encryption passphrase:"), m_passphrase);
    nameInnerEdit(form, m_passphrase);

    m_cloudCombo = new QComboBox(inputBox);
    m_cloudCombo->setObjectName(QStringLiteral("cloudComboBox"));
    m_cloudCombo->addItem(tr("Azure (public)"), int(Cloud::Public));
    m_cloudCombo->addItem(tr("Azure US Government"), int(Cloud::UsGovernment));
    m_cloudCombo->addItem(tr("Azure China (21Vianet)"), int(Cloud::China));
    form->addRow(tr("Azure cloud:"), m_cloudCombo);
    m_cloudCombo->setAccessibleName(tr("Azure cloud")); // a combo box is otherwise read by its current item
    m_cloudCombo->setToolTip(tr("The Azure the vault is in. It decides which addresses the connection checks try."));
    layout->addWidget(inputBox);

    // Lab and training inputs: collapsed unless the command line gave one.
    m_labBox = new QGroupBox(tr("Lab and training inputs (not for a customer's server)"), this);
    m_labBox->setObjectName(QStringLiteral("labInputsGroupBox"));
    m_labBox->setCheckable(true);
    auto* labOuter = new QVBoxLayout(m_labBox);
    m_labFields = new QWidget(m_labBox);
    auto* labForm = new QFormLayout(m_labFields);
    labForm->setContentsMargins(0, 0, 0, 0);
    labForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto labEdit = [this](const QString& objectName, const QString& placeholder) {
        auto* edit = new QLineEdit(m_labFields);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_labEndpointsEdit = labEdit(QStringLiteral("labEndpointsLineEdit"),
                                 tr("A JSON list of endpoints that replaces the cloud's (docs/endpoints.md)"));
    m_labRootsEdit = labEdit(QStringLiteral("labTrustedRootsLineEdit"),
                             tr("PEM file of CA certificates trusted for this run only (never installed)"));
    m_labProxyEdit = labEdit(QStringLiteral("labProxyLineEdit"), tr("http://host:port, probed as one more route"));
    labForm->addRow(tr("Endpoints file:"), m_labEndpointsEdit);
    labForm->addRow(tr("Extra trusted roots:"), m_labRootsEdit);
    labForm->addRow(tr("Extra proxy:"), m_labProxyEdit);
    labOuter->addWidget(m_labFields);
    m_labMessage = new LabInputsMessage(session.labInputsProblem,
                                        {tr("Endpoints file"), tr("Extra trusted roots"), tr("Extra proxy")}, m_labBox);
    labOuter->addWidget(m_labMessage);
    layout->addWidget(m_labBox);
    layout->addStretch(1);

    // Start from the inputs the composition root gave (command line), then keep them in sync.
    const CheckInputs inputs = m_state->inputs();
    if (QAbstractButton* b = m_goalGroup->button(int(inputs.goal)))
        b->setChecked(true);
    else
        m_installRadio->setChecked(true);
    m_installDirEdit->setText(inputs.installDir);
    m_vaultEdit->setText(inputs.vaultCredentialsPath);
    m_errorField->setText(inputs.reportedError);
    m_errorField->setGoal(inputs.goal);
    form->setRowVisible(m_passphrase, inputs.goal != Goal::Install);
    m_cloudCombo->setCurrentIndex(qMax(0, m_cloudCombo->findData(int(inputs.cloud))));
    m_labEndpointsEdit->setText(inputs.endpointsFile);
    m_labRootsEdit->setText(inputs.trustedRootsFile);
    m_labProxyEdit->setText(inputs.labProxy);
    m_labBox->setChecked(!inputs.labInputs().isEmpty());
    m_labFields->setVisible(m_labBox->isChecked());

    connect(m_goalGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        writeInputs();
        showInstallDirMessage(); // a missing folder is fine to install into, not to register from
    });
    connect(m_installDirEdit, &QLineEdit::textChanged, this, &WelcomePage::writeInputs);
    connect(m_installDirEdit, &QLineEdit::textChanged, this, &WelcomePage::installDirEdited);
    if (!m_installDirEdit->text().trimmed().isEmpty()) // given on the command line
        installDirEdited();
    connect(m_errorField, &ReportedErrorField::textChanged, this, &WelcomePage::writeInputs);
    connect(m_vaultEdit, &QLineEdit::textChanged, this, &WelcomePage::writeInputs);
    connect(m_vaultEdit, &QLineEdit::textChanged, m_vaultCheckTimer, qOverload<>(&QTimer::start));
    if (!m_vaultEdit->text().isEmpty()) // given on the command line
        m_vaultCheckTimer->start();
    connect(m_cloudCombo, &QComboBox::currentIndexChanged, this, &WelcomePage::writeInputs);
    connect(m_labBox, &QGroupBox::toggled, this, [this](bool on) {
        m_labFields->setVisible(on);
        writeInputs();
    });
    for (QLineEdit* edit : {m_labEndpointsEdit, m_labRootsEdit, m_labProxyEdit})
        connect(edit, &QLineEdit::textChanged, this, &WelcomePage::writeInputs);
    connect(m_labMessage, &LabInputsMessage::blockingChanged, this, &WelcomePage::completeChanged);
    m_labMessage->setInputs(m_state->inputs()); // given on the command line: judged again here
    connect(m_installDirBrowse, &QPushButton::clicked, this, &WelcomePage::browseInstallDir);
    connect(m_vaultBrowse, &QPushButton::clicked, this, &WelcomePage::browseVaultCredentials);
}

WelcomePage::~WelcomePage()
{
    // The account query is a short token read; the watcher (a child) just stops listening.
    if (m_accountWatcher)
        m_accountWatcher->disconnect(this);
}

QString WelcomePage::defaultInstallDir()
{
    return QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent");
}

void WelcomePage::initializePage()
{
    requestAccount();
}

bool WelcomePage::validatePage()
{
    // A passphrase tried here goes to the Redactor (so no log, report or clipboard text can carry
    // it, should it ever reach one) and leaves the field: it does not wait on a page nobody sees.
    const QString passphrase = m_passphrase->take();
    if (!passphrase.isEmpty() && m_session.redactor)
        m_session.redactor->addSecret(passphrase);
    // The lab proxy's password, as --proxy's is: registered on Next, not per keystroke (each
    // prefix typed would become a "secret"). Until then the URL pattern masks user:password@.
    const QString proxyPassword = QUrl(m_state->inputs().labProxy).password();
    if (!proxyPassword.isEmpty() && m_session.redactor)
        m_session.redactor->addSecret(proxyPassword);
    return true;
}

bool WelcomePage::isComplete() const
{
    if (m_labMessage->isBlocking())
        return false;
    if (m_installDirEdit->text().trimmed().isEmpty())
        return true;
    if (m_installDirPending)
        return false;
    bool blocking = false;
    installDirMessage(m_installDirChecked, m_installDirAssessment, m_state->inputs().goal, &blocking);
    return !blocking;
}

void WelcomePage::installDirEdited()
{
    ++m_installDirGeneration; // a check still running answers for an older text
    const bool empty = m_installDirEdit->text().trimmed().isEmpty();
    m_installDirPending = !empty;
    if (empty)
        m_installDirTimer->stop();
    else
        m_installDirTimer->start();
    showInstallDirMessage(); // the old sentence is about another text
}

void WelcomePage::checkInstallDir()
{
    const quint64 generation = m_installDirGeneration;
    const QString path = m_installDirEdit->text().trimmed();
    auto* watcher = new QFutureWatcher<InstallDirAssessment>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_installDirGeneration)
            return;
        m_installDirPending = false;
        m_installDirChecked = path;
        m_installDirAssessment = watcher->result();
        showInstallDirMessage();
        Q_EMIT completeChanged();
    });
    const CheckEnvironment environment = m_session.environment; // a copy: the worker owns it
    watcher->setFuture(QtConcurrent::run(m_pool->threadPool(),
                                         [environment, path] { return assessInstallDir(environment, path); }));
}

void WelcomePage::showInstallDirMessage()
{
    bool blocking = false;
    const QString text =
            m_installDirPending || m_installDirEdit->text().trimmed().isEmpty()
                    ? QString()
                    : installDirMessage(m_installDirChecked, m_installDirAssessment, m_state->inputs().goal, &blocking);
    m_installDirMessage->setText(text);
    m_installDirMessage->setVisible(!text.isEmpty());
    // A problem that holds Next back is shown as one; a remark ("setup creates it") is not.
    QFont font = m_installDirMessage->font();
    font.setBold(blocking);
    m_installDirMessage->setFont(font);
    Q_EMIT completeChanged();
}

void WelcomePage::requestAccount()
{
    if (m_accountRequested)
        return;
    m_accountRequested = true;
    m_accountWatcher = new QFutureWatcher<Probed<AccountInfo>>(this);
    connect(m_accountWatcher, &QFutureWatcherBase::finished, this, &WelcomePage::showAccount);
    const CheckEnvironment environment = m_session.environment; // a copy: keeps the machine alive for the task
    m_accountWatcher->setFuture(
            QtConcurrent::run(m_pool->threadPool(), [environment] { return environment.currentAccount(); }));
}

void WelcomePage::showAccount()
{
    const Probed<AccountInfo> account = m_accountWatcher->result();
    m_elevationLabel->setText(elevationText(account));
    if (account.ok() && !account.value.userName.isEmpty())
        m_elevationLabel->setToolTip(tr("Account: %1").arg(account.value.userName));
    QFont font = m_elevationLabel->font();
    font.setBold(!account.ok() || account.value.elevation != TokenElevation::Elevated);
    m_elevationLabel->setFont(font);
}

QString WelcomePage::elevationText(const Probed<AccountInfo>& account)
{
    if (!account.ok())
        return tr("Could not read this account's rights: %1").arg(account.reason);
    switch (account.value.elevation) {
    case TokenElevation::Elevated: return tr("Running as administrator (elevated)");
    case TokenElevation::Limited:
        return tr("Administrator, but not elevated — some checks and fixes need you to restart as administrator");
    case TokenElevation::NotAdmin: break;
    }
    return tr("Not an administrator");
}

void WelcomePage::writeInputs()
{
    CheckInputs inputs = m_state->inputs();
    const int goal = m_goalGroup->checkedId();
    if (goal > 0)
        inputs.goal = Goal(goal);
    inputs.installDir = m_installDirEdit->text().trimmed();
    inputs.vaultCredentialsPath = m_vaultEdit->text().trimmed();
    inputs.reportedError = m_errorField->text();
    m_errorField->setGoal(inputs.goal);
    m_inputForm->setRowVisible(m_passphrase, inputs.goal != Goal::Install);
    inputs.cloud = Cloud(m_cloudCombo->currentData().toInt());
    const bool lab = m_labBox->isChecked();
    inputs.endpointsFile = lab ? m_labEndpointsEdit->text().trimmed() : QString();
    inputs.trustedRootsFile = lab ? m_labRootsEdit->text().trimmed() : QString();
    inputs.labProxy = lab ? m_labProxyEdit->text().trimmed() : QString();
    m_state->setInputs(inputs);
    if (m_labMessage)
        m_labMessage->setInputs(inputs);
}

void WelcomePage::browseInstallDir()
{
    if (!m_installDirDialog) {
        m_installDirDialog = new QFileDialog(this, tr("Choose the agent's install folder"));
        m_installDirDialog->setObjectName(QStringLiteral("installDirFileDialog"));
        m_installDirDialog->setFileMode(QFileDialog::Directory);
        m_installDirDialog->setOption(QFileDialog::ShowDirsOnly);
        connect(m_installDirDialog, &QFileDialog::fileSelected, this,
                [this](const QString& dir) { m_installDirEdit->setText(QDir::toNativeSeparators(dir)); });
    }
    const QString current = m_installDirEdit->text().trimmed();
    if (!current.isEmpty())
        m_installDirDialog->setDirectory(current);
    m_installDirDialog->open();
}

namespace {
// The one local file a drag carries, else empty.
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}
} // namespace

void WelcomePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void WelcomePage::dropEvent(QDropEvent* event)
{
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    m_vaultEdit->setText(QDir::toNativeSeparators(file));
    event->acceptProposedAction();
}

void WelcomePage::browseVaultCredentials()
{
    if (!m_vaultDialog) {
        m_vaultDialog = new QFileDialog(this, tr("Choose the vault credentials file"));
        m_vaultDialog->setObjectName(QStringLiteral("vaultCredentialsFileDialog"));
        m_vaultDialog->setFileMode(QFileDialog::ExistingFile);
        m_vaultDialog->setNameFilters({tr("Vault credentials (*.VaultCredentials)"), tr("All files (*)")});
        connect(m_vaultDialog, &QFileDialog::fileSelected, this,
                [this](const QString& file) { m_vaultEdit->setText(QDir::toNativeSeparators(file)); });
    }
    const QString current = m_vaultEdit->text().trimmed();
    if (!current.isEmpty())
        m_vaultDialog->setDirectory(QFileInfo(current).absolutePath());
    m_vaultDialog->open();
}

} // namespace mars
