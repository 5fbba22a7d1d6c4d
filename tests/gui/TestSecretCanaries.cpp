// SPDX-License-Identifier: MIT
// Secrets never reach an output (issue #12): canary strings are planted in every input that can
// carry a secret — the vault credentials file's certificate (a real PFX with its private key where
// the platform can make one), the password of a --proxy address, the encryption passphrase typed on
// the Welcome page — and every output is searched for them: the CLI's text report (stdout), its
// JSON report and stderr, the log files and fix journal in the data folder, and in the wizard the
// text of every widget on every page, the clipboard after "Copy summary", the saved JSON report,
// the in-app log and the log file. A careless log line that quotes the passphrase is planted too,
// to prove the Redactor knows it (the test fails if the Welcome page stops registering it).
// Issue #14: the scenario's name carries a SAS URL's sig= and a Bearer token (it reaches stderr,
// the text report's header, the banner and the window title), the passphrase has spaces (a
// pattern that masked only its first word would leak the rest), and careless log lines quote the
// sig and the token; the findings' texts (detail panel labels, evidence table) are searched too.
// The CLI's environment carries a proxy password and a SAS token as well.
#include "TroubleshooterWizard.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "logging/Logging.h"
#include "system/ScenarioSystem.h"
#include "vault/VaultFileMaker.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QDirIterator>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <spdlog/spdlog.h>

using namespace mars;
using namespace mars::guitest;

namespace {
constexpr int kTimeout_ms = 60000;
const QString kProxyPassword = QStringLiteral("Canary-Proxy-Pw-5b1e9d");
const QString kPassphrase = QStringLiteral("Canary words 91c3 tail-7e2b Xq7!");
const QString kPassphraseTail = QStringLiteral("tail-7e2b Xq7!"); // what masking the first word leaves
const QString kSasSig = QStringLiteral("CanarySig0a9e%2Bq7Lr%3D");
const QString kBearer = QStringLiteral("CanaryBearer.eyJ4Ijo1fQ.c2ln-5d0f");
const QStringList kPlantedTokens{kSasSig, kBearer};
// Planted in the CLI's environment: a proxy URL with a password and a storage SAS token, as a
// server's environment may hold them (the tool reads neither, and must print neither).
const QString kEnvProxyPassword = QStringLiteral("Canary-Env-Pw-3c8a71");
const QString kEnvSasSig = QStringLiteral("CanaryEnvSig7d2f%2Bk9%3D");

// healthy-server.json with the SAS sig and the Bearer token in its name.
QString plantScenario(const QTemporaryDir& dir)
{
    QFile in(QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject scenario = QJsonDocument::fromJson(in.readAll()).object();
    scenario.insert(QStringLiteral("name"),
                    QStringLiteral("Healthy server from https://lab.blob.core.windows.net/s/h.json?sv=2022-11-02&sig=%1"
                                   "&sp=r, fetched with Authorization: Bearer %2")
                            .arg(kSasSig, kBearer));
    const QString path = dir.filePath(QStringLiteral("planted-scenario.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(scenario).toJson()) <= 0)
        return {};
    return path;
}

// The vault file, and the parts of its certificate that must never be seen: the whole base-64
// text and a slice from its middle (an output that cut the text would still leak that).
struct PlantedVault
{
    QString path;
    QStringList canaries;
};

PlantedVault plantVault(const QTemporaryDir& dir)
{
    test::VaultFileSpec spec;
    if (test::makeManagementCert(spec).isEmpty()) // no maker here (Wine): any base-64 is still the secret
        spec.cert = test::VaultFileSpec::Cert::NotACertificate;
    const QByteArray file = test::makeVaultFile(spec);
    const qsizetype open = file.indexOf("<ManagementCert>") + 16;
    const QString cert = QString::fromLatin1(file.mid(open, file.indexOf("</ManagementCert>") - open));
    PlantedVault planted;
    planted.path = dir.filePath(QStringLiteral("contoso-vault.VaultCredentials"));
    QFile out(planted.path);
    if (out.open(QIODevice::WriteOnly))
        out.write(file);
    planted.canaries = QStringList{cert, cert.mid(cert.size() / 2 - 16, 32)};
    return planted;
}

// Every file under `folder`, read as text.
QStringList filesUnder(const QString& folder, QString* text)
{
    QStringList names;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            *text += QString::fromUtf8(file.readAll());
            names.append(it.fileName());
        }
    }
    return names;
}

// Everything the wizard shows right now, as text.
QString screenText(QWidget* root)
{
    QString text;
    for (const QLabel* l : root->findChildren<QLabel*>())
        text += l->text() + QLatin1Char('\n') + l->toolTip() + QLatin1Char('\n');
    for (const QLineEdit* e : root->findChildren<QLineEdit*>())
        text += e->displayText() + QLatin1Char('\n'); // as shown: a password field shows dots
    for (const QTextBrowser* b : root->findChildren<QTextBrowser*>())
        text += b->toPlainText() + QLatin1Char('\n');
    for (const QAbstractItemView* v : root->findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* m = v->model();
        for (int r = 0; m && r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                    text += m->index(r, c).data(role).toString() + QLatin1Char('\n');
    }
    return text + root->windowTitle();
}
} // namespace

class TestSecretCanaries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliOutputsCarryNoSecret();
    void wizardOutputsCarryNoSecret();

private:
    void verifyClean(const QString& where, const QString& text, const QStringList& canaries);

    QTemporaryDir m_dir;
    PlantedVault m_vault;
    QString m_scenario;
};

void TestSecretCanaries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = plantVault(m_dir);
    QVERIFY(QFileInfo::exists(m_vault.path));
    QVERIFY(m_vault.canaries.constFirst().size() >= 8);
    m_scenario = plantScenario(m_dir);
    QVERIFY(!m_scenario.isEmpty());
}

