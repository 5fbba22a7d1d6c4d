// SPDX-License-Identifier: MIT
// The registration walk on the shipped broken-register.json with the real catalog, by
// objectName: the Register page shows every planted fault (the stale SYSTEM/WinHTTP proxy, the
// unreachable Azure addresses, the clock 15 minutes fast, the wrong time zone, the .tmp flood,
// the stopped agent, the scratch mismatch) with the verdict the scenario file expects, and
// nothing else complains; the connection check's detail shows the block for the network team
// and its button copies exactly what is shown, through the Redactor. On the Welcome page, a vault
// credentials file typed or dropped is checked at once and the vault it names is shown; an error
// typed there ("I got this error") is explained in plain words, its checks lead the Register page
// and the Summary names the check that explains it.
// Runs on the offscreen platform (ctest sets QT_QPA_PLATFORM=offscreen).
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/network/HttpsReachabilityCheck.h"
#include "catalog/time/TimeZoneSanityCheck.h"
#include "system/ScenarioSystem.h"

#include <QClipboard>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 60000;
} // namespace

class TestBrokenRegisterWalkthrough : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPlantedFaultShowsAndTheNetworkBlockCopies();
    void aChosenVaultFileIsNamedOnTheWelcomePage();
    void aReportedErrorIsExplainedOnTheSummary();

private:
    QListView* list() const { return m_wizard->currentPage()->findChild<QListView*>(QStringLiteral("checkListView")); }

    std::unique_ptr<TroubleshooterWizard> m_wizard;
};

void TestBrokenRegisterWalkthrough::everyPlantedFaultShowsAndTheNetworkBlockCopies()
{
    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(
            QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/broken-register.json"), &error);
    QVERIFY2(system, qPrintable(error));
    const QList<ScenarioExpectation> expected = system->expectations();
    QVERIFY(expected.size() >= 8);
    QTemporaryDir data;
    const WizardSession session =
            makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), data.path());
    m_wizard = std::make_unique<TroubleshooterWizard>(session);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->currentPage()->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(TroubleshooterWizard::RegisterChecks));
    QVERIFY(QTest::qWaitFor([&] { return m_wizard->currentPage()->isComplete(); }, kTimeout_ms));

    // Every planted fault with its verdict; nothing else complains.
    QAbstractItemModel* model = list()->model();
    int planted = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(CheckListModel::CheckIdRole).toString();
        const auto want = std::find_if(expected.cbegin(), expected.cend(),
                                       [&](const ScenarioExpectation& e) { return e.checkId == id; });
        const Verdict got = verdictAt(model, r);
        if (want == expected.cend()) {
            QVERIFY2(got == Verdict::Pass || got == Verdict::NotApplicable, qPrintable(id));
        } else {
            QVERIFY2(got == verdictFromId(want->verdictId), qPrintable(id + QStringLiteral(" is ") + verdictId(got)));
            ++planted;
        }
    }
    QCOMPARE(planted, int(expected.size())); // each expected check is on this page
    QVERIFY(rowOf(model, TimeZoneSanityCheck::id()) >= 0);

    // The connection check: the block for the network team, shown and copied.
    list()->setCurrentIndex(model->index(rowOf(model, HttpsReachabilityCheck::id()), 0));
    QLabel* block = nullptr;
    QVERIFY(QTest::qWaitFor(
            [&] {
                block = m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("networkTeamLabel"));
                return block && block->isVisible();
            },
            kTimeout_ms));
    QVERIFY2(block->text().contains(QStringLiteral("proxy-old.contoso.invalid:8080")), qPrintable(block->text()));
    QVERIFY2(block->text().contains(QStringLiteral("layer dns")), qPrintable(block->text()));
    QVERIFY2(block->text().contains(QStringLiteral("Allow (")), qPrintable(block->text()));
    QApplication::clipboard()->clear();
    m_wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("copyNetworkTeamButton"))->click();
    QCOMPARE(QApplication::clipboard()->text(), block->text());

    // A check without a block does not show the section.
    list()->setCurrentIndex(model->index(rowOf(model, TimeZoneSanityCheck::id()), 0));
    QVERIFY(QTest::qWaitFor([&] { return !block->isVisible(); }, kTimeout_ms));
}

