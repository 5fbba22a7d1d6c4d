// SPDX-License-Identifier: MIT
#pragma once

#include "InstallDirInput.h"
#include "WizardSession.h"
#include "engine/CheckEnvironment.h"
#include "engine/WorkerPool.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QFileDialog;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace mars {

class LabInputsMessage;

class PassphraseCheckField;
class ReportedErrorField;
class VaultFilePreview;
class WizardState;

// First page: says in plain words what will happen, offers the language menu, shows the session
// id and whether the tool runs elevated (read on a worker through the SystemProbe, "Checking…" until then), and asks
// for the goal and the optional inputs (install folder, vault credentials file, cloud), and, in a
// collapsed "lab" box (objectName "labInputsGroupBox"), the lab inputs the CLI takes as
// --endpoints, --trusted-roots and --proxy (a run that uses one says so in every output; a file
// that cannot be used is reported by the connection check). Every edit is written at once into
// the shared WizardState inputs, which later runs copy by value. The vault credentials file is
// checked as soon as it is chosen (typed, browsed or dropped on the page): VaultFilePreview. The
// install folder is checked on a worker as it is typed (InstallDirInput): a sentence under the
// field (objectName "installDirMessageLabel") says what is wrong and what to do, and Next waits
// while the check runs or while the folder cannot be the one meant (a file, a missing folder for
// a registration, a path without a drive): the run never falls back silently to another folder.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    WelcomePage(const WizardSession& session, std::shared_ptr<WizardState> state, QWidget* parent = nullptr);
    ~WelcomePage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // The technician chose another language in the language menu (objectName
    // "languageComboBox"): a code of shippedLanguages(). The page itself changes nothing; the
    // wizard's owner switches the translators and shows the wizard again in that language.
    void languageChosen(const QString& code);

protected:
    // A .VaultCredentials file dropped anywhere on the page fills the file field.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

public:
    // The agent installer's default folder, shown as the placeholder of the folder field.
    static QString defaultInstallDir();
    // Plain words for the account's rights, as shown in elevationLabel.
    static QString elevationText(const Probed<AccountInfo>& account);

private:
    void requestAccount();
    void showAccount();
    void writeInputs();
    void installDirEdited();
    void checkInstallDir();
    void showInstallDirMessage();
    void browseInstallDir();
    void browseVaultCredentials();

    const WizardSession m_session; // a copy: shared services stay alive as long as the page
    std::shared_ptr<WizardState> m_state; // shared with the wizard and the other pages
    std::unique_ptr<WorkerPool> m_pool = std::make_unique<WorkerPool>(this, 1); // not the joined global pool
    QFutureWatcher<Probed<AccountInfo>>* m_accountWatcher = nullptr;
    bool m_accountRequested = false;

    QLabel* m_sessionIdLabel = nullptr;
    QLabel* m_elevationLabel = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QButtonGroup* m_goalGroup = nullptr;
    QRadioButton* m_installRadio = nullptr;
    QRadioButton* m_registerRadio = nullptr;
    QRadioButton* m_reregisterRadio = nullptr;
    QLineEdit* m_installDirEdit = nullptr;
    QPushButton* m_installDirBrowse = nullptr;
    QLineEdit* m_vaultEdit = nullptr;
    QPushButton* m_vaultBrowse = nullptr;
    QComboBox* m_cloudCombo = nullptr;
    QGroupBox* m_labBox = nullptr; // checkable: unchecked = no lab input, whatever the fields hold
    QWidget* m_labFields = nullptr;
    QLineEdit* m_labEndpointsEdit = nullptr;
    QLineEdit* m_labRootsEdit = nullptr;
    QLineEdit* m_labProxyEdit = nullptr;
    QFileDialog* m_installDirDialog = nullptr;
    QFileDialog* m_vaultDialog = nullptr;
    VaultFilePreview* m_vaultPreview = nullptr; // the file checked as soon as it is chosen
    ReportedErrorField* m_errorField = nullptr; // "I got this error"
    PassphraseCheckField* m_passphrase = nullptr; // H4, register goals only; never stored
    QFormLayout* m_inputForm = nullptr;
    QTimer* m_vaultCheckTimer = nullptr; // typing settles before the file is read
    QLabel* m_installDirMessage = nullptr;
    LabInputsMessage* m_labMessage = nullptr;
    QTimer* m_installDirTimer = nullptr; // typing settles before the folder is looked at
    quint64 m_installDirGeneration = 0; // a newer text supersedes a check still running
    bool m_installDirPending = false; // typed, not yet checked: Next waits
    QString m_installDirChecked; // the text the assessment below is for
    InstallDirAssessment m_installDirAssessment;
};

} // namespace mars