void TestSecretCanaries::verifyClean(const QString& where, const QString& text, const QStringList& canaries)
{
    QVERIFY2(!text.isEmpty(), qPrintable(where + QStringLiteral(" is empty: nothing was searched")));
    for (const QString& canary : canaries)
        QVERIFY2(!text.contains(canary), qPrintable(where + QStringLiteral(" shows a planted secret")));
}

void TestSecretCanaries::cliOutputsCarryNoSecret()
{
    QTemporaryDir data;
    const QString json = data.filePath(QStringLiteral("report.json"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://svc:%1@proxy.lab:8080").arg(kEnvProxyPassword));
    env.insert(QStringLiteral("AZURE_STORAGE_SAS_TOKEN"), QStringLiteral("sv=2022-11-02&sig=%1").arg(kEnvSasSig));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MARS_APP_PATH),
                  {QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("register"),
                   QStringLiteral("--scenario"), m_scenario, QStringLiteral("--data-dir"), data.path(),
                   QStringLiteral("--verbose"), QStringLiteral("--vault-credentials"), m_vault.path,
                   QStringLiteral("--proxy"), QStringLiteral("http://helpdesk:%1@127.0.0.1:9").arg(kProxyPassword),
                   QStringLiteral("--json"), json, QStringLiteral("--report"),
                   data.filePath(QStringLiteral("report.html")), QStringLiteral("--report"),
                   data.filePath(QStringLiteral("ticket.md"))});
    QVERIFY(process.waitForFinished(kTimeout_ms));
    const QStringList canaries =
            m_vault.canaries + kPlantedTokens + QStringList{kProxyPassword, kEnvProxyPassword, kEnvSasSig};
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    verifyClean(QStringLiteral("stdout (text report)"), out, canaries);
    verifyClean(QStringLiteral("stderr (--verbose log)"), err, canaries);
    // The planted name was printed (masked), so the search covered it.
    QVERIFY2(out.contains(QStringLiteral("sig=") + Redactor::marker()), qPrintable(out.left(400)));
    QVERIFY2(err.contains(QStringLiteral("Bearer ") + Redactor::marker()), qPrintable(err.left(400)));
    QString files;
    const QStringList names = filesUnder(data.path(), &files);
    for (const char* report : {"report.json", "report.html", "ticket.md"}) // every report format
        QVERIFY2(names.contains(QLatin1String(report)), qPrintable(names.join(u' ')));
    QVERIFY2(names.contains(QStringLiteral("mars-troubleshooter.log")), qPrintable(names.join(u' ')));
    verifyClean(names.join(u' '), files, canaries);
    // The vault file was read: its checks reported on it (the search covered their findings).
    QVERIFY(files.contains(QStringLiteral("vaultcred_parse")));
}