// Typed, then dropped on the page: the file is checked at once, on a worker, and the page names
// the vault it is for, or the rule it breaks.
void TestBrokenRegisterWalkthrough::aChosenVaultFileIsNamedOnTheWelcomePage()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    };
    // G1 and G2 need no certificate maker: any base-64 passes the parse (G3 opens the PFX).
    const QByteArray xml =
            "<RSBackupVaultAADCreds xmlns=\"http://schemas.datacontract.org/2004/07/"
            "Microsoft.Azure.Portal.RecoveryServices.Models.Common\"><SubscriptionId>sub-1</SubscriptionId>"
            "<ResourceName>contoso-vault</ResourceName><ManagementCert>TUFSUw==</ManagementCert>"
            "<ResourceGroup>rg-backup</ResourceGroup><Location>westeurope</Location>"
            "<AadAuthority>https://login.microsoftonline.com</AadAuthority><AadTenantId>tenant-1</AadTenantId>"
            "<ServicePrincipalClientId>client-1</ServicePrincipalClientId></RSBackupVaultAADCreds>";
    const QString good = write(QStringLiteral("contoso.VaultCredentials"), xml);
    const QString renamed = write(QStringLiteral("contoso.xml"), xml);

    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(
            QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"), &error);
    QVERIFY2(system, qPrintable(error));
    QTemporaryDir data;
    m_wizard = std::make_unique<TroubleshooterWizard>(
            makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), data.path()));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QWizardPage* welcome = m_wizard->currentPage();
    auto* edit = welcome->findChild<QLineEdit*>(QStringLiteral("vaultCredentialsLineEdit"));
    auto* preview = welcome->findChild<QLabel*>(QStringLiteral("vaultPreviewLabel"));
    QVERIFY(edit && preview);
    QVERIFY(!preview->isVisible());

    edit->setText(QDir::toNativeSeparators(good));
    QVERIFY2(QTest::qWaitFor([&] { return preview->isVisible() && preview->text().contains(u"contoso-vault"); },
                             kTimeout_ms),
             qPrintable(preview->text()));
    QVERIFY(preview->text().contains(u"rg-backup"));
    QVERIFY(preview->text().contains(u"westeurope"));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(renamed)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(welcome, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(welcome, &drop);
    QCOMPARE(edit->text(), QDir::toNativeSeparators(renamed));
    QVERIFY2(QTest::qWaitFor([&] { return preview->text().contains(u".VaultCredentials"); }, kTimeout_ms),
             qPrintable(preview->text()));
    m_wizard.reset();
}

// A renamed vault credentials file (vaultcred_file_location fails) and the customer's "ID: 34513":
// the Welcome page says what the error means, the Register page lists the row's checks first, and
// the Summary says the file's location check explains it.
void TestBrokenRegisterWalkthrough::aReportedErrorIsExplainedOnTheSummary()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("contoso.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<RSBackupVaultAADCreds xmlns=\"http://schemas.datacontract.org/2004/07/"
               "Microsoft.Azure.Portal.RecoveryServices.Models.Common\"><SubscriptionId>s</SubscriptionId>"
               "<ResourceName>contoso-vault</ResourceName><ManagementCert>TUFSUw==</ManagementCert>"
               "<AadAuthority>https://login.microsoftonline.com</AadAuthority><AadTenantId>t</AadTenantId>"
               "<ServicePrincipalClientId>c</ServicePrincipalClientId></RSBackupVaultAADCreds>");
    file.close();

    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(
            QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"), &error);
    QVERIFY2(system, qPrintable(error));
    QTemporaryDir data;
    const auto catalog = std::make_shared<const CheckCatalog>(builtinCatalog());
    m_wizard = std::make_unique<TroubleshooterWizard>(makeSession(system, catalog, data.path()));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QWizardPage* welcome = m_wizard->currentPage();
    welcome->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
    welcome->findChild<QLineEdit*>(QStringLiteral("vaultCredentialsLineEdit"))
            ->setText(QDir::toNativeSeparators(file.fileName()));
    auto* errorEdit = welcome->findChild<QLineEdit*>(QStringLiteral("reportedErrorLineEdit"));
    auto* match = welcome->findChild<QLabel*>(QStringLiteral("reportedErrorMatchLabel"));
    QVERIFY(errorEdit && match);
    QTest::keyClicks(errorEdit, QStringLiteral("ID: 99999"));
    QVERIFY2(match->isVisible() && match->text().contains(u"does not know"), qPrintable(match->text()));
    errorEdit->clear();
    QVERIFY(!match->isVisible());
    QTest::keyClicks(errorEdit, QStringLiteral("ID: 34513"));
    QVERIFY2(match->text().contains(u"Invalid vault credentials provided") && match->text().contains(u"run first"),
             qPrintable(match->text()));

    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(TroubleshooterWizard::RegisterChecks));
    QVERIFY(QTest::qWaitFor([&] { return m_wizard->currentPage()->isComplete(); }, kTimeout_ms));
    // The row's checks lead the list: the first row is one of them, the last is not.
    const KnownError row = matchKnownError(catalog->knownErrors(), QStringLiteral("34513")).error;
    QStringList rowChecks;
    for (const auto& check : checksExplaining(catalog->checksFor(Phase::Register), row))
        rowChecks.append(check->info().id);
    QAbstractItemModel* model = list()->model();
    QVERIFY(rowChecks.contains(model->index(0, 0).data(CheckListModel::CheckIdRole).toString()));
    QVERIFY(!rowChecks.contains(model->index(model->rowCount() - 1, 0).data(CheckListModel::CheckIdRole).toString()));
    QCOMPARE(verdictAt(model, rowOf(model, QStringLiteral("vaultcred_file_location"))), Verdict::Fail);

    m_wizard->button(QWizard::NextButton)->click();
    auto* explained = m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("reportedErrorLabel"));
    QVERIFY(explained);
    const QString title = catalog->check(QStringLiteral("vaultcred_file_location"))->info().title;
    QVERIFY2(QTest::qWaitFor([&] { return explained->isVisible() && explained->text().contains(title); }, kTimeout_ms),
             qPrintable(explained->text()));
    QVERIFY(explained->text().contains(u"This is what explains it"));
    m_wizard.reset();
}

QTEST_MAIN(TestBrokenRegisterWalkthrough)
#include "TestBrokenRegisterWalkthrough.moc"