void TestSecretCanaries::wizardOutputsCarryNoSecret()
{
    QTemporaryDir data;
    QString error;
    std::shared_ptr<ScenarioSystem> system = ScenarioSystem::fromFile(m_scenario, &error);
    QVERIFY2(system, qPrintable(error));
    WizardSession session = makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), data.path());
    LogOptions log;
    log.directory = data.filePath(QStringLiteral("logs"));
    log.sessionId = session.sessionId;
    QVERIFY(Logging::init(log, session.redactor, &error));
    session.logFilePath = Logging::logFilePath();
    const QStringList canaries = m_vault.canaries + kPlantedTokens + QStringList{kPassphrase, kPassphraseTail};

    auto wizard = std::make_unique<TroubleshooterWizard>(session);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QWizardPage* welcome = wizard->currentPage();
    welcome->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
    welcome->findChild<QLineEdit*>(QStringLiteral("vaultCredentialsLineEdit"))->setText(m_vault.path);
    auto* passphrase = welcome->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    QVERIFY(passphrase && passphrase->isVisible());
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passphrase, kPassphrase);
    auto* verdict = welcome->findChild<QLabel*>(QStringLiteral("passphraseVerdictLabel"));
    QVERIFY2(verdict->text().contains(u"follows the agent's rules"), qPrintable(verdict->text()));
    auto* preview = welcome->findChild<QLabel*>(QStringLiteral("vaultPreviewLabel"));
    QVERIFY(QTest::qWaitFor([&] { return preview->text().contains(u"contoso-vault"); }, kTimeout_ms));
    verifyClean(QStringLiteral("the Welcome page"), screenText(wizard.get()), canaries);

    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(passphrase->text(), QString()); // not kept on a page nobody sees
    // A careless log line quoting the passphrase: the Redactor must know it by now.
    Logging::logger(QStringLiteral("wizard"))->info("careless line: {}", kPassphrase.toStdString());
    Logging::logger(QStringLiteral("wizard"))
            ->info("careless lines: passphrase={} url ?sig={}&sp=r header Bearer {}", kPassphrase.toStdString(),
                   kSasSig.toStdString(), kBearer.toStdString());
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, kTimeout_ms));
    verifyClean(QStringLiteral("the Register page"), screenText(wizard.get()), canaries);

    wizard->button(QWizard::NextButton)->click();
    auto* save = wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("saveReportButton"));
    QVERIFY(QTest::qWaitFor([&] { return save->isEnabled(); }, kTimeout_ms));
    verifyClean(QStringLiteral("the Summary"), screenText(wizard.get()), canaries);
    QApplication::clipboard()->clear();
    wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("copySummaryButton"))->click();
    verifyClean(QStringLiteral("the clipboard"), QApplication::clipboard()->text(), canaries);
    save->click();
    auto* dialog = wizard->currentPage()->findChild<QFileDialog*>(QStringLiteral("saveReportFileDialog"));
    QVERIFY(dialog);
    const QString report = data.filePath(QStringLiteral("saved-report.json"));
    Q_EMIT dialog->fileSelected(report);
    dialog->close();
    auto* feedback = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("reportFeedbackLabel"));
    QVERIFY(QTest::qWaitFor([&] { return feedback->text().contains(u"saved"); }, kTimeout_ms));

    // The story of the session (issue #13): the Summary's verdict, the saved report, the close.
    wizard->reject(); // the close box
    const QString story = Logging::recentLines().join(u'\n');
    QVERIFY2(story.contains(QStringLiteral("[wizard] summary shown: overall result ")), qPrintable(story));
    QVERIFY2(story.contains(QStringLiteral("[wizard] report saved to ") + QDir::toNativeSeparators(report)),
             qPrintable(story));
    QVERIFY2(story.contains(
                     QStringLiteral("[wizard] wizard closed (cancel) on page Summary, goal register: overall result ")),
             qPrintable(story));
    verifyClean(QStringLiteral("the in-app log"), story, canaries);
    QVERIFY(story.contains(QStringLiteral("careless line: ") + Redactor::marker()));
    wizard.reset();
    Logging::shutdown(); // flushes the file
    QString files;
    const QStringList names = filesUnder(data.path(), &files);
    QVERIFY2(names.contains(QStringLiteral("saved-report.json")), qPrintable(names.join(u' ')));
    QVERIFY2(names.contains(QStringLiteral("mars-troubleshooter.log")), qPrintable(names.join(u' ')));
    verifyClean(names.join(u' '), files, canaries);
    QVERIFY(files.contains(QStringLiteral("careless line: ") + Redactor::marker()));
}

QTEST_MAIN(TestSecretCanaries)
#include "TestSecretCanaries.moc"
